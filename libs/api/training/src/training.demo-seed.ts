import { demoEveryoneAudience, demoManagerIds, demoPeople, demoPeopleByEmail, demoUsersAudience, type DemoDb } from '@pillars/api/demo';
import { DEMO_SOCIAL_MEDIA_TITLE, demoPolicyId } from '@pillars/api/policies';
import { createHash, randomUUID } from 'node:crypto';
import { newCertificateCode } from './progress.service';

const DAY = 24 * 3_600_000;
const MONTH = 30 * DAY;

interface QuizSpec { prompt: string; options: [string, boolean][] }
interface ModuleSpec { kind: 'MARKDOWN' | 'EXTERNAL_LINK' | 'QUIZ' | 'POLICY_ACK' | 'ATTENDANCE'; title: string; content?: string; url?: string; policyTitle?: string; quiz?: QuizSpec[] }
interface CourseSpec {
  title: string; description: string; category: string; minutes: number; validityMonths: number | null; managersOnly?: boolean;
  assignedDaysAgo: number; dueDays: number; recurrence: 'NONE' | 'ON_EXPIRY'; modules: ModuleSpec[];
  /** Shares of the audience, by a stable hash of the person: completed, in progress; the rest has not started. */
  completed: number; inProgress: number;
}

const COURSES: CourseSpec[] = [
  {
    title: 'Social Media Essentials', category: 'Compliance', minutes: 20, validityMonths: null, assignedDaysAgo: 45, dueDays: 60, recurrence: 'NONE', completed: 0.55, inProgress: 0.2,
    description: 'What to share about work online, and what never to: the Social Media Guidelines in practice.',
    modules: [
      { kind: 'POLICY_ACK', title: 'Read and acknowledge the Social Media Guidelines', policyTitle: DEMO_SOCIAL_MEDIA_TITLE },
      {
        kind: 'QUIZ', title: 'Check your understanding',
        quiz: [
          { prompt: 'A customer complains about us on a public forum. What do you do?', options: [['Reply right away in your own words', false], ['Pass it to the communications team', true], ['Ignore it', false]] },
          { prompt: 'May you post a photo of the whiteboard after a planning meeting?', options: [['Yes, if it looks good', false], ['Only once nothing confidential is on it', true]] },
          { prompt: 'Which of these is fine to share?', options: [['A published press release', true], ['Next quarter\'s numbers', false], ['A colleague\'s phone number', false]] },
        ],
      },
    ],
  },
  {
    title: 'Information Security Basics', category: 'Security', minutes: 30, validityMonths: 12, assignedDaysAgo: 400, dueDays: 30, recurrence: 'ON_EXPIRY', completed: 0.7, inProgress: 0.1,
    description: 'Passwords, phishing and handling data: the yearly refresher everyone takes.',
    modules: [
      { kind: 'MARKDOWN', title: 'Passwords and phishing', content: '## Passwords\n\n- Use the password manager.\n- Never reuse a work password.\n\n## Phishing\n\nCheck the sender, hover over links, and report anything odd with the **Report** button.' },
      { kind: 'EXTERNAL_LINK', title: 'Watch: spotting a phishing mail (6 min)', url: 'https://www.ncsc.gov.uk/guidance/phishing' },
      {
        kind: 'QUIZ', title: 'Security quiz',
        quiz: [
          { prompt: 'A mail from "IT" asks for your password. What do you do?', options: [['Reply with it', false], ['Report it as phishing', true]] },
          { prompt: 'Where do customer files belong?', options: [['A personal cloud drive', false], ['The company document store', true], ['A USB stick', false]] },
        ],
      },
    ],
  },
  {
    title: 'Inclusive Leadership', category: 'Leadership', minutes: 90, validityMonths: null, managersOnly: true, assignedDaysAgo: 20, dueDays: 90, recurrence: 'NONE', completed: 0.3, inProgress: 0.3,
    description: 'For people managers: hiring, feedback and meetings where everyone is heard.',
    modules: [
      { kind: 'MARKDOWN', title: 'Why it matters', content: '## Every voice\n\nTeams where everyone speaks decide better. This course gives you three habits to practise.' },
      { kind: 'ATTENDANCE', title: 'Workshop (half a day)', content: 'Book a seat in one of the workshops; your attendance is confirmed by the trainer.' },
    ],
  },
];

/** A stable number in [0, 1) per person and course, so the demo looks the same at every start. */
const share = (userId: string, course: string) => createHash('sha256').update(`${userId}:${course}`).digest().readUInt32BE(0) / 2 ** 32;

/**
 * The demo's training: three published courses assigned to everyone (and to managers), with
 * completions and certificates, work in progress, overdue enrolments and, for the yearly security
 * course, certificates expiring soon and expired ones. Written as the training domain would write
 * them (SQL only). The demo logins get a known mix: the employee has both courses open, the
 * manager has completed them.
 */
