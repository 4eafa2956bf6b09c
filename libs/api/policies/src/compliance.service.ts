import { Injectable } from '@nestjs/common';
import { Actor, AppError, can, Db, SqlParams, type Connection } from '@pillars/api/core';
import { AudienceDirectory } from '@pillars/api/audiences';
import { csvCell, PeopleDirectory, type UserModel } from '@pillars/api/directory';
import { Role } from '@pillars/shared/types';
import { EVIDENCE_COLUMNS, verifyEvidenceChain } from './evidence-verifier';
import type { EvidencePack } from './evidence-pack.pdf';
import { rowIntact, type EvidenceRow } from './evidence-chain';
import { PolicyComplianceGrouping, type PolicyComplianceTrendPointModel, type PolicyComplianceCountsModel, type PolicyComplianceGroupModel, type PolicyComplianceModel, type PolicyCompliancePersonModel } from './compliance.model';
import { PolicyReaderState } from './policy.model';
import { policyPolicy, visibleEvidenceSql } from './policy.policy';
import { shownTextHash, versionLabel, type VersionRow } from './policy.presenter';
import { PoliciesService } from './policies.service';

/** The most evidence rows one CSV export carries (a version's whole audience at the design scale). */
export const EVIDENCE_CSV_LIMIT = 50_000;
/** At most this many points in a trend (a day each, or several days for a long-lived version). */
export const TREND_POINTS = 60;

interface CountsRow {
  audience: number;
  acknowledged: number;
  overdue: number;
}
/** Who of the audience a view counts, beyond the viewer's line: a location, an organisation role. */
export interface ComplianceFilter {
  location?: string | null;
  role?: Role | null;
}
interface Scope {
  version: VersionRow;
  /** Fresh parameters with `WITH scope AS (…)`: user_id, acked, acked_at, acked_label, due_at, assigned_at, overdue. */
  build: () => { p: SqlParams; org: string; cte: string };
  organizationWide: boolean;
}

const counts = (r: CountsRow | undefined): PolicyComplianceCountsModel => {
  const audience = r?.audience ?? 0;
  const acknowledged = r?.acknowledged ?? 0;
  const overdue = r?.overdue ?? 0;
  return { audience, acknowledged, overdue, pending: audience - acknowledged - overdue, percent: audience ? Math.round((acknowledged / audience) * 1000) / 10 : 0 };
};
const COUNT_COLUMNS = `count(*)::int AS audience, count(*) FILTER (WHERE s.acked)::int AS acknowledged, count(*) FILTER (WHERE s.overdue)::int AS overdue`;
const iso = (d: Date | string | null) => (d ? new Date(d).toISOString() : '');

/**
 * The compliance dashboard (DESIGN §7): per policy version, who of its audience acknowledged (this
 * major), is pending or overdue, rolled up by team tree or by manager line. HR counts everyone; a
 * manager only their own line (the filter is in the SQL, so counts, groups and people agree);
 * anyone else is refused. Admins are not HR here, as for evidence: the people rows are personal.
 */
@Injectable()
export class ComplianceService {
  constructor(
    private readonly db: Db,
    private readonly audiences: AudienceDirectory,
    private readonly people: PeopleDirectory,
    private readonly policies: PoliciesService,
  ) {}

  /** HR, or anyone with reports (their line). */
  async mayView(actor: Actor): Promise<boolean> {
    return actor.hasRole(Role.HR) || (await this.people.hasReports(this.db.manager, actor.organizationId, actor.userId));
  }

  async compliance(actor: Actor, args: { versionId: string; groupBy: PolicyComplianceGrouping; parentId?: string | null } & ComplianceFilter): Promise<PolicyComplianceModel> {
    const s = await this.scope(actor, args.versionId, args);
    const parentId = this.parentOf(actor, s, args);
    // One statement: the scope is computed once (referenced twice, PostgreSQL materialises it) for
    // the totals under the parent and for each group right below it.
    const t = s.build();
    const under = this.underSql(args.groupBy, parentId, t.org, t.p);
    const parent = t.p.add(parentId);
    const groupsSql =
      args.groupBy === PolicyComplianceGrouping.TEAM
        ? `SELECT tt.team_id AS id, tt.name, ${COUNT_COLUMNS} FROM (${this.people.teamTreeMembersSql(t.org, this.people.childTeamsSql(t.org, parent))}) tt
             JOIN scope s ON s.user_id = tt.user_id GROUP BY tt.team_id, tt.name`
        : `SELECT lt.root AS id, lt.root_name AS name, ${COUNT_COLUMNS} FROM (${this.people.lineTreeSql(t.org, parent)}) lt
             JOIN scope s ON s.user_id = lt.user_id GROUP BY lt.root, lt.root_name`;
    const rows = await this.db.query<CountsRow & { part: number; id: string; name: string }>(
      `${t.cte} SELECT 0 AS part, NULL::uuid AS id, NULL::text AS name, ${COUNT_COLUMNS} FROM scope s${under ? ` WHERE s.user_id IN (${under})` : ''}
       UNION ALL SELECT 1, g.* FROM (${groupsSql}) g
       ORDER BY part, name, id`,
      t.p.values,
    );
    const totals = rows.find((r) => r.part === 0);
    const groups = rows.filter((r) => r.part === 1);
    return {
      versionId: s.version.id, policyId: s.version.policyId, versionLabel: versionLabel(s.version), groupBy: args.groupBy, parentId,
      parentName: await this.parentName(actor, args.groupBy, parentId), organizationWide: s.organizationWide, totals: counts(totals),
      groups: groups.map((row): PolicyComplianceGroupModel => ({ id: row.id, name: row.name, ...counts(row) })),
    };
  }

