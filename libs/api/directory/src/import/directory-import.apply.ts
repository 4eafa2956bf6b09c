import { runSql, type Tx } from '@pillars/api/core';
import { refreshUserSearch } from '../users/users.service';
import { UserWriter } from '../users/user.writer';
import type { DirectorySnapshot, ExistingTeam, ExistingUser, ImportPlan, PlannedUser } from './directory-import.validate';

/** Rows written per statement: big enough to stay set-based, small enough to report progress. */
export const IMPORT_CHUNK = 1000;

/** Who and what a file names: the people (row emails), their managers, and team path segments. */
export interface SnapshotKeys {
  rowEmails: string[];
  managerEmails: string[];
  teamNames: string[];
}

/**
 * Reads what the import is checked against, and no more: the people the file names (as rows or
 * as managers) with every manager above them (for cycles), the teams whose names appear in a
 * path, and the memberships of the named people. One statement each, whatever the file's size.
 */
export async function loadSnapshot(db: Tx, organizationId: string, keys: SnapshotKeys): Promise<DirectorySnapshot> {
  const emails = [...new Set([...keys.rowEmails, ...keys.managerEmails].map((e) => e.toLowerCase()))];
  const users = await runSql<ExistingUser>(
    db,
    `WITH RECURSIVE line AS (
       SELECT id, manager_id FROM users WHERE organization_id = $1 AND lower(email) = ANY($2::text[])
       UNION
       SELECT u.id, u.manager_id FROM users u JOIN line ON u.id = line.manager_id WHERE u.organization_id = $1)
     SELECT u.id, u.email, u.name, u.title, u.location, u.locale, u.manager_id AS "managerId", to_char(u.start_date, 'YYYY-MM-DD') AS "startDate", u.roles
       FROM users u WHERE u.id IN (SELECT id FROM line)`,
    [organizationId, emails],
  );
  const teams = await runSql<ExistingTeam>(
    db,
    `SELECT id, parent_id AS "parentId", name FROM teams WHERE organization_id = $1 AND lower(name) = ANY($2::text[])`,
    [organizationId, [...new Set(keys.teamNames.map((n) => n.toLowerCase()))]],
  );
  const wanted = new Set(keys.rowEmails.map((e) => e.toLowerCase()));
  const ids = users.filter((u) => wanted.has(u.email.toLowerCase())).map((u) => u.id);
  const memberships = await runSql<{ key: string }>(
    db,
    `SELECT team_id || ':' || user_id AS key FROM team_memberships WHERE organization_id = $1 AND user_id = ANY($2::uuid[])`,
    [organizationId, ids],
  );
  return { users, teams, memberships: new Set(memberships.map((m) => m.key)) };
}

/**
 * `loadSnapshot` with row locks held until commit, on the rows the check depends on and nothing
 * else: the people in the file FOR NO KEY UPDATE (the import may change them; key-share locks of
 * foreign keys pointing at them are not blocked), and the managers above them FOR SHARE (their
 * manager links are what the cycle check read). Anyone else can be edited meanwhile. A manager
 * link changed between the read and the lock shows in the re-read, whose new rows are locked too.
 */
export async function lockSnapshot(tx: Tx, organizationId: string, keys: SnapshotKeys): Promise<DirectorySnapshot> {
  const rows = new Set(keys.rowEmails.map((e) => e.toLowerCase()));
  const locked = new Set<string>();
  for (;;) {
    const snapshot = await loadSnapshot(tx, organizationId, keys);
    const fresh = snapshot.users.filter((u) => !locked.has(u.id));
    if (fresh.length === 0) return snapshot;
    const changing = fresh.filter((u) => rows.has(u.email.toLowerCase())).map((u) => u.id);
    const above = fresh.filter((u) => !rows.has(u.email.toLowerCase())).map((u) => u.id);
    // Ordered by id so two lockers of overlapping sets take them in the same order.
    if (changing.length > 0) await runSql(tx, `SELECT id FROM users WHERE id = ANY($1::uuid[]) ORDER BY id FOR NO KEY UPDATE`, [changing]);
    if (above.length > 0) await runSql(tx, `SELECT id FROM users WHERE id = ANY($1::uuid[]) ORDER BY id FOR SHARE`, [above]);
    for (const u of fresh) locked.add(u.id);
  }
}

const userFields = (u: PlannedUser) => ({ id: u.id, name: u.name, title: u.title, location: u.location, locale: u.locale, startDate: u.startDate, roles: u.roles });
// The search text is refreshed once at the end, after memberships.
const NO_REFRESH = { refreshSearch: false };

/**
 * Every write the import makes to `users`, in one place, through the table's one writer
 * (UserWriter: set-based, one statement per call whatever the number of people).
 */
export const importedUsersWriter = {
  insert: (tx: Tx, organizationId: string, users: PlannedUser[]) => UserWriter.insert(tx, organizationId, users.map((u) => ({ ...userFields(u), email: u.email })), NO_REFRESH),
  update: (tx: Tx, organizationId: string, users: PlannedUser[]) => UserWriter.update(tx, organizationId, users.map(userFields), NO_REFRESH),
  setManagers: (tx: Tx, organizationId: string, users: PlannedUser[]) =>
    UserWriter.update(tx, organizationId, users.map((u) => ({ id: u.id, managerId: u.managerId })), NO_REFRESH),
};

/**
 * Writes a validated plan with a constant number of statements per chunk, in the caller's
 * transaction. Managers go in a second pass, once every person exists, so the file's row order
 * never matters. `plan.users` never includes a rejected row nor depends on one, so the same
 * write serves ALL_OR_NOTHING (called only without errors) and SKIP_REJECTED. Returns the ids
 * of people created or changed.
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
  // Rows that need no write (unchanged, or skipped as rejected) count as processed from the start.
  const done = plan.counts.unchanged + plan.counts.rejected;
  onProgress(done);
  for (let start = 0; start < plan.users.length; start += IMPORT_CHUNK) {
    const chunk = plan.users.slice(start, start + IMPORT_CHUNK);
    await importedUsersWriter.insert(tx, organizationId, chunk.filter((u) => u.isNew));
    await importedUsersWriter.update(tx, organizationId, chunk.filter((u) => !u.isNew && u.fieldsChanged));
    onProgress(done + start + chunk.length);
  }
  await importedUsersWriter.setManagers(tx, organizationId, plan.users.filter((u) => u.managerChanged && !(u.isNew && u.managerId === null)));
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
