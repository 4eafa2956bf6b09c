import { Actor } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import type { Role } from '@pillars/shared/types';
import { homeFeedStatement } from '@pillars/api/feeds';

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

/**
 * The feed scenarios' SQL. The home feed page is the API's own statement: libs/api/feeds
 * feed-queries.service `homeFeedStatement` (post.policy visiblePostsSql, post.presenter
 * POST_COLUMNS, the directory's teamsOfSql), built for the session's actor, so the baseline sends
 * exactly the text and parameters the API sends (`homeFeedSql`). The rest is copied from
 * libs/api/feeds (feed.loaders for the field resolvers; posts.service createPost's INSERTs):
 * keep in step with those files when they change (the bench compares like with like).
 */
export function homeFeedSql(session: { user_id: string; organization_id: string; roles: Role[]; session_id: string; led_team_ids: string[] }, first: number, after: [number, string, string] | null): { text: string; values: unknown[] } {
  const actor = new Actor(session.user_id, session.organization_id, session.roles, session.session_id, session.led_team_ids);
  return homeFeedStatement(actor, (u) => PeopleDirectory.prototype.teamsOfSql.call(null, u), first, after);
}

const POST_COLUMNS = `p.id, p.organization_id AS "organizationId", p.author_id AS "authorId", p.team_id AS "teamId", p.body,
  p.body_html AS "bodyHtml", p.language, p.topics, p.mentioned_user_ids AS "mentionedUserIds", p.status, p.rejection_reason AS "rejectionReason",
  p.is_announcement AS "isAnnouncement", p.pinned_until AS "pinnedUntil", p.version, p.edited_at AS "editedAt", p.created_at AS "createdAt",
  p.created_at::text AS "sortAt"`;
/**
 * Bench setup and reference only (never the API's way): the home feed as the earlier single
 * statement (every visible post the viewer follows, sorted by (pin, created_at, id)) for an
 * ordinary employee (the announcement rule: not an announcement, theirs, or received). $1 the
 * viewer, $2 the organisation, $3 the viewer, $4 the viewer's led teams. It reads every post of the
 * feed, so the count and the cursor `$5` deep are taken once, before the run.
 */
const MEMBER_TEAMS = `SELECT tm.team_id FROM team_memberships tm WHERE tm.user_id = $1::uuid`;
const HOME_WHERE = `p.status = 'PUBLISHED' AND (p.organization_id = $2::uuid AND p.deleted_at IS NULL
    AND (p.status = 'PUBLISHED' OR p.author_id = $3::uuid OR p.team_id = ANY($4::uuid[]))
    AND (p.team_id IS NULL OR p.team_id IN (${MEMBER_TEAMS})
      OR NOT EXISTS (SELECT 1 FROM team_feeds vf WHERE vf.team_id = p.team_id AND vf.visibility = 'PRIVATE'))
    AND (NOT p.is_announcement OR p.author_id = $1::uuid
      OR EXISTS (SELECT 1 FROM announcement_receipts var WHERE var.user_id = $1::uuid AND var.post_id = p.id)))
  AND (p.team_id IS NULL OR p.is_announcement OR p.author_id = $1::uuid OR p.team_id IN (${MEMBER_TEAMS})
        OR EXISTS (SELECT 1 FROM feed_follows ff WHERE ff.user_id = $1::uuid AND (
             (ff.kind = 'TEAM' AND ff.target = p.team_id::text) OR (ff.kind = 'USER' AND ff.target = p.author_id::text)
             OR (ff.kind = 'TOPIC' AND ff.target = ANY(p.topics)))))`;
const PIN = `(p.is_announcement AND coalesce(p.pinned_until > now(), false))::int`;
const HOME_ORDER = `ORDER BY ${PIN} DESC, p.created_at DESC, p.id DESC`;

export const FEED_SQL = {
  /** Reference (see HOME_WHERE): the earlier single-statement page, `$5` rows; and after a cursor ($5–$7, limit $8). */
  homeReference: `SELECT ${POST_COLUMNS}, ${PIN} AS pin FROM posts p WHERE ${HOME_WHERE} ${HOME_ORDER} LIMIT $5`,
  homeReferenceAfter: `SELECT ${POST_COLUMNS}, ${PIN} AS pin FROM posts p WHERE ${HOME_WHERE}
    AND (${PIN}, p.created_at, p.id) < ($5::int, $6::timestamptz, $7::uuid) ${HOME_ORDER} LIMIT $8`,
  /** Bench setup only: the size of the viewer's home feed, and the cursor of the row `$5` deep in it. */
  homeCount: `SELECT count(*)::int AS n FROM posts p WHERE ${HOME_WHERE}`,
  homeCursorAt: `SELECT ${PIN} AS pin, p.created_at::text AS "sortAt", p.id FROM posts p WHERE ${HOME_WHERE} ${HOME_ORDER} OFFSET $5 LIMIT 1`,
  reactionCounts: `SELECT post_id AS "postId", json_agg(json_build_object('kind', kind, 'count', n) ORDER BY kind) AS counts
         FROM (SELECT post_id, kind, count(*)::int AS n FROM post_reactions WHERE organization_id = $1 AND post_id = ANY($2::uuid[]) GROUP BY post_id, kind) c
        GROUP BY post_id`,
  myReaction: `SELECT post_id AS "postId", kind FROM post_reactions WHERE organization_id = $1 AND user_id = $2 AND post_id = ANY($3::uuid[])`,
  commentCount: `SELECT post_id AS "postId", count(*)::int AS n FROM post_comments
        WHERE organization_id = $1 AND post_id = ANY($2::uuid[]) AND deleted_at IS NULL GROUP BY post_id`,
  insertPost: `INSERT INTO posts (organization_id, author_id, team_id, body, body_html, language, topics, mentioned_user_ids, mentioned_team_ids, status)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
  // As EventsService.append; born dispatched here, or the API's dispatcher would do the baseline's work.
  insertEvent: `INSERT INTO domain_events (organization_id, type, payload, actor_id, dispatched_at) VALUES ($1, $2, $3, $4, now()) RETURNING id`,
};

/** What `acknowledgePolicy` writes once its checks pass (the bare side of the acknowledge scenario): the chain append, as AcknowledgementsService sends it. */
export const POLICY_SQL = {
  headLock: `SELECT position, hash FROM policy_evidence_heads WHERE organization_id = $1 FOR UPDATE`,
  append: `WITH appended AS (
             INSERT INTO policy_acknowledgements (id, organization_id, position, policy_id, version_id, user_id, version_label, language, text_hash, method,
               typed_name, quiz_score, acknowledged_at, ip, user_agent, prev_hash, hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING organization_id, position, hash)
           UPDATE policy_evidence_heads h SET position = appended.position, hash = appended.hash FROM appended WHERE h.organization_id = appended.organization_id`,
};
