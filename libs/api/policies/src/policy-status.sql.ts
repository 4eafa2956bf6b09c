import type { SqlParams } from '@pillars/api/core';

/**
 * One SELECT over `policies p` of an organisation giving, per policy, the reader's status against
 * its current version: `current_version_id`, `due_at` (their ask for the current major, if any),
 * the latest acknowledgement of that major (`ack_at`, `ack_label`, `ack_version_id`), `in_audience`
 * and `state`. A major version asks again (an older major's acknowledgement does not count); a
 * minor one does not (an acknowledgement of 2.0 still answers 2.1). Asked but out of the audience
 * now, or retired: NOT_REQUIRED.
 */
export function readerStatusSql(p: SqlParams, userId: string, audiencesOf: (userParam: string) => string): string {
  const me = p.add(userId);
  return `SELECT p.id AS policy_id, cv.id AS current_version_id, a.due_at, k.acknowledged_at AS ack_at, k.version_label AS ack_label,
      k.version_id AS ack_version_id, COALESCE(cv.audience_id IN (${audiencesOf(me)}), false) AS in_audience,
      CASE WHEN k.version_id IS NOT NULL THEN 'ACKNOWLEDGED'
           WHEN p.retired_at IS NULL AND a.due_at IS NOT NULL AND cv.audience_id IN (${audiencesOf(me)})
             THEN CASE WHEN a.due_at < now() THEN 'OVERDUE' ELSE 'DUE' END
           ELSE 'NOT_REQUIRED' END AS state
    FROM policies p
    LEFT JOIN policy_versions cv ON cv.policy_id = p.id AND cv.status = 'PUBLISHED'
    LEFT JOIN policy_assignments a ON a.policy_id = p.id AND a.user_id = ${me}::uuid AND a.major = cv.major
    LEFT JOIN LATERAL (
      SELECT ka.acknowledged_at, ka.version_label, ka.version_id FROM policy_acknowledgements ka JOIN policy_versions kv ON kv.id = ka.version_id
       WHERE ka.user_id = ${me}::uuid AND ka.policy_id = p.id AND kv.major = cv.major ORDER BY ka.position DESC LIMIT 1) k ON true`;
}

export interface ReaderStatusRow {
  policy_id: string;
  current_version_id: string | null;
  due_at: Date | null;
  ack_at: Date | null;
  ack_label: string | null;
  ack_version_id: string | null;
  in_audience: boolean;
  state: string;
}
