/**
 * The SQL the API issues for the bench scenarios, copied from the services so the baseline does
 * the same database work (libs/api/directory: auth.service loadBySessionToken, USER_COLUMNS,
 * directory.loaders membershipsByUser, users.service searchPeople). The API answers a session
 * from its one-second cache most of the time; the baseline looks it up on every request.
 */
const USER_COLUMNS = `u.id, u.organization_id AS "organizationId", u.email, u.name, u.title, u.location, u.locale,
  u.time_zone AS "timeZone", u.manager_id AS "managerId", u.status, u.roles, to_char(u.start_date, 'YYYY-MM-DD') AS "startDate",
  u.created_at AS "createdAt", u.updated_at AS "updatedAt"`;

export const SCENARIO_SQL = {
  session: `SELECT s.id AS session_id, u.id AS user_id, u.organization_id, u.roles, u.locale, s.expires_at,
      s.last_seen_at < now() - make_interval(secs => $2) AS stale,
      coalesce((SELECT array_agg(m.team_id) FROM team_memberships m WHERE m.user_id = u.id AND m.role = 'LEAD'), '{}') AS led_team_ids
    FROM sessions s JOIN users u ON u.id = s.user_id
    WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.status = 'ACTIVE'`,
  user: `SELECT ${USER_COLUMNS} FROM users u WHERE u.organization_id = $1 AND u.id = ANY($2::uuid[])`,
  memberships: `SELECT t.id, t.name, m.user_id AS "userId", m.role, m.joined_at AS "joinedAt" FROM team_memberships m JOIN teams t ON t.id = m.team_id
    WHERE m.organization_id = $1 AND m.user_id = ANY($2::uuid[]) ORDER BY t.name`,
  search: `SELECT ${USER_COLUMNS} FROM users u WHERE u.organization_id = $1 AND u.status = 'ACTIVE'
    AND (u.search_text LIKE '%' || pillars_normalize($2) || '%' OR pillars_normalize($2) <% u.search_text)
    ORDER BY u.name, u.id LIMIT $3`,
};
