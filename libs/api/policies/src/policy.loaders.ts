import { Injectable } from '@nestjs/common';
import { byKeys, Db, defineLoader, SqlParams, type LoaderDef } from '@pillars/api/core';
import { AudienceDirectory } from '@pillars/api/audiences';
import type { Actor } from '@pillars/api/core';
import { PolicyReaderState, type PolicyReaderStatusModel } from './policy.model';
import { visibleVersionsSql } from './policy.policy';
import { VERSION_COLUMNS, type BodyRow, type VersionRow } from './policy.presenter';
import { readerStatusSql, type ReaderStatusRow } from './policy-status.sql';

export interface SignedRow {
  policyId: string;
  versionId: string;
  label: string;
  language: string;
}

export const presentStatus = (r: ReaderStatusRow | null): PolicyReaderStatusModel => ({
  state: (r?.state as PolicyReaderState) ?? PolicyReaderState.NOT_REQUIRED,
  dueAt: r && r.state !== PolicyReaderState.NOT_REQUIRED && r.state !== PolicyReaderState.ACKNOWLEDGED ? r.due_at : null,
  acknowledgedAt: r?.ack_at ?? null,
  acknowledgedVersion: r?.ack_label ?? null,
  acknowledgedVersionId: r?.ack_version_id ?? null,
});

/**
 * Per-request loaders for the fields of policies already read-filtered by their query: one
 * statement per field over a whole page, filtered by organisation.
 */
@Injectable()
export class PolicyLoaders {
  constructor(
    private readonly db: Db,
    private readonly audiences: AudienceDirectory,
  ) {}

  readonly versionById: LoaderDef<string, VersionRow | null> = defineLoader('policies.versionById', async (actor, ids) => {
    const p = new SqlParams();
    const rows = await this.db.query<VersionRow>(
      `SELECT ${VERSION_COLUMNS} FROM policy_versions v JOIN policies p ON p.id = v.policy_id
        WHERE v.organization_id = ${p.add(actor?.organizationId ?? null)} AND v.id = ANY(${p.add(ids)}::uuid[]) AND ${visibleVersionsSql(actor as Actor, p)}`,
      p.values,
    );
    return byKeys(ids, rows, (r) => r.id);
  });

  /** Every version the reader may see, newest first (the version history). */
  readonly versionsOfPolicy: LoaderDef<string, VersionRow[]> = defineLoader('policies.versionsOfPolicy', async (actor, ids) => {
    const p = new SqlParams();
    const rows = await this.db.query<VersionRow>(
      `SELECT ${VERSION_COLUMNS} FROM policy_versions v JOIN policies p ON p.id = v.policy_id
        WHERE v.organization_id = ${p.add(actor?.organizationId ?? null)} AND v.policy_id = ANY(${p.add(ids)}::uuid[]) AND ${visibleVersionsSql(actor as Actor, p)}
        ORDER BY v.major DESC, v.minor DESC`,
      p.values,
    );
    return ids.map((id) => rows.filter((r) => r.policyId === id));
  });

  readonly draftOfPolicy: LoaderDef<string, string | null> = defineLoader('policies.draftOfPolicy', async (actor, ids) => {
    const rows = await this.db.query<{ id: string; policyId: string }>(
      `SELECT id, policy_id AS "policyId" FROM policy_versions WHERE organization_id = $1 AND policy_id = ANY($2::uuid[]) AND status = 'DRAFT'`,
      [actor?.organizationId ?? null, ids],
    );
    return byKeys(ids, rows, (r) => r.policyId).map((r) => r?.id ?? null);
  });

  readonly bodiesOfVersion: LoaderDef<string, BodyRow[]> = defineLoader('policies.bodiesOfVersion', async (actor, ids) => {
    const rows = await this.db.query<BodyRow>(
      `SELECT version_id AS "versionId", language, title, body, body_html AS "bodyHtml", ack_text AS "ackText"
         FROM policy_version_bodies WHERE organization_id = $1 AND version_id = ANY($2::uuid[])`,
      [actor?.organizationId ?? null, ids],
    );
    return ids.map((id) => rows.filter((r) => r.versionId === id));
  });

  /** The viewer's latest acknowledgement of each policy (any version): what they last signed. */
  readonly lastSignedOfPolicy: LoaderDef<string, SignedRow | null> = defineLoader('policies.lastSignedOfPolicy', async (actor, ids) => {
    if (!actor) return ids.map(() => null);
    const rows = await this.db.query<SignedRow>(
      `SELECT DISTINCT ON (k.policy_id) k.policy_id AS "policyId", k.version_id AS "versionId", k.version_label AS label, k.language
         FROM policy_acknowledgements k WHERE k.organization_id = $1 AND k.user_id = $2 AND k.policy_id = ANY($3::uuid[])
        ORDER BY k.policy_id, k.position DESC`,
      [actor.organizationId, actor.userId, ids],
    );
    return byKeys(ids, rows, (r) => r.policyId);
  });

  readonly statusOfPolicy: LoaderDef<string, ReaderStatusRow | null> = defineLoader('policies.statusOfPolicy', async (actor, ids) => {
    if (!actor) return ids.map(() => null);
    const p = new SqlParams();
    const status = readerStatusSql(p, actor.userId, (u) => this.audiences.audiencesOfSql(u));
    const rows = await this.db.query<ReaderStatusRow>(
      `${status} WHERE p.organization_id = ${p.add(actor.organizationId)} AND p.id = ANY(${p.add(ids)}::uuid[])`,
      p.values,
    );
    return byKeys(ids, rows, (r) => r.policy_id);
  });
}
