import type { PolicyAcknowledgementMethod, PolicyKind, PolicyModel, PolicyVersionModel, PolicyVersionStatus } from './policy.model';
import { sha256 } from './evidence-chain';

export interface PolicyRow {
  id: string;
  organizationId: string;
  kind: PolicyKind;
  category: string;
  title: string;
  ownerId: string;
  tags: string[];
  retiredAt: Date | null;
  createdAt: Date;
  currentVersionId: string | null;
}

export interface VersionRow {
  id: string;
  organizationId: string;
  policyId: string;
  ownerId: string;
  major: number;
  minor: number;
  status: PolicyVersionStatus;
  changeSummary: string | null;
  audienceId: string;
  ackMethod: PolicyAcknowledgementMethod;
  dueDays: number;
  fallbackLanguage: string;
  contentHash: string | null;
  publishedAt: Date | null;
  effectiveAt: Date | null;
  languages: string[];
  retiredAt: Date | null;
  quizPassMark: number | null;
  quizMaxAttempts: number | null;
  publishAt: Date | null;
  gate: boolean;
}

export interface BodyRow {
  versionId: string;
  language: string;
  title: string;
  body: string;
  bodyHtml: string;
  ackText: string;
}

export const POLICY_COLUMNS = `p.id, p.organization_id AS "organizationId", p.kind, p.category, p.title, p.owner_id AS "ownerId", p.tags,
  p.retired_at AS "retiredAt", p.created_at AS "createdAt",
  (SELECT c.id FROM policy_versions c WHERE c.policy_id = p.id AND c.status = 'PUBLISHED') AS "currentVersionId"`;

export const VERSION_COLUMNS = `v.id, v.organization_id AS "organizationId", v.policy_id AS "policyId", p.owner_id AS "ownerId", v.major, v.minor, v.status,
  v.change_summary AS "changeSummary", v.audience_id AS "audienceId", v.ack_method AS "ackMethod", v.due_days AS "dueDays",
  v.fallback_language AS "fallbackLanguage", v.content_hash AS "contentHash", v.published_at AS "publishedAt", v.effective_at AS "effectiveAt",
  p.retired_at AS "retiredAt", v.quiz_pass_mark AS "quizPassMark", v.quiz_max_attempts AS "quizMaxAttempts", v.publish_at AS "publishAt", v.gate,
  ARRAY(SELECT b.language FROM policy_version_bodies b WHERE b.version_id = v.id ORDER BY b.language) AS languages`;

export const versionLabel = (v: { major: number; minor: number }): string => `${v.major}.${v.minor}`;

export const presentPolicy = (p: PolicyRow): PolicyModel => ({
  id: p.id, organizationId: p.organizationId, kind: p.kind, category: p.category, title: p.title, ownerId: p.ownerId, tags: p.tags,
  retiredAt: p.retiredAt, createdAt: p.createdAt, currentVersionId: p.currentVersionId,
});

/** `audienceId` only for those who manage the policy (the caller says). */
export const presentVersion = (v: VersionRow, manages: boolean): PolicyVersionModel => ({
  id: v.id, policyId: v.policyId, label: versionLabel(v), major: v.major, minor: v.minor, isMajor: v.minor === 0, status: v.status,
  changeSummary: v.changeSummary, publishedAt: v.publishedAt, effectiveAt: v.effectiveAt, dueInDays: v.dueDays,
  acknowledgementMethod: v.ackMethod, fallbackLanguage: v.fallbackLanguage, languages: v.languages, contentHash: v.contentHash,
  audienceId: manages ? v.audienceId : null, quizPassMark: v.quizPassMark, quizMaxAttempts: v.quizMaxAttempts, publishAt: manages ? v.publishAt : null, gate: v.gate,
  organizationId: v.organizationId, ownerId: v.ownerId,
});

/**
 * The exact text a reader is shown for one language, the thing its SHA-256 stands for: the title,
 * the Markdown body and the acknowledgement wording, separated by blank lines.
 */
export const shownText = (b: Pick<BodyRow, 'title' | 'body' | 'ackText'>): string => `${b.title}\n\n${b.body}\n\n${b.ackText}`;
export const shownTextHash = (b: Pick<BodyRow, 'title' | 'body' | 'ackText'>): string => sha256(shownText(b));

/** SHA-256 of a version's canonical content: its number, fallback and every body, in language order. */
export const contentHashOf = (v: { major: number; minor: number; fallbackLanguage: string }, bodies: Pick<BodyRow, 'language' | 'title' | 'body' | 'ackText'>[]): string =>
  sha256(JSON.stringify([versionLabel(v), v.fallbackLanguage, [...bodies].sort((a, b) => a.language.localeCompare(b.language)).map((b) => [b.language, b.title, b.body, b.ackText])]));
