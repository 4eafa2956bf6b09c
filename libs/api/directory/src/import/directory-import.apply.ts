import { runSql, type Tx } from '@pillars/api/core';
import { refreshUserSearch } from '../users/users.service';
import type { DirectorySnapshot, ExistingTeam, ExistingUser, ImportPlan, PlannedUser } from './directory-import.validate';

/** Rows written per statement: big enough to stay set-based, small enough to report progress. */
export const IMPORT_CHUNK = 1000;

/**
 * Reads what the import is checked against. With `lock`, the organisation's users are locked
 * until commit, so no manager change elsewhere can slip a cycle between the check and the write.
 */
export async function loadSnapshot(tx: Tx, organizationId: string, emails: string[], lock: boolean): Promise<DirectorySnapshot> {
  const users = await runSql<ExistingUser>(
    tx,
    `SELECT id, email, name, title, location, locale, manager_id AS "managerId", to_char(start_date, 'YYYY-MM-DD') AS "startDate", roles
       FROM users WHERE organization_id = $1 ${lock ? 'FOR UPDATE' : ''}`,
    [organizationId],
  );
  const teams = await runSql<ExistingTeam>(tx, `SELECT id, parent_id AS "parentId", name FROM teams WHERE organization_id = $1`, [organizationId]);
  const wanted = new Set(emails.map((e) => e.toLowerCase()));
  const ids = users.filter((u) => wanted.has(u.email.toLowerCase())).map((u) => u.id);
  const memberships = await runSql<{ key: string }>(
    tx,
    `SELECT team_id || ':' || user_id AS key FROM team_memberships WHERE organization_id = $1 AND user_id = ANY($2::uuid[])`,
    [organizationId, ids],
  );
  return { users, teams, memberships: new Set(memberships.map((m) => m.key)) };
}

const USER_VALUES = `unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::date[], $9::text[])
  AS v(id, email, name, title, location, locale, start_date, roles)`;
const userParams = (organizationId: string, users: PlannedUser[]) => [
  organizationId, users.map((u) => u.id), users.map((u) => u.email), users.map((u) => u.name), users.map((u) => u.title),
  users.map((u) => u.location), users.map((u) => u.locale), users.map((u) => u.startDate),
  // Roles travel as one comma-joined string per person: unnest cannot split a 2-D array by row.
  users.map((u) => u.roles.join(',')),
];

/**
 * Writes a validated plan with a constant number of statements per chunk (bulk unnest), in the
 * caller's transaction. Managers go in a second pass, once every person exists, so the file's
 * row order never matters. Returns the ids of people created or changed.
 */
export async function applyPlan(tx: Tx, organizationId: string, plan: ImportPlan, onProgress: (processed: number) => void): Promise<string[]> {
  if (plan.newTeams.length > 0) {
    // One statement: the parent foreign key is checked at its end, so parents may follow children.
    await runSql(
      tx,
      `INSERT INTO teams (id, organization_id, parent_id, name)
       SELECT t.id, $1, t.parent_id, t.name FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS t(id, parent_id, name)`,
      [organizationId, plan.newTeams.map((t) => t.id), plan.newTeams.map((t) => t.parentId), plan.newTeams.map((t) => t.name)],
    );
  }
  const { unchanged } = plan.counts;
  onProgress(unchanged);
  for (let start = 0; start < plan.users.length; start += IMPORT_CHUNK) {
    const chunk = plan.users.slice(start, start + IMPORT_CHUNK);
    const created = chunk.filter((u) => u.isNew);
    const changed = chunk.filter((u) => !u.isNew && u.fieldsChanged);
    if (created.length > 0) {
      await runSql(
        tx,
        `INSERT INTO users (id, organization_id, email, name, title, location, locale, start_date, roles)
         SELECT v.id, $1, v.email, v.name, v.title, v.location, v.locale, v.start_date, string_to_array(v.roles, ',') FROM ${USER_VALUES}`,
        userParams(organizationId, created),
      );
    }
    if (changed.length > 0) {
      await runSql(
        tx,
        `UPDATE users u SET name = v.name, title = v.title, location = v.location, locale = v.locale, start_date = v.start_date,
                roles = string_to_array(v.roles, ','), updated_at = now()
           FROM ${USER_VALUES} WHERE u.id = v.id AND u.organization_id = $1`,
        userParams(organizationId, changed),
      );
    }
    onProgress(unchanged + start + chunk.length);
  }

  const managed = plan.users.filter((u) => u.managerChanged && !(u.isNew && u.managerId === null));
  if (managed.length > 0) {
    await runSql(
      tx,
      `UPDATE users u SET manager_id = v.manager_id, updated_at = now()
         FROM unnest($2::uuid[], $3::uuid[]) AS v(id, manager_id) WHERE u.id = v.id AND u.organization_id = $1`,
      [organizationId, managed.map((u) => u.id), managed.map((u) => u.managerId)],
    );
  }
  // Memberships are only added: people keep teams the file does not mention.
  const joining = plan.users.filter((u) => u.membershipNeeded);
  if (joining.length > 0) {
    await runSql(
      tx,
      `INSERT INTO team_memberships (team_id, user_id, organization_id)
       SELECT v.team_id, v.user_id, $1 FROM unnest($2::uuid[], $3::uuid[]) AS v(team_id, user_id) ON CONFLICT DO NOTHING`,
      [organizationId, joining.map((u) => u.teamId), joining.map((u) => u.id)],
    );
  }
  const touched = plan.users.map((u) => u.id);
  if (touched.length > 0) await refreshUserSearch(tx, touched);
  return touched;
}
