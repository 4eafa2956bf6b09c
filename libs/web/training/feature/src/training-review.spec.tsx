import type { TrainingStatus } from '@pillars/web/graphql';
import { renderWithProviders } from '@pillars/web/testing';
import {
  NudgeTrainingDocument, PendingTrainingEvidenceCountDocument, PendingTrainingEvidenceDocument, ReviewTrainingEvidenceDocument, TrainingCourseReportDocument, TrainingCoursesDocument,
  TrainingMatrixDocument, TrainingRollupDocument, trainingTypePolicies,
} from '@pillars/web/training/data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { trainingLocales } from './training.feature';
import { TrainingEvidencePage } from './training-evidence-page';
import { TrainingMatrixPage } from './training-matrix-page';
import { TrainingReportsPage } from './training-reports-page';
import { meMockWith } from './training.spec-helpers';

const base = { locales: [trainingLocales], typePolicies: [trainingTypePolicies] };
const evidence = (id: string, personName: string, fileName: string) => ({
  __typename: 'TrainingEvidenceReview' as const, id, enrolmentId: `e-${id}`, userId: `u-${id}`, personName, courseId: 'k1', courseTitle: 'First Aid', moduleTitle: 'Your first-aid certificate',
  submittedAt: new Date(Date.now() - 2 * 3600_000).toISOString(), file: { __typename: 'File' as const, id: `f-${id}`, name: fileName, mime: 'application/pdf', url: `/files/f-${id}` },
});
const pending = (nodes: ReturnType<typeof evidence>[], hasNextPage = false) => ({
  pendingTrainingEvidence: {
    __typename: 'TrainingEvidenceReviewConnection', edges: nodes.map((n) => ({ __typename: 'TrainingEvidenceReviewEdge', cursor: `c-${n.id}`, node: n })),
    pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor: nodes.length ? `c-${nodes[nodes.length - 1].id}` : null },
  },
});
const PAGE = { first: 20, after: null };

describe('evidence review (web)', () => {
  it('lists uploads with person, course, module, file and age; approves one, and rejects another only with a reason', async () => {
    const ada = evidence('x1', 'Ada Lovelace', 'ada-first-aid.pdf');
    const bo = evidence('x2', 'Bo Chen', 'bo-first-aid.pdf');
    const reviewed: unknown[] = [];
    const review = (input: Record<string, unknown>) => ({
      request: { query: ReviewTrainingEvidenceDocument, variables: (v: Record<string, unknown>) => { const same = JSON.stringify(v['input']) === JSON.stringify(input); if (same) reviewed.push(input); return same; } },
      result: { data: { reviewTrainingEvidence: input['evidenceId'] } },
    });
    const mocks = [
      meMockWith(),
      { request: { query: PendingTrainingEvidenceDocument, variables: PAGE }, result: { data: pending([bo, ada]) } },
      review({ evidenceId: 'x2', approve: true }),
      { request: { query: PendingTrainingEvidenceDocument, variables: PAGE }, result: { data: pending([ada]) } },
      review({ evidenceId: 'x1', approve: false, reason: 'The scan is unreadable.' }),
      { request: { query: PendingTrainingEvidenceDocument, variables: PAGE }, result: { data: pending([]) } },
    ];
    renderWithProviders(<TrainingEvidencePage />, { ...base, mocks });

    const items = await screen.findAllByRole('listitem');
    expect(items.map((i) => within(i).getByRole('heading').textContent)).toEqual(['Bo Chen', 'Ada Lovelace']);
    expect(items[0].textContent).toContain('First Aid · Your first-aid certificate');
    expect(items[0].textContent).toContain('Uploaded 2 hours ago');
    const file = within(items[0]).getByRole('link', { name: /^bo-first-aid\.pdf\s*\(opens in a new tab\)$/ });
    expect(file.getAttribute('href')).toBe('/files/f-x2');

    fireEvent.click(screen.getByRole('button', { name: 'Approve the upload of Bo Chen' }));
    expect(await screen.findByText('Approved the upload of Bo Chen.')).toBeTruthy();
    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(1));

    fireEvent.click(screen.getByRole('button', { name: 'Reject the upload of Ada Lovelace' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject this upload' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reject upload' }));
    expect(await within(dialog).findByText('Say why it is rejected.')).toBeTruthy();
    expect(reviewed).toHaveLength(1);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), { target: { value: '  The scan is unreadable. ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Reject upload' }));
    expect(await screen.findByText('Rejected the upload of Ada Lovelace; they can upload again.')).toBeTruthy();
    expect(reviewed).toEqual([{ evidenceId: 'x2', approve: true }, { evidenceId: 'x1', approve: false, reason: 'The scan is unreadable.' }]);
    expect(await screen.findByText('Nothing waiting for review')).toBeTruthy();
  });

  it('pages on, and shows the reviewed-twice error in words', async () => {
    const mocks = [
      meMockWith(),
      { request: { query: PendingTrainingEvidenceDocument, variables: PAGE }, result: { data: pending([evidence('x1', 'Ada Lovelace', 'a.pdf')], true) } },
      { request: { query: PendingTrainingEvidenceDocument, variables: { first: 20, after: 'c-x1' } }, result: { data: pending([evidence('x3', 'Chiara Rossi', 'c.png')]) } },
      { request: { query: ReviewTrainingEvidenceDocument, variables: { input: { evidenceId: 'x3', approve: true } } }, result: { errors: [new GraphQLError('Already reviewed', { extensions: { code: 'TRAINING_EVIDENCE_REVIEWED' } })] } },
    ];
    renderWithProviders(<TrainingEvidencePage />, { ...base, mocks });
    fireEvent.click(await screen.findByRole('button', { name: 'Show more' }));
    expect(await screen.findByRole('heading', { name: 'Chiara Rossi' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Show more' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Approve the upload of Chiara Rossi' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/review/i);
  });
});

