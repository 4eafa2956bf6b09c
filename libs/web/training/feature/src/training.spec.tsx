import { feedsFeature } from '@pillars/web/feeds/feature';
import type { TrainingStatus } from '@pillars/web/graphql';
import { renderWithProviders } from '@pillars/web/testing';
import { CompleteTrainingModuleDocument, MyTrainingDocument, PendingTrainingEvidenceCountDocument, TrainingHistoryDocument, StartTrainingQuizDocument, SubmitTrainingQuizDocument, TrainingMatrixDocument, TrainingPlayerDocument, trainingTypePolicies } from '@pillars/web/training/data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { trainingLocales } from './training.feature';
import { MyTrainingPage } from './my-training-page';
import { TrainingMatrixPage } from './training-matrix-page';
import { TrainingHistoryPage } from './training-history-page';
import { TrainingPlayerPage } from './training-player-page';
import { meMockWith } from './training.spec-helpers';

const ENROLMENT = 'e1';
const meMock = meMockWith();

const module = (id: string, position: number, kind: 'MARKDOWN' | 'QUIZ', title: string) => ({
  __typename: 'TrainingModule' as const, id, position, kind, title, contentHtml: kind === 'MARKDOWN' ? '<p>Think before you post.</p>' : null, url: null, policyId: null,
  passMark: kind === 'QUIZ' ? 80 : null, maxAttempts: kind === 'QUIZ' ? 3 : null, drawCount: kind === 'QUIZ' ? 1 : null, sessions: [],
});
const item = (m: ReturnType<typeof module>, done: boolean, score: number | null = null) => ({ __typename: 'TrainingPlayerModule' as const, module: m, done, completedAt: done ? '2026-12-02T10:00:00.000Z' : null, score, evidenceStatus: null, evidenceReason: null, bookedSessionId: null });
const READ = module('m1', 1, 'MARKDOWN', 'Why it matters');
const QUIZ = module('m2', 2, 'QUIZ', 'Check yourself');
const cert = { __typename: 'TrainingCertificate' as const, id: 'c1', code: 'K7Q2-VX9P', completedAt: '2026-12-02T10:00:00.000Z', expiresAt: '2027-12-02T10:00:00.000Z', pdfUrl: '/training/certificates/c1/certificate.pdf' };
const player = (done: number, score: number | null = null) => ({
  __typename: 'TrainingPlayer' as const,
  resumeModuleId: done === 0 ? READ.id : done === 1 ? QUIZ.id : null,
  enrolment: {
    __typename: 'TrainingEnrolment' as const, id: ENROLMENT, userId: 'u1', courseId: 'k1', courseTitle: 'Social Media Essentials', cycle: 1, status: (done === 2 ? 'DONE' : done ? 'IN_PROGRESS' : 'NOT_STARTED') as TrainingStatus,
    enrolledAt: '2026-11-20T10:00:00.000Z', dueAt: '2026-12-20T10:00:00.000Z', completedAt: done === 2 ? '2026-12-02T10:00:00.000Z' : null, expiresAt: done === 2 ? '2027-12-02T10:00:00.000Z' : null,
    modulesDone: done, modulesTotal: 2, certificate: done === 2 ? cert : null,
  },
  course: { __typename: 'TrainingCourse' as const, id: 'k1', versionId: 'kv1', title: 'Social Media Essentials', description: 'Posting as yourself and as us.', estimatedMinutes: 20, validityMonths: 12 },
  modules: [item(QUIZ, done >= 2, score), item(READ, done >= 1)],
});