  /** The people right under the parent (a team's own members; a manager's direct reports), by name. */
  async peopleUnder(actor: Actor, args: { versionId: string; groupBy: PolicyComplianceGrouping; parentId?: string | null } & ComplianceFilter & { first?: number; after?: string }): Promise<Connection<PolicyCompliancePersonModel>> {
    const s = await this.scope(actor, args.versionId, args);
    const { p, org, cte } = s.build();
    const parentId = this.parentOf(actor, s, args);
    const direct =
      args.groupBy === PolicyComplianceGrouping.TEAM
        ? parentId
          ? this.people.teamMembersSql(p.add(parentId))
          : null
        : `SELECT lt.user_id FROM (${this.people.lineTreeSql(org, p.add(parentId))}) lt WHERE lt.root = lt.user_id`;
    if (!direct) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
    const among = `${cte} SELECT s.user_id, s.acked, s.acked_at, s.acked_label, s.due_at, s.overdue FROM scope s WHERE s.user_id IN (${direct})`;
    type Extra = { user_id: string; acked: boolean; acked_at: string | null; acked_label: string | null; due_at: string | null; overdue: boolean };
    return this.people.pageAmong<Extra, PolicyCompliancePersonModel>(this.db.manager, actor.organizationId, { sql: among, p }, args, (user, x) => ({
      user,
      state: x.acked ? PolicyReaderState.ACKNOWLEDGED : x.overdue ? PolicyReaderState.OVERDUE : PolicyReaderState.DUE,
      dueAt: x.due_at ? new Date(x.due_at) : null,
      acknowledgedAt: x.acked_at ? new Date(x.acked_at) : null,
      acknowledgedVersion: x.acked_label,
    }));
  }

  /**
   * How the counts under the parent grew, day by day (UTC) from the version's publication to today,
   * at most TREND_POINTS points (longer spans step several days): for today's audience, as each
   * person stood at the end of that day (asked, acknowledged this major, overdue). One statement.
   */
  async trend(actor: Actor, args: { versionId: string; groupBy: PolicyComplianceGrouping; parentId?: string | null } & ComplianceFilter): Promise<PolicyComplianceTrendPointModel[]> {
    const s = await this.scope(actor, args.versionId, args);
    const parentId = this.parentOf(actor, s, args);
    const dayMs = 86_400_000;
    const utcDay = (d: Date) => Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
    const published = s.version.publishedAt ? new Date(s.version.publishedAt) : new Date();
    const today = utcDay(new Date());
    const span = Math.max(0, Math.round((today - utcDay(published)) / dayMs));
    const step = Math.max(1, Math.ceil((span + 1) / TREND_POINTS));
    // Today is always the last point, whatever the step; the first is on or after publication.
    const first = today - step * Math.floor(span / step) * dayMs;
    const t = s.build();
    const under = this.underSql(args.groupBy, parentId, t.org, t.p);
    const from = t.p.add(published.toISOString());
    const end = `((d.day + 1)::timestamp AT TIME ZONE 'UTC')`;
    const rows = await this.db.query<CountsRow & { day: string }>(
      `${t.cte}, days AS (SELECT g::date AS day FROM generate_series(${t.p.add(new Date(first).toISOString().slice(0, 10))}::date, ${t.p.add(new Date(today).toISOString().slice(0, 10))}::date, ${t.p.add(step)}::int * interval '1 day') g)
       SELECT to_char(d.day, 'YYYY-MM-DD') AS day,
              count(*) FILTER (WHERE coalesce(s.assigned_at, ${from}::timestamptz) < ${end})::int AS audience,
              count(*) FILTER (WHERE s.acked_at < ${end})::int AS acknowledged,
              count(*) FILTER (WHERE s.due_at < ${end} AND (s.acked_at IS NULL OR s.acked_at >= ${end}))::int AS overdue
         FROM days d CROSS JOIN scope s${under ? ` WHERE s.user_id IN (${under})` : ''}
        GROUP BY d.day ORDER BY d.day`,
      t.p.values,
    );
    return rows.map((r) => ({ day: r.day, ...counts(r) }));
  }

