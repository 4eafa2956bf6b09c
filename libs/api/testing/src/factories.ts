import { createHash, randomBytes, randomInt, randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { one, testDb } from './db';

export const TEST_PASSWORD = 'correct-horse-battery';
let passwordHash: Promise<string> | null = null;
const hashed = () => (passwordHash ??= hash(TEST_PASSWORD));

export interface TestOrg { id: string; slug: string }
export interface TestUser { id: string; organizationId: string; email: string; name: string; token: string }
export interface TestTeam { id: string; organizationId: string; name: string; parentId: string | null }

const unique = () => randomBytes(5).toString('hex');
/**
 * Digits only, for default display names: hex can spell what a name search looks for ("ada",
 * "dad"), and the typo-tolerant people search then finds a stranger beside the person a spec named.
 */
const uniqueNumber = () => String(randomInt(2 ** 47)).padStart(15, '0');

/** One organisation per test: parallel-safe, no truncation. */
export async function buildOrganization(name = 'Test Org'): Promise<TestOrg> {
  const slug = `org-${unique()}`;
  const row = await one<{ id: string }>(`INSERT INTO organizations (name, slug) VALUES ($1, $2) RETURNING id`, [name, slug]);
  return { id: (row as { id: string }).id, slug };
}

export interface UserOverrides {
  name?: string;
  email?: string;
  roles?: string[];
  managerId?: string | null;
  status?: string;
  title?: string;
  location?: string;
  locale?: string;
  teamIds?: string[];
  leadOf?: string[];
}

/** Inserts a user with the test password and a live session (its cookie token is returned). */
export async function buildUser(org: TestOrg, o: UserOverrides = {}): Promise<TestUser> {
  const name = o.name ?? `Person ${uniqueNumber()}`;
  const email = o.email ?? `${unique()}@${org.slug}.test`;
  const row = { id: randomUUID() };
  // The directory's one users writer (SQL function from its migrations): no dependency on the domain.
  const person = {
    id: row.id, email, name, title: o.title ?? null, location: o.location ?? null, locale: o.locale ?? 'en', manager_id: o.managerId ?? null,
    roles: o.roles ?? [], status: o.status ?? 'ACTIVE', password_hash: await hashed(),
  };
  await testDb().query(`SELECT pillars_insert_users($1, $2::jsonb, false)`, [org.id, JSON.stringify([person])]);
  for (const teamId of o.teamIds ?? []) await addMember({ id: teamId, organizationId: org.id } as TestTeam, row.id);
  for (const teamId of o.leadOf ?? []) await addMember({ id: teamId, organizationId: org.id } as TestTeam, row.id, 'LEAD');
  await refreshSearch([row.id]);
  const token = await createSession(org.id, row.id);
  return { id: row.id, organizationId: org.id, email, name, token };
}

export async function buildUsers(org: TestOrg, count: number, o: UserOverrides = {}): Promise<TestUser[]> {
  const users: TestUser[] = [];
  for (let i = 0; i < count; i++) users.push(await buildUser(org, o));
  return users;
}

export async function createSession(organizationId: string, userId: string): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await testDb().query(
    `INSERT INTO sessions (organization_id, user_id, token_hash, expires_at) VALUES ($1, $2, $3, now() + interval '1 day')`,
    [organizationId, userId, createHash('sha256').update(token).digest('hex')],
  );
  return token;
}

/** A signed-in session for someone already in the organisation (a seeded demo login, say), found by email. */
export async function signInByEmail(organizationId: string, email: string): Promise<TestUser> {
  const { rows: [u] } = await testDb().query<{ id: string; name: string }>(`SELECT id, name FROM users WHERE organization_id = $1 AND email = $2`, [organizationId, email]);
  if (!u) throw new Error(`no user ${email} in organisation ${organizationId}`);
  return { id: u.id, organizationId, email, name: u.name, token: await createSession(organizationId, u.id) };
}

export async function buildTeam(org: TestOrg, o: { name?: string; parentId?: string | null } = {}): Promise<TestTeam> {
  const name = o.name ?? `Team ${uniqueNumber()}`;
  const row = (await one<{ id: string }>(`INSERT INTO teams (organization_id, parent_id, name) VALUES ($1, $2, $3) RETURNING id`, [org.id, o.parentId ?? null, name])) as { id: string };
  return { id: row.id, organizationId: org.id, name, parentId: o.parentId ?? null };
}

export async function addMember(team: TestTeam, userId: string, role = 'MEMBER'): Promise<void> {
  await testDb().query(
    `INSERT INTO team_memberships (team_id, user_id, organization_id, role) VALUES ($1, $2, $3, $4) ON CONFLICT (team_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
    [team.id, userId, team.organizationId, role],
  );
  await refreshSearch([userId]);
}

export async function refreshSearch(userIds: string[]): Promise<void> {
  await testDb().query(
    `SELECT pillars_refresh_user_search($1::uuid[])`,
    [userIds],
  );
}

export const newId = () => randomUUID();
