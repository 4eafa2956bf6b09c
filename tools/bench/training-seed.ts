import { inPoolTransaction } from '@pillars/api/core';
import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { demoEveryoneAudience, demoManagerIds, demoUsersAudience } from '@pillars/api/demo';

const DAY = 86_400_000;
/** Title prefix of the bench's courses: `Bench course 01` … `Bench course 20`. */
export const BENCH_COURSE = 'Bench course';

export interface TrainingBenchData {
  courses: number;
  enrolments: number;
  /** Current enrolments (one per person and required course) by status. */
  statuses: Record<string, number>;
}

/**
 * What each course is: who it is assigned to, when, its validity and recurrence, and the shares of
 * its audience that completed it (spread over the time since assignment) and that are in progress.
 * Yearly courses with ON_EXPIRY recurrence assigned 500 days ago: the oldest completions expired
 * or expire soon and have their renewal (cycle 2) open, done or overdue; two-year courses without
 * recurrence assigned 800 days ago: some completions read EXPIRED; recent assignments: open
 * enrolments not yet due (in progress, not started, due soon).
 */
function courseSpecs(n: number) {
  return Array.from({ length: n }, (_, i) => {
    const k = i + 1;
    const kind = k % 4; // 0 yearly + recurrence, 1 two-year without, 2 no validity (old), 3 no validity (recent)
    const audience = k >= n - 1 ? 'DEPARTMENT' : k >= n - 3 ? 'MANAGERS' : 'EVERYONE';
    return {
      title: `${BENCH_COURSE} ${String(k).padStart(2, '0')}`,
      audience: audience as 'EVERYONE' | 'MANAGERS' | 'DEPARTMENT',
      validityMonths: kind === 0 ? 12 : kind === 1 ? 24 : null,
      recurrence: kind === 0 ? 'ON_EXPIRY' : 'NONE',
      assignedDaysAgo: kind === 0 ? 500 : kind === 1 ? 800 : kind === 2 ? 120 + 20 * k : 5 + (k % 5) * 4,
      dueDays: 30,
      completed: kind === 3 ? 0.25 : 0.6 + ((k * 7) % 30) / 100,
      inProgress: kind === 3 ? 0.35 : 0.1,
    };
  });
}

/**
 * The training benchmark's data (issue 17, criterion 3), once per organisation: `courses` (20)
 * published required courses of three modules each, assigned to everyone, to the managers, or to
 * the largest department's tree, with enrolments for every member of the audience, module progress,
 * certificates for the completions, renewals for the yearly course and the reminders the job would
 * have sent (so the hourly job has nothing to catch up on during a run). Set-based SQL: one
 * INSERT … SELECT per table over all courses, so 10k people × 20 courses seed in seconds.
 */
export async function seedTrainingBench(pool: Pool, organizationId: string, opts: { courses: number; log: (m: string) => void }): Promise<TrainingBenchData> {
  const { rows: [{ n: existing }] } = await pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM training_courses c JOIN training_course_versions v ON v.id = c.current_version_id WHERE c.organization_id = $1 AND v.title LIKE $2`,
    [organizationId, `${BENCH_COURSE} %`],
  );
  if (existing === 0) await write(pool, organizationId, opts);
  else if (existing !== opts.courses) throw new Error(`the bench organisation holds ${existing} bench courses, not ${opts.courses}: re-seed it`);
  const { rows: [{ n: enrolments }] } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM training_enrolments WHERE organization_id = $1`, [organizationId]);
  const { rows } = await pool.query<{ status: string; n: number }>(
    `SELECT status, count(*)::int AS n FROM (
       SELECT DISTINCT ON (e.user_id, e.course_id) CASE
         WHEN e.completed_at IS NOT NULL AND e.expires_at <= now() THEN 'EXPIRED'
         WHEN e.completed_at IS NOT NULL AND e.expires_at <= now() + interval '30 days' THEN 'EXPIRING'
         WHEN e.completed_at IS NOT NULL THEN 'DONE' WHEN e.due_at < now() THEN 'OVERDUE'
         WHEN e.started_at IS NOT NULL THEN 'IN_PROGRESS' ELSE 'NOT_STARTED' END AS status
       FROM training_enrolments e WHERE e.organization_id = $1 AND e.assignment_id IS NOT NULL
       ORDER BY e.user_id, e.course_id, (e.completed_at IS NULL AND e.due_at < now()) DESC,
         (e.completed_at IS NOT NULL AND (e.expires_at IS NULL OR e.expires_at > now())) DESC, e.cycle DESC) cur
     GROUP BY status ORDER BY status`,
    [organizationId],
  );
  return { courses: opts.courses, enrolments, statuses: Object.fromEntries(rows.map((r) => [r.status, r.n])) };
}

