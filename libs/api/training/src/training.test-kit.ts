import type { INestApplication } from '@nestjs/common';
import { EventsService } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { appUrl, closeTestDb, createTestApp, gql, type TestUser } from '@pillars/api/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TrainingModule } from './training.module';

/** GraphQL documents and helpers shared by the training specs (not a spec). */
export const COURSE_FIELDS = `id status version versionId title validityMonths modules { id position kind title url drawCount questionCount }`;
export const CREATE = `mutation($input: TrainingCourseInput!) { createTrainingCourse(input: $input) { ${COURSE_FIELDS} } }`;
export const UPDATE = `mutation($id: ID!, $input: TrainingCourseInput!) { updateTrainingCourse(id: $id, input: $input) { ${COURSE_FIELDS} } }`;
export const PUBLISH = `mutation($id: ID!) { publishTrainingCourse(id: $id) { id status } }`;
export const ASSIGN = `mutation($input: AssignTrainingInput!) { assignTraining(input: $input) { id enrolled dueKind recurrence } }`;
export const ENROLMENT_FIELDS = `id courseId userId courseTitle cycle status enrolledAt dueAt completedAt expiresAt modulesDone modulesTotal certificate { id code completedAt expiresAt pdfUrl }`;
export const MINE = `query { myTraining { assigned { ${ENROLMENT_FIELDS} } inProgress { ${ENROLMENT_FIELDS} } dueSoon { ${ENROLMENT_FIELDS} } overdue { ${ENROLMENT_FIELDS} } completed { ${ENROLMENT_FIELDS} } } }`;
export const PLAYER = `query($id: ID!) { trainingPlayer(enrolmentId: $id) { resumeModuleId enrolment { ${ENROLMENT_FIELDS} } course { id version title } modules { done score evidenceStatus evidenceReason module { id kind title } } } }`;
export const COMPLETE = `mutation($e: ID!, $m: ID!) { completeTrainingModule(enrolmentId: $e, moduleId: $m) { player { resumeModuleId enrolment { ${ENROLMENT_FIELDS} } } } }`;
export const START_QUIZ = `mutation($e: ID!, $m: ID!) { startTrainingQuiz(enrolmentId: $e, moduleId: $m) { id number maxAttempts passMark questions { id prompt multiple options { id text } } } }`;
export const SUBMIT_QUIZ = `mutation($input: SubmitTrainingQuizInput!) { submitTrainingQuiz(input: $input) { player { enrolment { ${ENROLMENT_FIELDS} } } } }`;
export const VERIFY = `query($code: String!) { verifyTrainingCertificate(code: $code) { personName courseTitle completedAt expiresAt valid } }`;
export const MATRIX = `query($managerId: ID) { trainingMatrix(managerId: $managerId) { columns { courseId title } rows { userId name teamName overdueCount statuses dates } } }`;

export type Enrolment = {
  id: string; courseId: string; userId: string; courseTitle: string; cycle: number; status: string; enrolledAt: string; dueAt: string | null;
  completedAt: string | null; expiresAt: string | null; modulesDone: number; modulesTotal: number;
  certificate: { id: string; code: string; completedAt: string; expiresAt: string | null; pdfUrl: string } | null;
};
export type Mine = { myTraining: Record<'assigned' | 'inProgress' | 'dueSoon' | 'overdue' | 'completed', Enrolment[]> };
export type Course = { id: string; status: string; version: number; versionId: string; title: string; validityMonths: number | null; modules: { id: string; position: number; kind: string; title: string; url: string | null; drawCount: number | null; questionCount: number | null }[] };