describe('training player (web)', () => {
  it('resumes at the first open module, completes the reading and passes the quiz, then shows the certificate', async () => {
    let answered: unknown = null;
    const mocks = [
      meMock,
      { request: { query: TrainingPlayerDocument, variables: { enrolmentId: ENROLMENT } }, result: { data: { trainingPlayer: player(0) } } },
      { request: { query: CompleteTrainingModuleDocument, variables: { enrolmentId: ENROLMENT, moduleId: READ.id } }, result: { data: { completeTrainingModule: { __typename: 'TrainingEnrolmentPayload', player: player(1) } } } },
      {
        request: { query: StartTrainingQuizDocument, variables: { enrolmentId: ENROLMENT, moduleId: QUIZ.id } },
        result: {
          data: {
            startTrainingQuiz: {
              __typename: 'TrainingQuizAttempt', id: 'a1', number: 1, maxAttempts: 3, passMark: 80,
              questions: [{ __typename: 'TrainingQuizQuestion', id: 'q1', prompt: 'Who speaks for the company?', multiple: false, options: [{ __typename: 'TrainingQuizOption', id: 'o1', text: 'Anyone' }, { __typename: 'TrainingQuizOption', id: 'o2', text: 'Communications' }] }],
            },
          },
        },
      },
      {
        request: {
          query: SubmitTrainingQuizDocument,
          variables: (v: Record<string, unknown>) => {
            answered = v;
            return true;
          },
        },
        result: { data: { submitTrainingQuiz: { __typename: 'TrainingEnrolmentPayload', player: player(2, 100) } } },
      },
    ];
    renderWithProviders(<TrainingPlayerPage />, { mocks, locales: [feedsFeature.locales, trainingLocales], typePolicies: [trainingTypePolicies], path: '/training/:enrolmentId', route: `/training/${ENROLMENT}` });

    // Modules in their order (the API's list is not), the reading open first.
    const steps = within(await screen.findByRole('list', { name: 'Modules' })).getAllByRole('listitem');
    expect(steps.map((s) => s.textContent)).toEqual(['1.Why it mattersReading', '2.Check yourselfQuiz']);
    expect(screen.getByRole('heading', { level: 2, name: 'Why it matters' })).toBeTruthy();
    expect(screen.getByText('Think before you post.')).toBeTruthy();
    expect(screen.getByText('0 of 2 modules done')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Mark complete' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Check yourself' })).toBeTruthy();
    expect(screen.getByText('1 of 2 modules done')).toBeTruthy();
    expect(screen.getByText('Pass mark: 80%')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Start the quiz' }));
    const submit = await screen.findByRole('button', { name: 'Submit answers' });
    expect((submit as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByLabelText('Communications'));
    fireEvent.click(submit);

    expect(await screen.findByText('Course completed')).toBeTruthy();
    expect(answered).toEqual({ input: { attemptId: 'a1', answers: [{ questionId: 'q1', optionIds: ['o2'] }] } });
    expect(screen.getByText('K7Q2-VX9P')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Download certificate (PDF)' }).getAttribute('href')).toBe('/training/certificates/c1/certificate.pdf');
    expect(screen.getByRole('link', { name: 'Verification page' }).getAttribute('href')).toBe('/certificates/verify/K7Q2-VX9P');
    // The last module selected is the quiz: its score shows.
    fireEvent.click(screen.getByText('Check yourself'));
    await waitFor(() => expect(screen.getByText('passed with 100%', { exact: false })).toBeTruthy());
  });

  it('says the score of a failed quiz attempt and offers another while attempts remain', async () => {
    const attempt = {
      __typename: 'TrainingQuizAttempt', id: 'a1', number: 1, maxAttempts: 3, passMark: 80,
      questions: [{ __typename: 'TrainingQuizQuestion', id: 'q1', prompt: 'Who speaks for the company?', multiple: false, options: [{ __typename: 'TrainingQuizOption', id: 'o1', text: 'Anyone' }, { __typename: 'TrainingQuizOption', id: 'o2', text: 'Communications' }] }],
    };
    const mocks = [
      meMock,
      { request: { query: TrainingPlayerDocument, variables: { enrolmentId: ENROLMENT } }, result: { data: { trainingPlayer: player(1) } } },
      { request: { query: StartTrainingQuizDocument, variables: { enrolmentId: ENROLMENT, moduleId: QUIZ.id } }, result: { data: { startTrainingQuiz: attempt } } },
      {
        request: { query: SubmitTrainingQuizDocument, variables: { input: { attemptId: 'a1', answers: [{ questionId: 'q1', optionIds: ['o1'] }] } } },
        result: { errors: [new GraphQLError('Below the pass mark', { extensions: { code: 'TRAINING_QUIZ_FAILED', score: 0, passMark: 80, attemptsLeft: 2 } })] },
      },
    ];
    renderWithProviders(<TrainingPlayerPage />, { mocks, locales: [feedsFeature.locales, trainingLocales], typePolicies: [trainingTypePolicies], path: '/training/:enrolmentId', route: `/training/${ENROLMENT}` });
    fireEvent.click(await screen.findByRole('button', { name: 'Start the quiz' }));
    fireEvent.click(await screen.findByLabelText('Anyone'));
    fireEvent.click(screen.getByRole('button', { name: 'Submit answers' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Not passed this time.');
    expect(alert.textContent).toContain('Your score: 0% (pass mark 80%). Attempts left: 2.');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});

describe('training matrix (web)', () => {
  it('groups people by team and says every status in words, with its date', async () => {
    // Columns k1, k2; each row a status and the date it speaks of per column (null: not required).
    const row = (userId: string, name: string, teamName: string | null, overdueCount: number, statuses: (TrainingStatus | null)[], dates: (string | null)[]) =>
      ({ __typename: 'TrainingMatrixRow' as const, userId, name, teamId: teamName ? `t-${teamName}` : null, teamName, overdueCount, statuses, dates });
    const matrix = {
      __typename: 'TrainingMatrix',
      columns: [{ __typename: 'TrainingMatrixColumn', courseId: 'k1', title: 'Security Basics' }, { __typename: 'TrainingMatrixColumn', courseId: 'k2', title: 'Inclusive Leadership' }],
      rows: [
        row('u2', 'Omar', 'Sales', 1, ['OVERDUE', 'IN_PROGRESS'], ['2026-11-01T12:00:00.000Z', null]),
        row('u3', 'Ana', 'Sales', 0, ['DONE', null], ['2026-10-05T12:00:00.000Z', null]),
        row('u4', 'Dan', 'Support', 0, ['EXPIRING', 'NOT_STARTED'], ['2026-12-10T12:00:00.000Z', null]),
        row('u5', 'Eli', null, 0, ['EXPIRED', null], ['2026-11-15T12:00:00.000Z', null]),
      ],
    };
    // The team filter is the server's (a team tree): Support's tree holds Dan and Fay, of its sub-team Field.
    const support = { ...matrix, rows: [matrix.rows[2], row('u6', 'Fay', 'Field', 0, ['NOT_STARTED', null], [null, null])] };
    renderWithProviders(<TrainingMatrixPage />, {
      mocks: [
        meMock,
        { request: { query: TrainingMatrixDocument, variables: { managerId: null } }, result: { data: { trainingMatrix: matrix } } },
        { request: { query: TrainingMatrixDocument, variables: { managerId: null, teamId: 't-Support' } }, result: { data: { trainingMatrix: support } } },
        { request: { query: PendingTrainingEvidenceCountDocument }, result: { data: { pendingTrainingEvidenceCount: 0 } } },
      ],
      locales: [trainingLocales],
      typePolicies: [trainingTypePolicies],
    });

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row').map((r) => Array.from(r.querySelectorAll('th,td')).map((c) => c.textContent));
    expect(rows).toEqual([
      // An overdue person in a column: a nudge for all of them in its header.
      ['Person', 'Security BasicsNudge overdue', 'Inclusive Leadership'],
      ['Sales'],
      ['Omar', 'Overdue since Nov 1, 2026', 'In progress'],
      ['Ana', 'Done Oct 5, 2026', 'Not required'],
      ['Support'],
      ['Dan', 'Expires Dec 10, 2026', 'Not started'],
      ['No team'],
      ['Eli', 'Expired Nov 15, 2026', 'Not required'],
    ]);
    // Scrolls sideways at phone width: a focusable region, so keyboard users can scroll it.
    expect(table.closest('[role="region"]')?.getAttribute('tabindex')).toBe('0');
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeTruthy();

    // Filters narrow the rows and columns; "most overdue first" drops the team groups.
    const texts = () => within(screen.getByRole('table')).getAllByRole('row').map((r) => Array.from(r.querySelectorAll('th,td')).map((c) => c.textContent));
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: 'NOT_STARTED' } });
    expect(texts()).toEqual([['Person', 'Security Basics', 'Inclusive Leadership'], ['Support'], ['Dan', 'Expires Dec 10, 2026', 'Not started']]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Status' }), { target: { value: '' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Course' }), { target: { value: 'k2' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Order' }), { target: { value: 'overdue' } });
    // Overdue counts only in the courses shown: none here, so by name.
    expect(texts()).toEqual([['Person', 'Inclusive Leadership'], ['DanSupport', 'Not started'], ['OmarSales', 'In progress']]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Course' }), { target: { value: '' } });
    expect(texts().slice(1).map((r) => r[0])).toEqual(['OmarSales', 'AnaSales', 'DanSupport', 'EliNo team']);
    expect(within(screen.getByRole('combobox', { name: 'Team' })).getAllByRole('option').map((o) => [o.getAttribute('value'), o.textContent])).toEqual([
      ['', 'All teams'], ['t-Sales', 'Sales'], ['t-Support', 'Support'], ['-', 'No team'],
    ]);
    fireEvent.change(screen.getByRole('combobox', { name: 'Team' }), { target: { value: 't-Support' } });
    await waitFor(() => expect(texts().slice(1).map((r) => r[0])).toEqual(['DanSupport', 'FayField']));
    fireEvent.change(screen.getByRole('combobox', { name: 'Team' }), { target: { value: '-' } });
    expect(texts().slice(1).map((r) => r[0])).toEqual(['EliNo team']);
  });
});

describe('my training (web)', () => {
  it('lists the sections the API gives, overdue first, with the certificate of a completed course', async () => {
    const done = player(2).enrolment;
    const late = { ...player(0).enrolment, id: 'e2', courseTitle: 'Information Security Basics', status: 'OVERDUE' as TrainingStatus, dueAt: '2026-11-01T12:00:00.000Z' };
    const mine = { __typename: 'MyTraining', assigned: [], inProgress: [], dueSoon: [], overdue: [late], completed: [done] };
    renderWithProviders(<MyTrainingPage />, { mocks: [meMock, { request: { query: MyTrainingDocument }, result: { data: { myTraining: mine } } }], locales: [trainingLocales], typePolicies: [trainingTypePolicies] });
    const headings = (await screen.findAllByRole('heading', { level: 2 })).map((h) => h.textContent);
    expect(headings).toEqual(['Overdue (1)', 'Completed (1)']);
    expect(screen.getByText('Overdue since Nov 1, 2026')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Information Security Basics' }).getAttribute('href')).toBe('/training/e2');
    expect(screen.getByRole('link', { name: 'Download certificate (PDF)' }).getAttribute('href')).toBe('/training/certificates/c1/certificate.pdf');
  });
});

describe('training history (web)', () => {
  it('lists a person\'s every enrolment, renewals with their cycle, and pages on', async () => {
    const done = player(2).enrolment;
    const renewal = { ...player(0).enrolment, id: 'e3', cycle: 2, enrolledAt: '2027-11-02T10:00:00.000Z', dueAt: '2027-12-02T10:00:00.000Z' };
    const older = { ...player(0).enrolment, id: 'e4', courseTitle: 'Information Security Basics', status: 'OVERDUE' as TrainingStatus, dueAt: '2026-11-01T12:00:00.000Z' };
    const page = (nodes: (typeof done)[], hasNextPage: boolean) => ({
      user: { __typename: 'User', id: 'u2', name: 'Omar Haddad' },
      trainingHistory: { __typename: 'TrainingEnrolmentConnection', edges: nodes.map((n) => ({ __typename: 'TrainingEnrolmentEdge', cursor: `c-${n.id}`, node: n })), pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: nodes.length ? `c-${nodes[nodes.length - 1].id}` : null } },
    });
    const mocks = [
      meMock,
      { request: { query: TrainingHistoryDocument, variables: { userId: 'u2', first: 50, after: null } }, result: { data: page([renewal, done], true) } },
      { request: { query: TrainingHistoryDocument, variables: { userId: 'u2', first: 50, after: 'c-e1' } }, result: { data: page([older], false) } },
    ];
    renderWithProviders(<TrainingHistoryPage />, { mocks, locales: [trainingLocales], typePolicies: [trainingTypePolicies], path: '/training/people/:userId', route: '/training/people/u2' });
    expect(await screen.findByText('Omar Haddad')).toBeTruthy();
    const cards = () => screen.getAllByRole('article');
    expect(cards()).toHaveLength(2);
    expect(cards()[0].textContent).toContain('cycle 2 · enrolled Nov 2, 2027 · 0 of 2 modules done');
    expect(within(cards()[1]).getByRole('link', { name: 'Download certificate (PDF)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Show older training' }));
    expect(await screen.findByText('Overdue since Nov 1, 2026')).toBeTruthy();
    expect(cards()).toHaveLength(3);
  });
});