describe('training reports (web)', () => {
  const course = { __typename: 'TrainingCourse', id: 'k1', versionId: 'kv1', status: 'PUBLISHED', version: 1, title: 'Security Basics', category: 'Security', estimatedMinutes: 30, validityMonths: 12, languages: ['en'], modules: [] };
  const counts = (required: number, done: number, overdue = 0, expired = 0) => ({ __typename: 'TrainingCounts', required, done, overdue, expired, percent: required ? Math.round((done / required) * 1000) / 10 : 0 });
  const months = Array.from({ length: 12 }, (_, i) => ({ __typename: 'TrainingCompletionMonth', month: new Date(Date.UTC(2026, i, 1)).toISOString(), required: 11, done: i, percent: Math.round((i / 11) * 1000) / 10 }));
  const mocks = (hr: boolean) => [
    meMockWith({ canManageTraining: hr }),
    { request: { query: TrainingCoursesDocument, variables: { first: 100, after: null, status: 'PUBLISHED' } }, result: { data: { trainingCourses: { __typename: 'TrainingCourseConnection', edges: [{ __typename: 'TrainingCourseEdge', cursor: 'c1', node: course }], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: 'c1' } } } } },
    { request: { query: TrainingCourseReportDocument, variables: { courseId: 'k1' } }, result: { data: { trainingCourseCompletion: counts(10, 7, 2, 1), trainingCompletionTrend: months } } },
    { request: { query: TrainingRollupDocument, variables: { courseId: 'k1' } }, result: { data: { trainingRollup: { __typename: 'TrainingRollup', totals: counts(10, 7, 2, 1), groups: [{ __typename: 'TrainingRollupGroup', teamId: 't2', name: 'Field sales', parentId: 't1', counts: counts(1, 0, 1) }, { __typename: 'TrainingRollupGroup', teamId: 't1', name: 'Sales', parentId: null, counts: counts(4, 1, 2) }, { __typename: 'TrainingRollupGroup', teamId: 't3', name: 'Accounts', parentId: 't1', counts: counts(2, 1, 0) }] } } } },
  ];

  it('shows a course\'s completion, its trend as a chart and as a table, and HR the teams', async () => {
    renderWithProviders(<TrainingReportsPage />, { ...base, mocks: mocks(true) });
    const trend = await screen.findByRole('table', { name: 'Completion rate at the end of each month' });
    expect(screen.getByRole('combobox', { name: 'Course' })).toBeTruthy();
    const summary = Array.from(document.querySelectorAll('dl dt, dl dd')).map((x) => x.textContent);
    expect(summary).toEqual(['Completion rate', '70%', 'Done of required', '7 of 10', 'Overdue', '2', 'Expired', '1']);
    // The chart is for the eye; the table says the same to a screen reader.
    expect(screen.getByTestId('completion-trend-chart').getAttribute('aria-hidden')).toBe('true');
    const rows = within(trend).getAllByRole('row').slice(1).map((r) => Array.from(r.querySelectorAll('th,td')).map((c) => c.textContent));
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual(['Jan 26', '0%', '0 of 11']);
    expect(rows[5]).toEqual(['Jun 26', '45.5%', '5 of 11']);
    expect(rows[11]).toEqual(['Dec 26', '100%', '11 of 11']);
    const teams = await screen.findByRole('table', { name: 'By team' });
    const teamRows = within(teams).getAllByRole('row').map((r) => Array.from(r.querySelectorAll('th,td')).map((c) => c.textContent));
    expect(teamRows).toEqual([
      ['Team', 'Completion rate', 'Done of required', 'Overdue', 'Expired'],
      ['Whole organisation', '70%', '7 of 10', '2', '1'],
      ['Sales', '25%', '1 of 4', '2', '0'],
      ['Accounts', '50%', '1 of 2', '0', '0'],
      ['Field sales', '0%', '0 of 1', '1', '0'],
    ]);
    // The tree: a team's sub-teams follow it, indented.
    const indent = (name: string) => (within(teams).getByRole('rowheader', { name }) as HTMLElement).style.paddingInlineStart;
    expect(indent('Accounts')).toContain('1.25rem');
    expect(indent('Sales')).toContain('0rem');
  });

  it('leaves the team roll-up to HR, and reads right to left in Arabic', async () => {
    renderWithProviders(<TrainingReportsPage />, { ...base, mocks: mocks(false), language: 'ar' });
    expect(await screen.findByRole('heading', { level: 1, name: 'تقارير التدريب' })).toBeTruthy();
    expect(await screen.findByRole('table', { name: 'نسبة الإكمال في نهاية كل شهر' })).toBeTruthy();
    expect(screen.queryByRole('table', { name: 'حسب الفريق' })).toBeNull();
  });
});