export const markdown = (title = 'Read me') => ({ kind: 'MARKDOWN', title, content: '## Why\n\nBecause **it matters**.' });
export const link = () => ({ kind: 'EXTERNAL_LINK', title: 'Watch the video', url: 'https://videos.example.com/watch?v=1' });
/** Three questions; the first option of each is right; two are drawn per attempt. */
export const quiz = () => ({
  kind: 'QUIZ', title: 'Check yourself', passMark: 100, maxAttempts: 2, drawCount: 2,
  questions: [1, 2, 3].map((n) => ({ prompt: `Question ${n}?`, multiple: false, options: [{ text: `Right ${n}`, correct: true }, { text: `Wrong ${n}`, correct: false }] })),
});
export const courseInput = (extra: Record<string, unknown> = {}) => ({
  title: 'Information Security Basics', description: 'Passwords, phishing, devices.', category: 'Security', estimatedMinutes: 30, languages: ['en'], modules: [markdown()], ...extra,
});

export function trainingKit(app: () => INestApplication) {
  const ok = async <T>(actor: TestUser | null, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const client = gql(app());
    const res = await (actor ? client.as(actor) : client).send<T>(query, variables);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  };
  const drain = async (): Promise<void> => {
    for (let i = 0; i < 4; i++) await app().get(EventsService).kick();
  };
  const published = async (hr: TestUser, extra: Record<string, unknown> = {}): Promise<Course> => {
    const course = (await ok<{ createTrainingCourse: Course }>(hr, CREATE, { input: courseInput(extra) })).createTrainingCourse;
    await ok(hr, PUBLISH, { id: course.id });
    return course;
  };
  const mine = async (who: TestUser) => (await ok<Mine>(who, MINE)).myTraining;
  const all = (m: Mine['myTraining']) => [...m.assigned, ...m.inProgress, ...m.dueSoon, ...m.overdue, ...m.completed];
  const enrolmentOf = async (who: TestUser, courseId: string) => all(await mine(who)).find((e) => e.courseId === courseId);
  /** Passes a quiz module: reads the drawn questions and picks each "Right" option. */
  const passQuiz = async (who: TestUser, enrolmentId: string, moduleId: string) => {
    const attempt = (await ok<{ startTrainingQuiz: { id: string; questions: { id: string; options: { id: string; text: string }[] }[] } }>(who, START_QUIZ, { e: enrolmentId, m: moduleId })).startTrainingQuiz;
    const answers = attempt.questions.map((q) => ({ questionId: q.id, optionIds: q.options.filter((o) => o.text.startsWith('Right')).map((o) => o.id) }));
    return gql(app()).as(who).send(SUBMIT_QUIZ, { input: { attemptId: attempt.id, answers } });
  };
  const upload = async (user: TestUser, data: Buffer, name: string): Promise<{ status: number; id?: string; code?: string }> => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(data)]), name);
    const res = await fetch(`${appUrl(app())}/files`, { method: 'POST', body: form, headers: { cookie: `pillars_session=${user.token}`, 'x-pillars-csrf': '1' } });
    const body = (await res.json()) as { file?: { id: string }; errors?: { extensions: { code: string } }[] };
    return { status: res.status, id: body.file?.id, code: body.errors?.[0]?.extensions.code };
  };
  return { ok, drain, published, mine, all, enrolmentOf, passQuiz, upload };
}

/**
 * A training spec's app: registers `beforeAll` (a Nest app with the directory and training) and
 * `afterAll` (drain the outbox, close the app and the database); returns the app and the kit.
 * `uploads` (a folder-name prefix): the app stores files (evidence) in a temporary folder of its
 * own, removed afterwards.
 */
export function trainingTestApp(opts: { uploads?: string } = {}) {
  let current: INestApplication | undefined;
  let uploads: string | undefined;
  const app = (): INestApplication => {
    if (!current) throw new Error('the training test app is not started yet');
    return current;
  };
  const kit = trainingKit(app);
  beforeAll(async () => {
    if (opts.uploads) {
      uploads = await mkdtemp(join(tmpdir(), opts.uploads));
      process.env['UPLOADS_DIR'] = uploads;
    }
    current = await createTestApp([DirectoryModule, TrainingModule]);
  });
  afterAll(async () => {
    await kit.drain();
    await app().close();
    await closeTestDb();
    if (uploads) await rm(uploads, { recursive: true, force: true });
  });
  return { app, kit };
}