  /** The table on screen as CSV: the parent's totals, then one line per group. */
  async complianceCsv(actor: Actor, args: { versionId: string; groupBy: PolicyComplianceGrouping; parentId?: string | null } & ComplianceFilter): Promise<string> {
    const c = await this.compliance(actor, args);
    const line = (name: string, k: PolicyComplianceCountsModel) => [name, String(k.audience), String(k.acknowledged), String(k.pending), String(k.overdue), String(k.percent)].map(csvCell).join(',');
    return [['name', 'audience', 'acknowledged', 'pending', 'overdue', 'percent'].map(csvCell).join(','), line(c.parentName ?? 'total', c.totals), ...c.groups.map((g) => line(g.name, g))].join('\r\n') + '\r\n';
  }

  /** The version's evidence the viewer may read (HR everyone's, a manager their line's), oldest first, each row re-hashed. */
  async evidenceCsv(actor: Actor, versionId: string): Promise<string> {
    const s = await this.scope(actor, versionId);
    const { rows, users } = await this.visibleEvidence(actor, s.version.id);
    const header = ['position', 'name', 'email', 'version', 'language', 'method', 'acknowledged_at', 'text_hash', 'ip', 'user_agent', 'prev_hash', 'hash', 'intact'];
    const lines = rows.map((r) => {
      const u = users.get(r.userId);
      return [String(r.position), u?.name ?? '', u?.email ?? '', r.versionLabel, r.language, r.method, iso(r.acknowledgedAt), r.textHash, r.ip ?? '', r.userAgent ?? '', r.prevHash, r.hash, rowIntact(r) ? 'yes' : 'NO']
        .map(csvCell)
        .join(',');
    });
    return [header.map(csvCell).join(','), ...lines].join('\r\n') + '\r\n';
  }

  /**
   * What an auditor's PDF shows (HR and admins, who may verify the chain: the pack states the
   * verification, so a manager, who may not, gets FORBIDDEN): the version's text hashes, the chain
   * recomputed now, and every acknowledgement of the version in chain order, each re-hashed.
   */
  async evidencePack(actor: Actor, versionId: string, language: string): Promise<EvidencePack> {
    const version = await this.policies.versionRow(this.db.manager, versionId, actor);
    if (version.status === 'DRAFT') throw AppError.notFound('policy version');
    if (!can(policyPolicy, actor, 'verifyEvidence', { organizationId: version.organizationId, ownerId: version.ownerId })) throw AppError.forbidden();
    const bodies = await this.db.query<{ language: string; title: string; body: string; ackText: string }>(
      `SELECT language, title, body, ack_text AS "ackText" FROM policy_version_bodies WHERE organization_id = $1 AND version_id = $2 ORDER BY language`,
      [actor.organizationId, version.id],
    );
    const { rows, users } = await this.visibleEvidence(actor, version.id);
    const chain = await verifyEvidenceChain((sql, params) => this.db.query(sql, params), actor.organizationId);
    const [me] = await this.people.usersByIds(actor, [actor.userId]);
    const titled = bodies.find((b) => b.language === language) ?? bodies.find((b) => b.language === version.fallbackLanguage) ?? bodies[0];
    return {
      organizationName: await this.people.organizationName(this.db.manager, actor.organizationId),
      policyTitle: titled?.title ?? '',
      versionLabel: versionLabel(version),
      publishedAt: version.publishedAt,
      texts: bodies.map((b) => ({ language: b.language, textHash: shownTextHash(b) })),
      generatedAt: new Date(),
      generatedBy: me?.name ?? '',
      chain: { ok: chain.ok, checked: chain.checked, problems: chain.problems },
      rows: rows.map((r) => ({ position: Number(r.position), name: users.get(r.userId)?.name ?? '', acknowledgedAt: new Date(r.acknowledgedAt), method: r.method, language: r.language, quizScore: r.quizScore, hash: r.hash, intact: rowIntact(r) })),
      truncated: rows.length >= EVIDENCE_CSV_LIMIT,
    };
  }