describe('matrix nudges (web)', () => {
  // One column (k1): each row's status and the date it speaks of.
  const cell = (status: TrainingStatus) => ({ statuses: [status], dates: [status === 'OVERDUE' ? '2026-11-01T12:00:00.000Z' : null] });
  const matrix = {
    __typename: 'TrainingMatrix',
    columns: [{ __typename: 'TrainingMatrixColumn', courseId: 'k1', title: 'Security Basics' }],
    rows: [
      { __typename: 'TrainingMatrixRow', userId: 'u2', name: 'Omar', teamId: 't1', teamName: 'Sales', overdueCount: 1, ...cell('OVERDUE') },
      { __typename: 'TrainingMatrixRow', userId: 'u3', name: 'Ana', teamId: 't1', teamName: 'Sales', overdueCount: 1, ...cell('OVERDUE') },
      { __typename: 'TrainingMatrixRow', userId: 'u4', name: 'Dan', teamId: 't1', teamName: 'Sales', overdueCount: 0, ...cell('NOT_STARTED') },
    ],
  };
  const rateLimited = { errors: [new GraphQLError('Too many attempts', { extensions: { code: 'RATE_LIMITED', retryAfter: 3600 } })] };
  const mocks = [
    meMockWith(),
    { request: { query: TrainingMatrixDocument, variables: { managerId: null } }, result: { data: { trainingMatrix: matrix } } },
    { request: { query: PendingTrainingEvidenceCountDocument }, result: { data: { pendingTrainingEvidenceCount: 3 } } },
    { request: { query: NudgeTrainingDocument, variables: { courseId: 'k1', userId: 'u2' } }, result: { data: { nudgeTraining: 1 } } },
    { request: { query: NudgeTrainingDocument, variables: { courseId: 'k1', userId: 'u2' } }, result: rateLimited },
    { request: { query: NudgeTrainingDocument, variables: { courseId: 'k1', userId: null } }, result: { data: { nudgeTraining: 2 } } },
  ];

  it('nudges one overdue person, says when it is refused, and asks before nudging everyone overdue on a course', async () => {
    renderWithProviders(<TrainingMatrixPage />, { ...base, mocks });
    // The way to the review, with how many wait.
    const review = await screen.findByRole('link', { name: 'Evidence to review: 3 waiting' });
    expect(review.getAttribute('href')).toBe('/training/matrix/evidence');
    expect(screen.getByRole('link', { name: 'Training reports' }).getAttribute('href')).toBe('/training/matrix/reports');
    // Only overdue cells offer a nudge.
    expect(screen.getAllByRole('button', { name: /^Nudge .* about Security Basics$/ }).map((b) => b.getAttribute('aria-label'))).toEqual(['Nudge Omar about Security Basics', 'Nudge Ana about Security Basics']);

    fireEvent.click(screen.getByRole('button', { name: 'Nudge Omar about Security Basics' }));
    expect(await screen.findByText('Nudge sent to Omar.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Nudge Omar about Security Basics' }));
    expect(await screen.findByText(/Already nudged recently/)).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Nudge everyone overdue on Security Basics' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nudge everyone overdue?' });
    expect(dialog.textContent).toContain('2 people in this matrix are overdue.');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send nudges' }));
    expect(await screen.findByText('Nudge sent to 2 people.')).toBeTruthy();
  });

  it('filtered to a team, nudges everyone overdue in that team only and says so, in Arabic too', async () => {
    const sales = { ...matrix, rows: matrix.rows.slice(0, 2) };
    const teamMocks = [
      meMockWith(),
      { request: { query: TrainingMatrixDocument, variables: { managerId: null } }, result: { data: { trainingMatrix: matrix } } },
      { request: { query: TrainingMatrixDocument, variables: { managerId: null, teamId: 't1' } }, result: { data: { trainingMatrix: sales } } },
      { request: { query: PendingTrainingEvidenceCountDocument }, result: { data: { pendingTrainingEvidenceCount: 0 } } },
      { request: { query: NudgeTrainingDocument, variables: { courseId: 'k1', userId: null, teamId: 't1' } }, result: { data: { nudgeTraining: 2 } } },
    ];
    const { unmount } = renderWithProviders(<TrainingMatrixPage />, { ...base, mocks: teamMocks, route: '/?team=t1' });
    fireEvent.click(await screen.findByRole('button', { name: 'Nudge everyone overdue on Security Basics' }));
    const dialog = await screen.findByRole('dialog', { name: 'Nudge everyone overdue?' });
    expect(dialog.textContent).toContain('2 people in Sales and its sub-teams are overdue on this course.');
    expect(dialog.querySelector('bdi')?.textContent).toBe('Sales');
    fireEvent.click(within(dialog).getByRole('button', { name: 'Send nudges' }));
    expect(await screen.findByText('Nudge sent to 2 people.')).toBeTruthy();
    unmount();

    renderWithProviders(<TrainingMatrixPage />, { ...base, mocks: teamMocks, route: '/?team=t1', language: 'ar' });
    fireEvent.click(await screen.findByRole('button', { name: 'تذكير كل المتأخرين في Security Basics' }));
    const ar = await screen.findByRole('dialog', { name: 'تذكير كل المتأخرين؟' });
    expect(ar.textContent).toContain('شخصان في Sales وفرقه الفرعية متأخران في هذه الدورة.');
  });

  it('ignores a team the line does not have (an old link): the whole matrix, nudges for all of it', async () => {
    renderWithProviders(<TrainingMatrixPage />, { ...base, mocks, route: '/?team=Sales' });
    fireEvent.click(await screen.findByRole('button', { name: 'Nudge everyone overdue on Security Basics' }));
    expect((await screen.findByRole('dialog', { name: 'Nudge everyone overdue?' })).textContent).toContain('2 people in this matrix are overdue.');
    expect((screen.getByRole('combobox', { name: 'Team' }) as HTMLSelectElement).value).toBe('');
  });

  it('offers no nudge for everyone under "no team", which no team tree can scope', async () => {
    const eli = { __typename: 'TrainingMatrixRow', userId: 'u5', name: 'Eli', teamId: null, teamName: null, overdueCount: 1, ...cell('OVERDUE') };
    const withEli = [meMockWith(), { request: { query: TrainingMatrixDocument, variables: { managerId: null } }, result: { data: { trainingMatrix: { ...matrix, rows: [...matrix.rows, eli] } } } }, ...mocks.slice(2)];
    renderWithProviders(<TrainingMatrixPage />, { ...base, mocks: withEli, route: '/?team=-' });
    expect(await screen.findByRole('button', { name: 'Nudge Eli about Security Basics' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Nudge everyone overdue on Security Basics' })).toBeNull();
  });
});
