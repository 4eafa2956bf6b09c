/** The few calls of a pg client a domain's demo seeder makes (a PoolClient inside the seed's transaction). */
export interface DemoDb {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export interface DemoPerson {
  id: string;
  name: string;
  locale: string;
  email: string;
}

/**
 * The demo organisation's active people (id order) and its HR login, for a domain's demo seeder:
 * the seeder lives in its domain, which may not name the directory's tables (domain borders), so
 * this lib, which writes those tables, reads them for it. `hrId` is null when there is no HR login.
 */
export async function demoPeople(db: DemoDb, organizationId: string): Promise<{ hrId: string | null; people: DemoPerson[] }> {
  const { rows: people } = await db.query<DemoPerson>(`SELECT id, name, locale, email FROM users WHERE organization_id = $1 AND status = 'ACTIVE' ORDER BY id`, [organizationId]);
  const { rows: hr } = await db.query<{ id: string }>(`SELECT id FROM users WHERE organization_id = $1 AND email = 'hr@pillars.demo'`, [organizationId]);
  return { hrId: hr[0]?.id ?? null, people };
}

/** A stored audience of everyone active (an ALL rule owned by `ownerId`) with its members, as the audiences domain would write it. */
export async function demoEveryoneAudience(db: DemoDb, organizationId: string, ownerId: string): Promise<string> {
  const { rows } = await db.query<{ id: string }>(`INSERT INTO audiences (organization_id, rules, owner_id) VALUES ($1, $2, $3) RETURNING id`, [
    organizationId, JSON.stringify({ include: [{ kind: 'ALL' }], exclude: [] }), ownerId,
  ]);
  const audienceId = rows[0].id;
  await db.query(`INSERT INTO audience_members (audience_id, user_id, organization_id) SELECT $1, id, $2 FROM users WHERE organization_id = $2 AND status = 'ACTIVE'`, [audienceId, organizationId]);
  await db.query(`UPDATE audiences SET member_count = (SELECT count(*) FROM audience_members WHERE audience_id = $1) WHERE id = $1`, [audienceId]);
  return audienceId;
}

/** The first team (by name) a demo person belongs to, for a domain's seeder that needs a team of theirs. */
export async function demoTeamOf(db: DemoDb, organizationId: string, email: string): Promise<{ id: string; name: string } | null> {
  const { rows } = await db.query<{ id: string; name: string }>(
    `SELECT t.id, t.name FROM teams t JOIN team_memberships m ON m.team_id = t.id JOIN users u ON u.id = m.user_id
      WHERE t.organization_id = $1 AND u.email = $2 ORDER BY t.name LIMIT 1`,
    [organizationId, email],
  );
  return rows[0] ?? null;
}

/** Demo people by email (those that exist), for seeders that name a few of them. */
export async function demoPeopleByEmail(db: DemoDb, organizationId: string, emails: readonly string[]): Promise<Map<string, string>> {
  const { rows } = await db.query<{ id: string; email: string }>(`SELECT id, email FROM users WHERE organization_id = $1 AND email = ANY($2::text[])`, [organizationId, emails]);
  return new Map(rows.map((r) => [r.email, r.id]));
}