export async function seedDemoTraining(db: DemoDb, organizationId: string, log: (m: string) => void = () => undefined): Promise<boolean> {
  const { rows: existing } = await db.query(`SELECT 1 FROM training_courses WHERE organization_id = $1 LIMIT 1`, [organizationId]);
  if (existing.length) return false;
  const { hrId, people } = await demoPeople(db, organizationId);
  if (!hrId || people.length === 0) return false;
  const logins = await demoPeopleByEmail(db, organizationId, ['employee@pillars.demo', 'manager@pillars.demo']);
  const everyone = await demoEveryoneAudience(db, organizationId, hrId);
  const managerIds = await demoManagerIds(db, organizationId);
  const now = Date.now();
  let enrolments = 0;

  for (const c of COURSES) {
    let audienceId = everyone;
    if (c.managersOnly) audienceId = await demoUsersAudience(db, organizationId, hrId, managerIds);
    const assignedAt = new Date(now - c.assignedDaysAgo * DAY);
    const courseId = randomUUID();
    const versionId = randomUUID();
    await db.query(`INSERT INTO training_courses (id, organization_id, owner_id, category, status, created_by, created_at) VALUES ($1, $2, $3, $4, 'PUBLISHED', $3, $5)`, [courseId, organizationId, hrId, c.category, assignedAt]);
    await db.query(
      `INSERT INTO training_course_versions (id, organization_id, course_id, number, title, description, estimated_minutes, languages, validity_months, created_by, created_at)
       VALUES ($1, $2, $3, 1, $4, $5, $6, $7, $8, $9, $10)`,
      [versionId, organizationId, courseId, c.title, c.description, c.minutes, ['en', 'ar', 'he', 'it'], c.validityMonths, hrId, assignedAt],
    );
    await db.query(`UPDATE training_courses SET current_version_id = $2 WHERE id = $1`, [courseId, versionId]);

    const moduleIds: string[] = [];
    for (const [i, m] of c.modules.entries()) {
      let kind = m.kind;
      let policyId: string | null = null;
      if (m.kind === 'POLICY_ACK') {
        policyId = await demoPolicyId(db, organizationId, m.policyTitle ?? '');
        if (!policyId) kind = 'MARKDOWN'; // without the policies' seed: a reading module instead
      }
      const questions = m.quiz?.map((q) => {
        const options = q.options.map(([text, correct]) => ({ id: randomUUID(), text, correct }));
        return { id: randomUUID(), prompt: q.prompt, multiple: false, options: options.map(({ id, text }) => ({ id, text })), correct: options.filter((o) => o.correct).map((o) => o.id) };
      });
      const id = randomUUID();
      moduleIds.push(id);
      await db.query(
        `INSERT INTO training_modules (id, organization_id, version_id, position, kind, title, content, url, policy_id, pass_mark, max_attempts, draw_count, questions)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
        [id, organizationId, versionId, i + 1, kind, m.title, kind === 'MARKDOWN' && !m.content ? `Read the ${m.policyTitle} in the policy library.` : (m.content ?? null), m.url ?? null, policyId,
          questions ? 70 : null, questions ? 3 : null, questions ? questions.length : null, questions ? JSON.stringify(questions) : null],
      );
      if (kind === 'ATTENDANCE') {
        // Two half-day workshops, two and four weeks from the seed, 9:00 to 13:00 UTC.
        await db.query(
          `INSERT INTO training_sessions (organization_id, module_id, starts_at, ends_at, place, capacity)
           SELECT $1, $2, date_trunc('day', now()) + make_interval(days => w * 14, hours => 9), date_trunc('day', now()) + make_interval(days => w * 14, hours => 13), $3, 12
             FROM generate_series(1, 2) w`,
          [organizationId, id, 'Meeting room Agora, 2nd floor'],
        );
      }
    }

    const assignmentId = randomUUID();
    await db.query(
      `INSERT INTO training_assignments (id, organization_id, course_id, audience_id, due_kind, due_days, recurrence_kind, created_by, assigned_at)
       VALUES ($1, $2, $3, $4, 'AFTER_ASSIGNMENT', $5, $6, $7, $8)`,
      [assignmentId, organizationId, courseId, audienceId, c.dueDays, c.recurrence, hrId, assignedAt],
    );

    const members = c.managersOnly ? people.filter((p) => managerIds.includes(p.id)) : people;
    const dueAt = new Date(assignedAt.getTime() + c.dueDays * DAY);
    for (const person of members) {
      let x = share(person.id, c.title);
      if (person.id === logins.get('employee@pillars.demo')) x = c.completed + 0.01; // in progress: something to resume
      if (person.id === logins.get('manager@pillars.demo')) x = 0; // done
      const enrolmentId = randomUUID();
      let completedAt: Date | null = null;
      let startedAt: Date | null = null;
      let done = 0;
      if (x < c.completed) {
        // Completions spread over the time since assignment; a yearly course's oldest are expiring or expired.
        const ago = Math.floor((x / c.completed) * (c.assignedDaysAgo - 1) * DAY);
        completedAt = new Date(now - ago);
        startedAt = new Date(completedAt.getTime() - DAY);
        done = c.modules.length;
      } else if (x < c.completed + c.inProgress) {
        startedAt = new Date(now - Math.floor(((x - c.completed) / c.inProgress) * Math.min(c.assignedDaysAgo, 30) * DAY));
        done = 1;
      }
      const expiresAt = completedAt && c.validityMonths ? new Date(completedAt.getTime() + c.validityMonths * MONTH) : null;
      await db.query(
        `INSERT INTO training_enrolments (id, organization_id, course_id, version_id, user_id, assignment_id, enrolled_at, due_at, started_at, completed_at, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
        [enrolmentId, organizationId, courseId, versionId, person.id, assignmentId, assignedAt, dueAt, startedAt, completedAt, expiresAt],
      );
      for (const moduleId of moduleIds.slice(0, done)) {
        await db.query(`INSERT INTO training_progress (enrolment_id, module_id, organization_id, completed_at, completed_by) VALUES ($1, $2, $3, $4, $5)`, [
          enrolmentId, moduleId, organizationId, completedAt ?? startedAt, person.id,
        ]);
      }
      if (completedAt) {
        await db.query(
          `INSERT INTO training_certificates (organization_id, enrolment_id, user_id, code, person_name, course_title, completed_at, expires_at, issued_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $7)`,
          [organizationId, enrolmentId, person.id, newCertificateCode(), person.name, c.title, completedAt, expiresAt],
        );
      }
      enrolments++;
    }
  }
  log(`seeded ${COURSES.length} demo training courses with ${enrolments} enrolments`);
  return true;
}