  /** The acknowledgements of a version the viewer may read, in chain order, with their people. */
  private async visibleEvidence(actor: Actor, versionId: string): Promise<{ rows: EvidenceRow[]; users: Map<string, UserModel> }> {
    const p = new SqlParams();
    const visible = visibleEvidenceSql(actor, p, () => this.people.selectionSql({ include: { linesOf: [actor.userId] } }, actor.organizationId, p));
    const rows = await this.db.query<EvidenceRow>(
      `SELECT ${EVIDENCE_COLUMNS} FROM policy_acknowledgements a WHERE a.organization_id = ${p.add(actor.organizationId)} AND a.version_id = ${p.add(versionId)} AND ${visible}
        ORDER BY a.position LIMIT ${EVIDENCE_CSV_LIMIT}`,
      p.values,
    );
    const users = new Map((await this.people.usersByIds(actor, [...new Set(rows.map((r) => r.userId))])).map((u): [string, UserModel] => [u.id, u]));
    return { rows, users };
  }

  /**
   * Who is counted: the version's audience now, each with their state against its major (an
   * acknowledgement of any version of that major counts; an ask past its due date is overdue),
   * narrowed to the viewer's line unless they are HR. Hidden versions (another organisation's,
   * drafts) are NOT_FOUND; a viewer with no line is FORBIDDEN.
   */
  private async scope(actor: Actor, versionId: string, filter: ComplianceFilter = {}): Promise<Scope> {
    const version = await this.policies.versionRow(this.db.manager, versionId, actor);
    if (version.status === 'DRAFT') throw AppError.notFound('policy version');
    const hr = actor.hasRole(Role.HR);
    if (!(await this.mayView(actor))) throw AppError.forbidden();
    const build = () => {
      const p = new SqlParams();
      const org = p.add(actor.organizationId);
      const policy = p.add(version.policyId);
      const major = p.add(version.major);
      const line = hr ? null : this.people.selectionSql({ include: { linesOf: [actor.userId] } }, actor.organizationId, p);
      const criteria = { ...(filter.location ? { locations: [filter.location] } : {}), ...(filter.role ? { roles: [filter.role] } : {}) };
      const only = Object.keys(criteria).length ? this.people.selectionSql({ include: criteria }, actor.organizationId, p) : null;
      const where = [line && `m.user_id IN (${line})`, only && `m.user_id IN (${only})`].filter(Boolean);
      const cte = `WITH scope AS (
        SELECT m.user_id, k.acknowledged_at IS NOT NULL AS acked, k.acknowledged_at AS acked_at, k.version_label AS acked_label, a.due_at, a.assigned_at,
               (k.acknowledged_at IS NULL AND a.due_at < now()) AS overdue
          FROM (${this.audiences.membersSql(p.add(version.audienceId), org)}) m
          LEFT JOIN policy_assignments a ON a.policy_id = ${policy}::uuid AND a.user_id = m.user_id AND a.major = ${major}::int
          LEFT JOIN (SELECT DISTINCT ON (ka.user_id) ka.user_id, ka.acknowledged_at, ka.version_label FROM policy_acknowledgements ka
             WHERE ka.policy_id = ${policy}::uuid AND ka.version_id IN (SELECT kv.id FROM policy_versions kv WHERE kv.policy_id = ${policy}::uuid AND kv.major = ${major}::int)
             ORDER BY ka.user_id, ka.position DESC) k ON k.user_id = m.user_id
         ${where.length ? `WHERE ${where.join(' AND ')}` : ''})`;
      return { p, org, cte };
    };
    return { version, build, organizationWide: hr };
  }

  /** A manager's view starts (by manager line) at themselves; HR's at the top. */
  private parentOf(actor: Actor, s: Scope, args: { groupBy: PolicyComplianceGrouping; parentId?: string | null }): string | null {
    if (args.parentId) return args.parentId;
    return args.groupBy === PolicyComplianceGrouping.MANAGER && !s.organizationWide ? actor.userId : null;
  }

  /** The people under the parent: a team's tree, a manager's whole line; null for the top. */
  private underSql(groupBy: PolicyComplianceGrouping, parentId: string | null, org: string, p: SqlParams): string | null {
    if (!parentId) return null;
    const parent = p.add(parentId);
    if (groupBy === PolicyComplianceGrouping.TEAM) {
      return `SELECT tt.user_id FROM (${this.people.teamTreeMembersSql(org, `SELECT ${parent}::uuid`)}) tt`;
    }
    return `SELECT lt.user_id FROM (${this.people.lineTreeSql(org, parent)}) lt`;
  }

  private async parentName(actor: Actor, groupBy: PolicyComplianceGrouping, parentId: string | null): Promise<string | null> {
    if (!parentId) return null;
    if (groupBy === PolicyComplianceGrouping.MANAGER) return (await this.people.usersByIds(actor, [parentId]))[0]?.name ?? null;
    return this.people.teamName(this.db.manager, actor.organizationId, parentId);
  }
}