async function write(pool: Pool, organizationId: string, opts: { courses: number; log: (m: string) => void }): Promise<void> {
  const started = Date.now();
  await inPoolTransaction(pool, async (client) => {
    const { rows: [hr] } = await client.query<{ id: string }>(`SELECT id FROM users WHERE organization_id = $1 AND 'HR' = ANY(roles) ORDER BY id LIMIT 1`, [organizationId]);
    const everyone = await demoEveryoneAudience(client, organizationId, hr.id);
    const managers = await demoUsersAudience(client, organizationId, hr.id, await demoManagerIds(client, organizationId));
    // The largest top team (department) and its whole tree, as an audience's TEAM rule with sub-teams stores it.
    const { rows: [department] } = await client.query<{ id: string }>(
      `WITH RECURSIVE tree(root, id) AS (SELECT id, id FROM teams WHERE organization_id = $1 AND parent_id IS NULL
         UNION ALL SELECT tr.root, t.id FROM tree tr JOIN teams t ON t.parent_id = tr.id)
       SELECT tr.root AS id FROM tree tr JOIN team_memberships m ON m.team_id = tr.id GROUP BY tr.root ORDER BY count(*) DESC, tr.root LIMIT 1`,
      [organizationId],
    );
    const { rows: [{ id: departmentAudience }] } = await client.query<{ id: string }>(
      `INSERT INTO audiences (organization_id, rules, owner_id) VALUES ($1, $2, $3) RETURNING id`,
      [organizationId, JSON.stringify({ include: [{ kind: 'TEAM', teamId: department.id, includeSubTeams: true }], exclude: [] }), hr.id],
    );
    await client.query(
      `WITH RECURSIVE tree(id) AS (SELECT $2::uuid UNION SELECT t.id FROM teams t JOIN tree ON t.parent_id = tree.id)
       INSERT INTO audience_members (audience_id, user_id, organization_id)
       SELECT DISTINCT $1::uuid, m.user_id, $3::uuid FROM team_memberships m JOIN users u ON u.id = m.user_id AND u.status = 'ACTIVE' WHERE m.team_id IN (SELECT id FROM tree)`,
      [departmentAudience, department.id, organizationId],
    );
    await client.query(`UPDATE audiences SET member_count = (SELECT count(*) FROM audience_members WHERE audience_id = $1) WHERE id = $1`, [departmentAudience]);
    const audienceOf = { EVERYONE: everyone, MANAGERS: managers, DEPARTMENT: departmentAudience };

    const specs = courseSpecs(opts.courses).map((s) => ({
      ...s, courseId: randomUUID(), versionId: randomUUID(), assignmentId: randomUUID(), audienceId: audienceOf[s.audience], assignedAt: new Date(Date.now() - s.assignedDaysAgo * DAY),
    }));
    const col = <K extends keyof (typeof specs)[number]>(k: K) => specs.map((s) => s[k]);
    // The courses, their versions and assignments from one set of arrays (the spec table `s`).
    const spec = `unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::int[], $7::text[], $8::timestamptz[], $9::int[], $10::float8[], $11::float8[])
      AS s(course_id, version_id, assignment_id, audience_id, title, validity_months, recurrence, assigned_at, due_days, completed, in_progress)`;
    const specParams = [col('courseId'), col('versionId'), col('assignmentId'), col('audienceId'), col('title'), col('validityMonths'), col('recurrence'),
      col('assignedAt'), col('dueDays'), col('completed'), col('inProgress')];
    await client.query(`CREATE TEMP TABLE bench_spec ON COMMIT DROP AS SELECT * FROM ${spec}`, specParams);
    await client.query(
      `INSERT INTO training_courses (id, organization_id, owner_id, category, status, created_by, created_at)
       SELECT course_id, $1, $2, 'Compliance', 'PUBLISHED', $2, assigned_at FROM bench_spec`,
      [organizationId, hr.id],
    );
    await client.query(
      `INSERT INTO training_course_versions (id, organization_id, course_id, number, title, description, estimated_minutes, languages, validity_months, created_by, created_at)
       SELECT version_id, $1, course_id, 1, title, 'A required course of the training benchmark.', 30, ARRAY['en', 'ar', 'he', 'it'], validity_months, $2, assigned_at FROM bench_spec`,
      [organizationId, hr.id],
    );
    await client.query(`UPDATE training_courses c SET current_version_id = s.version_id FROM bench_spec s WHERE c.id = s.course_id`);
    await client.query(
      `INSERT INTO training_modules (organization_id, version_id, position, kind, title, content, url)
       SELECT $1, s.version_id, k.position, k.kind, k.title, k.content, k.url FROM bench_spec s
       CROSS JOIN (VALUES (1, 'MARKDOWN', 'Read: what this is about', E'## Why\\n\\nThe rules in one page.', NULL),
                          (2, 'EXTERNAL_LINK', 'Watch: five minutes', NULL, 'https://example.com/video'),
                          (3, 'MARKDOWN', 'Read: what to do', E'## How\\n\\n1. Do this.\\n2. Never that.', NULL)) AS k(position, kind, title, content, url)`,
      [organizationId],
    );
    await client.query(
      `INSERT INTO training_assignments (id, organization_id, course_id, audience_id, due_kind, due_days, recurrence_kind, created_by, assigned_at)
       SELECT assignment_id, $1, course_id, audience_id, 'AFTER_ASSIGNMENT', due_days, recurrence, $2, assigned_at FROM bench_spec`,
      [organizationId, hr.id],
    );

    // Cycle 1 for every member of each audience: x, a stable share per person and course, decides
    // completed (spread over the time since assignment), in progress, or not started.
    const { rowCount: first } = await client.query(
      `INSERT INTO training_enrolments (organization_id, course_id, version_id, user_id, assignment_id, cycle, enrolled_at, due_at, started_at, completed_at, expires_at)
       SELECT $1, s.course_id, s.version_id, m.user_id, s.assignment_id, 1, s.assigned_at, s.assigned_at + make_interval(days => s.due_days),
              CASE WHEN h.x < s.completed THEN d.done_at - interval '1 day' WHEN h.x < s.completed + s.in_progress THEN d.progress_at END,
              CASE WHEN h.x < s.completed THEN d.done_at END,
              CASE WHEN h.x < s.completed AND s.validity_months IS NOT NULL THEN d.done_at + make_interval(months => s.validity_months) END
         FROM bench_spec s JOIN audience_members m ON m.audience_id = s.audience_id
         CROSS JOIN LATERAL (SELECT (hashtext(m.user_id::text || s.course_id::text)::bigint & 2147483647) / 2147483648.0 AS x) h
         CROSS JOIN LATERAL (SELECT s.assigned_at + interval '1 day' + (h.x / s.completed) * (now() - s.assigned_at - interval '2 days') AS done_at,
                                    s.assigned_at + ((h.x - s.completed) / s.in_progress) * (now() - s.assigned_at) AS progress_at) d`,
      [organizationId],
    );
    // Renewals (cycle 2) of the recurring courses, opened EXPIRING_DAYS (30) before expiry as the
    // job opens them, due at expiry; y decides done (half), in progress, or not started.
    const { rowCount: renewals } = await client.query(
      `INSERT INTO training_enrolments (organization_id, course_id, version_id, user_id, assignment_id, cycle, renewal_of, enrolled_at, due_at, started_at, completed_at, expires_at)
       SELECT e.organization_id, e.course_id, e.version_id, e.user_id, e.assignment_id, 2, e.id, e.expires_at - interval '30 days', e.expires_at,
              CASE WHEN h.y < 0.7 THEN d.done_at - interval '1 hour' END,
              CASE WHEN h.y < 0.5 THEN d.done_at END,
              CASE WHEN h.y < 0.5 THEN d.done_at + make_interval(months => s.validity_months) END
         FROM training_enrolments e JOIN bench_spec s ON s.course_id = e.course_id AND s.recurrence = 'ON_EXPIRY'
         CROSS JOIN LATERAL (SELECT (hashtext(e.user_id::text || 'renewal' || e.course_id::text)::bigint & 2147483647) / 2147483648.0 AS y) h
         CROSS JOIN LATERAL (SELECT e.expires_at - interval '30 days' + (h.y / 0.7) * (least(now(), e.expires_at + interval '60 days') - (e.expires_at - interval '30 days')) AS done_at) d
        WHERE e.organization_id = $1 AND e.completed_at IS NOT NULL AND e.expires_at - interval '30 days' <= now()`,
      [organizationId],
    );
    opts.log(`training: ${specs.length} courses, ${first} enrolments and ${renewals} renewals written; progress, certificates and reminders…`);
    await client.query(
      `INSERT INTO training_progress (enrolment_id, module_id, organization_id, completed_at, completed_by)
       SELECT e.id, m.id, e.organization_id, coalesce(e.completed_at, e.started_at), e.user_id
         FROM training_enrolments e JOIN training_modules m ON m.version_id = e.version_id
        WHERE e.organization_id = $1 AND e.started_at IS NOT NULL AND (e.completed_at IS NOT NULL OR m.position = 1)`,
      [organizationId],
    );
    await client.query(
      `INSERT INTO training_certificates (organization_id, enrolment_id, user_id, code, person_name, course_title, completed_at, expires_at, issued_at)
       SELECT e.organization_id, e.id, e.user_id, rtrim(translate(encode(uuid_send(gen_random_uuid()), 'base64'), '+/', '-_'), '='), u.name, v.title, e.completed_at, e.expires_at, e.completed_at
         FROM training_enrolments e JOIN users u ON u.id = e.user_id JOIN training_course_versions v ON v.id = e.version_id
        WHERE e.organization_id = $1 AND e.completed_at IS NOT NULL`,
      [organizationId],
    );
    // What the hourly job has sent already: DUE_SOON a week before the due date, OVERDUE on it.
    await client.query(
      `INSERT INTO training_reminders (enrolment_id, step, organization_id, sent_at)
       SELECT e.id, r.step, e.organization_id, r.at FROM training_enrolments e
        CROSS JOIN LATERAL (VALUES ('DUE_SOON', e.due_at - interval '7 days'), ('OVERDUE', e.due_at)) AS r(step, at)
        WHERE e.organization_id = $1 AND e.completed_at IS NULL AND r.at <= now()`,
      [organizationId],
    );
  });
  await pool.query(`ANALYZE training_enrolments; ANALYZE training_progress; ANALYZE training_certificates; ANALYZE training_courses; ANALYZE training_course_versions; ANALYZE audience_members`);
  opts.log(`training seeded in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
