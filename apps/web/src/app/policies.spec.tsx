import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { AcknowledgePolicyDocument, MyPoliciesDocument, PoliciesDocument, PolicyComplianceDocument, PolicyCompliancePeopleDocument, PolicyComplianceTrendDocument, PolicyDocument, PolicyEvidenceDocument, StartPolicyQuizDocument } from '@pillars/web/policies/data-access';
import type { AcknowledgePolicyMutationVariables } from '@pillars/web/graphql';
import { GraphQLError } from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { meMock, type Mock, preloadPages, renderApp, signedInUser } from '../testing/render-app';

beforeAll(preloadPages);

const POLICY = '00000000-0000-4000-8000-00000000a001';
const V2 = '00000000-0000-4000-8000-00000000b002';
const V1 = '00000000-0000-4000-8000-00000000b001';
const day = (iso: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: signedInUser.timeZone }).format(new Date(iso));
const PAGE = { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null };
const status = (state: 'DUE' | 'OVERDUE' | 'ACKNOWLEDGED' | 'NOT_REQUIRED', extra: Record<string, unknown> = {}) => ({
  __typename: 'PolicyReaderStatus' as const, state, dueAt: null, acknowledgedAt: null, acknowledgedVersion: null, acknowledgedVersionId: null, ...extra,
});
const version = (id: string, major: number, minor: number, extra: Record<string, unknown> = {}) => ({
  __typename: 'PolicyVersion' as const, id, label: `${major}.${minor}`, major, minor, isMajor: minor === 0, status: 'PUBLISHED' as const, changeSummary: 'Clearer rules on personal accounts',
  effectiveAt: '2026-11-02T09:00:00Z', publishedAt: '2026-11-02T09:00:00Z', languages: ['en', 'ar'], fallbackLanguage: 'en', acknowledgementMethod: 'CHECKBOX' as const, dueInDays: 14, ...extra,
});
const card = (id: string, title: string, s: ReturnType<typeof status>, kind: 'POLICY' | 'GUIDELINE' = 'GUIDELINE', category = 'Social media') => ({
  __typename: 'Policy' as const, id, title, kind, category, tags: ['comms'], retiredAt: null,
  currentVersion: { __typename: 'PolicyVersion' as const, id: V2, label: '2.0', effectiveAt: '2026-11-02T09:00:00Z' }, viewerStatus: s,
});
const reading = (language: string, isFallback = false) => ({
  __typename: 'PolicyReading' as const, language, requestedLanguage: isFallback ? 'he' : language, isFallback, title: language === 'ar' ? 'إرشادات وسائل التواصل' : 'Social Media Guidelines',
  bodyHtml: '<p>Be <strong>kind</strong>.</p>', acknowledgementText: 'I have read and will follow these guidelines.', textHash: `hash-${language}`,
});
const DIFF = {
  __typename: 'PolicyDiff' as const, fromVersionId: V1, fromLabel: '1.0', fromLanguage: 'en', toLanguage: 'en', addedWords: 2, removedWords: 1,
  changes: [
    { __typename: 'PolicyTextChange' as const, kind: 'SAME' as const, text: 'Be ' },
    { __typename: 'PolicyTextChange' as const, kind: 'REMOVED' as const, text: 'nice' },
    { __typename: 'PolicyTextChange' as const, kind: 'ADDED' as const, text: 'kind and fair' },
    { __typename: 'PolicyTextChange' as const, kind: 'SAME' as const, text: '.' },
  ],
};
const policy = (s: ReturnType<typeof status>, opts: { canAcknowledge?: boolean; language?: string; fallback?: boolean; minor?: boolean; diff?: typeof DIFF } = {}) => ({
  ...card(POLICY, 'Social Media Guidelines', s),
  owner: { __typename: 'User' as const, id: signedInUser.id, name: 'Hana Haddad' },
  abilities: { __typename: 'PolicyAbilities' as const, canManage: false, canAcknowledge: opts.canAcknowledge ?? true },
  currentVersion: { ...version(V2, 2, opts.minor ? 1 : 0), reading: reading(opts.language ?? 'en', opts.fallback), changesSinceSigned: opts.diff ?? null },
  draftVersion: null,
  versions: [version(V2, 2, opts.minor ? 1 : 0), version(V1, 1, 0, { status: 'SUPERSEDED', changeSummary: null })],
});
const policyMock = (data: ReturnType<typeof policy>, language: string | null = null): Mock => ({
  request: { query: PolicyDocument, variables: { id: POLICY, language } },
  result: { data: { policy: data } },
  maxUsageCount: Number.POSITIVE_INFINITY,
});

describe('policies', () => {
  it('lists "My policies" overdue first, with due dates, and what was acknowledged after', async () => {
    const edges = [
      card(POLICY, 'Code of Conduct', status('OVERDUE', { dueAt: '2026-11-20T00:00:00Z' }), 'POLICY', 'Code of conduct'),
      card('00000000-0000-4000-8000-00000000a002', 'Acceptable Use Policy', status('DUE', { dueAt: '2026-12-20T00:00:00Z' }), 'POLICY', 'Security'),
      card('00000000-0000-4000-8000-00000000a003', 'Social Media Guidelines', status('ACKNOWLEDGED', { acknowledgedAt: '2026-11-03T00:00:00Z', acknowledgedVersion: '2.0' })),
    ].map((p, i) => ({ __typename: 'PolicyTodoEdge' as const, cursor: `c${i}`, node: { __typename: 'PolicyTodo' as const, policy: p, status: p.viewerStatus } }));
    renderApp({ route: '/policies/mine', mocks: [meMock(signedInUser), { request: { query: MyPoliciesDocument, variables: { first: 50, after: null } }, result: { data: { myPolicies: { __typename: 'PolicyTodoConnection', edges, pageInfo: PAGE } } }, maxUsageCount: 9 }] });
    const todo = await screen.findByRole('region', { name: '2 to acknowledge' });
    const titles = within(todo).getAllByRole('link').map((l) => l.textContent);
    expect(titles).toEqual(['Code of Conduct', 'Acceptable Use Policy']);
    expect(within(todo).getByText(`Overdue since ${day('2026-11-20T00:00:00Z')}`)).toBeTruthy();
    expect(within(todo).getByText(`Due ${day('2026-12-20T00:00:00Z')}`)).toBeTruthy();
    expect(screen.getByText(`Acknowledged ${day('2026-11-03T00:00:00Z')} (v2.0)`)).toBeTruthy();
    expect(document.title).toBe('My policies · Pillars');
  });

  it('filters the library and says when nothing matches', async () => {
    const edges = [card(POLICY, 'Social Media Guidelines', status('DUE')), card('00000000-0000-4000-8000-00000000a002', 'Acceptable Use Policy', status('ACKNOWLEDGED'), 'POLICY', 'Security')].map((node, i) => ({
      __typename: 'PolicyEdge' as const, cursor: `c${i}`, node,
    }));
    renderApp({ route: '/policies', mocks: [meMock(signedInUser), { request: { query: PoliciesDocument, variables: { first: 50, after: null } }, result: { data: { policies: { __typename: 'PolicyConnection', edges, pageInfo: PAGE } } }, maxUsageCount: 9 }] });
    expect(await screen.findByRole('link', { name: 'Social Media Guidelines' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Category'), { target: { value: 'Security' } });
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Social Media Guidelines' })).toBeNull());
    expect(screen.getByRole('link', { name: 'Acceptable Use Policy' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Your status'), { target: { value: 'TODO' } });
    expect(await screen.findByText('No policy matches these filters.')).toBeTruthy();
  });

  it('reads the version, sends back the text hash when acknowledging, and shows a refusal translated', async () => {
    const sent: AcknowledgePolicyMutationVariables[] = [];
    const ack: Mock = {
      request: { query: AcknowledgePolicyDocument, variables: (v: AcknowledgePolicyMutationVariables) => {
        sent.push(v);
        return true;
      } },
      result: { errors: [new GraphQLError('already', { extensions: { code: 'POLICY_ALREADY_ACKNOWLEDGED' } })] },
    };
    renderApp({ route: `/policies/${POLICY}`, mocks: [meMock(signedInUser), policyMock(policy(status('DUE', { dueAt: '2026-12-20T00:00:00Z' }))), ack] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Social Media Guidelines' })).toBeTruthy();
    expect(screen.getByText(`Due ${day('2026-12-20T00:00:00Z')}`)).toBeTruthy();
    expect(screen.getByText('You are reading the English text.')).toBeTruthy();
    expect(screen.getByText('Available in: English, Arabic')).toBeTruthy();
    const button = screen.getByRole('button', { name: 'Acknowledge version 2.0' });
    expect(button).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'I have read and will follow these guidelines.' }));
    fireEvent.click(button);
    expect(await screen.findByText('You have already acknowledged this version.')).toBeTruthy();
    expect(sent[0].input).toEqual({ versionId: V2, language: 'en', textHash: 'hash-en', typedName: null });
  });

  it('shows a re-acknowledgement the changes since the signed version, marked by more than colour and announced', async () => {
    renderApp({ route: `/policies/${POLICY}`, mocks: [meMock(signedInUser), policyMock(policy(status('DUE', { dueAt: '2026-12-20T00:00:00Z' }), { diff: DIFF }))] });
    const section = await screen.findByRole('region', { name: 'Changes since version 1.0, which you signed' });
    expect(within(section).getByText('2 words added, 1 word removed.')).toBeTruthy();
    expect(within(section).getByText('Added text is underlined, removed text is struck through.')).toBeTruthy();
    const added = section.querySelector('ins') as HTMLElement;
    const removed = section.querySelector('del') as HTMLElement;
    expect(added.textContent).toBe('[added: kind and fair]');
    expect(removed.textContent).toBe('[removed: nice]');
    const toggle = within(section).getByRole('button', { name: 'Hide the changes' });
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(toggle);
    expect(within(section).getByRole('button', { name: 'Show the changes' }).getAttribute('aria-expanded')).toBe('false');
    expect((added.closest('[hidden]') as HTMLElement | null)?.hidden).toBe(true);
  });

  it('acknowledges by quiz: starts an attempt, answers every question, sends the answers with the acknowledgement', async () => {
    const sent: AcknowledgePolicyMutationVariables[] = [];
    const quizPolicy = policy(status('DUE', { dueAt: '2026-12-20T00:00:00Z' }));
    // The cache merges PolicyVersion:V2 from currentVersion and versions: both say QUIZ.
    quizPolicy.currentVersion = { ...quizPolicy.currentVersion, acknowledgementMethod: 'QUIZ' as 'CHECKBOX' };
    quizPolicy.versions = quizPolicy.versions.map((v) => (v.id === V2 ? { ...v, acknowledgementMethod: 'QUIZ' as 'CHECKBOX' } : v));
    const attempt = {
      __typename: 'PolicyQuizAttempt', id: 'attempt-1', versionId: V2, language: 'en', number: 1, maxAttempts: 3, passMark: 80,
      questions: [{ __typename: 'PolicyQuizQuestion', id: 'q1', prompt: 'Who speaks for the company?', multiple: false, options: [
        { __typename: 'PolicyQuizOption', id: 'o1', text: 'Anyone' }, { __typename: 'PolicyQuizOption', id: 'o2', text: 'The Communications team' }] }],
    };
    const start: Mock = { request: { query: StartPolicyQuizDocument, variables: { input: { versionId: V2, language: 'en' } } }, result: { data: { startPolicyQuiz: { __typename: 'StartPolicyQuizPayload', attempt } } } };
    const ack: Mock = {
      request: { query: AcknowledgePolicyDocument, variables: (v: AcknowledgePolicyMutationVariables) => {
        sent.push(v);
        return true;
      } },
      result: { data: { acknowledgePolicy: { __typename: 'AcknowledgePolicyPayload', acknowledgement: { __typename: 'PolicyAcknowledgement', id: 'ack-1', versionLabel: '2.0', acknowledgedAt: '2026-12-02T10:00:00Z' },
        policy: { ...card(POLICY, 'Social Media Guidelines', status('ACKNOWLEDGED', { acknowledgedVersion: '2.0' })), abilities: { __typename: 'PolicyAbilities', canManage: false, canAcknowledge: false } } } } },
    };
    renderApp({ route: `/policies/${POLICY}`, mocks: [meMock(signedInUser), policyMock(quizPolicy), start, ack] });
    fireEvent.click(await screen.findByRole('button', { name: 'Start the quiz' }));
    const send = await screen.findByRole('button', { name: 'Send my answers and acknowledge version 2.0' });
    expect(send).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('radio', { name: 'The Communications team' }));
    fireEvent.click(send);
    expect(await screen.findByText('Thank you: you acknowledged version 2.0.')).toBeTruthy();
    expect(sent[0].input).toEqual({ versionId: V2, language: 'en', textHash: 'hash-en', quiz: { attemptId: 'attempt-1', answers: [{ questionId: 'q1', optionIds: ['o2'] }] } });
  });

  it('shows no changes to a first acknowledgement', async () => {
    renderApp({ route: `/policies/${POLICY}`, mocks: [meMock(signedInUser), policyMock(policy(status('DUE', { dueAt: '2026-12-20T00:00:00Z' })))] });
    expect(await screen.findByRole('heading', { level: 1, name: 'Social Media Guidelines' })).toBeTruthy();
    expect(screen.queryByText(/Changes since version/)).toBeNull();
  });

  it('says which language was read when it falls back, and that a minor version needs no new acknowledgement', async () => {
    renderApp({ route: `/policies/${POLICY}`, lng: 'he', mocks: [meMock({ ...signedInUser, locale: 'he' }), policyMock(policy(status('ACKNOWLEDGED', { acknowledgedAt: '2026-11-03T00:00:00Z', acknowledgedVersion: '2.0' }), { canAcknowledge: false, fallback: true, minor: true }))] });
    expect(await screen.findByText('לא נכתב בעברית: הטקסט מוצג באנגלית.')).toBeTruthy();
    expect(screen.getAllByText('גרסה 2.1 היא תיקון משני: אין צורך באישור חדש.').length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: /אישור גרסה/ })).toBeNull();
    expect(document.documentElement.dir).toBe('rtl');
  });

  it('drills the compliance dashboard from the company into a team', async () => {
    const counts = (audience: number, acknowledged: number, overdue: number) => ({ audience, acknowledged, pending: audience - acknowledged - overdue, overdue, percent: Math.round((acknowledged / audience) * 1000) / 10 });
    const TEAM = '00000000-0000-4000-8000-00000000c001';
    const compliance = (parentId: string | null, parentName: string | null, totals: ReturnType<typeof counts>, groups: { id: string; name: string; k: ReturnType<typeof counts> }[]): Mock => ({
      request: { query: PolicyComplianceDocument, variables: { versionId: V2, groupBy: 'TEAM', parentId } },
      result: { data: { policyCompliance: { __typename: 'PolicyCompliance', versionId: V2, policyId: POLICY, versionLabel: '2.0', groupBy: 'TEAM', parentId, parentName, organizationWide: true,
        totals: { __typename: 'PolicyComplianceCounts', ...totals }, groups: groups.map((g) => ({ __typename: 'PolicyComplianceGroup', id: g.id, name: g.name, ...g.k })) } } },
      maxUsageCount: 9,
    });
    const people = (parentId: string | null, edges: unknown[]): Mock => ({
      request: { query: PolicyCompliancePeopleDocument, variables: { versionId: V2, groupBy: 'TEAM', parentId, first: 50, after: null } },
      result: { data: { policyCompliancePeople: { __typename: 'PolicyCompliancePersonConnection', edges, pageInfo: PAGE } } },
      maxUsageCount: 9,
    });
    const person = { __typename: 'PolicyCompliancePersonEdge', cursor: 'p1', node: { __typename: 'PolicyCompliancePerson', user: { __typename: 'User', id: signedInUser.id, name: 'Omar Haddad' }, state: 'OVERDUE', dueAt: '2026-11-16T00:00:00Z', acknowledgedAt: null, acknowledgedVersion: null } };
    renderApp({
      route: `/policies/${POLICY}/compliance?version=${V2}`,
      mocks: [meMock(signedInUser, { canViewCompliance: true }), compliance(null, null, counts(10, 5, 2), [{ id: TEAM, name: 'Engineering', k: counts(4, 1, 2) }]), people(null, []), compliance(TEAM, 'Engineering', counts(4, 1, 2), []), people(TEAM, [person])],
    });
    expect(await screen.findByText('50%')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Whole company' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Open Engineering' }));
    expect(await screen.findByText('25%')).toBeTruthy();
    const row = (await screen.findByText('Omar Haddad')).closest('tr') as HTMLElement;
    expect(within(row).getByText('Overdue')).toBeTruthy();
    expect(within(row).getByText(`due ${day('2026-11-16T00:00:00Z')}`)).toBeTruthy();
    expect(document.title).toBe('Compliance · Pillars');
  });

  it('offers HR the evidence pack PDF in the UI’s language, beside the CSV; a manager gets the CSV only', async () => {
    const row = { __typename: 'PolicyAcknowledgement' as const, id: 'k1', position: 1, versionLabel: '2.0', language: 'ar', method: 'CHECKBOX', acknowledgedAt: '2026-11-03T10:00:00Z', textHash: 'h', hash: 'x', intact: true, user: { __typename: 'User' as const, id: 'u9', name: 'سلمى حداد' } };
    const evidence: Mock = {
      request: { query: PolicyEvidenceDocument, variables: { policyId: POLICY, versionId: V2, first: 50, after: null } },
      result: { data: { policyEvidence: { __typename: 'PolicyAcknowledgementConnection', edges: [{ __typename: 'PolicyAcknowledgementEdge', cursor: 'k1', node: row }], pageInfo: PAGE } } },
      maxUsageCount: Number.POSITIVE_INFINITY,
    };
    const route = `/policies/${POLICY}/evidence?version=${V2}`;
    const hr = renderApp({ route, lng: 'he', mocks: [meMock({ ...signedInUser, locale: 'he' }, { canViewCompliance: true, canVerifyPolicyEvidence: true }), evidence] });
    const link = await screen.findByRole('link', { name: 'תיק ראיות למבקרים (PDF)' });
    expect(link.getAttribute('href')).toBe(`/policies/versions/${V2}/evidence.pdf?lang=he`);
    expect(link.hasAttribute('download')).toBe(true);
    hr.unmount();

    renderApp({ route, mocks: [meMock(signedInUser, { canViewCompliance: true }), evidence] });
    expect(await screen.findByText('سلمى حداد')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export evidence (CSV)' })).toBeTruthy();
    expect(screen.queryByRole('link', { name: /PDF/ })).toBeNull();
  });

  it('shows the trend since publication as a chart, and its points as a table for screen readers, mirrored in Arabic', async () => {
    const point = (day: string, audience: number, acknowledged: number, overdue: number) => ({ __typename: 'PolicyComplianceTrendPoint' as const, day, audience, acknowledged, overdue, pending: audience - acknowledged - overdue, percent: (acknowledged / audience) * 100 });
    const trend = (points: ReturnType<typeof point>[], parentId: string | null = null): Mock => ({
      request: { query: PolicyComplianceTrendDocument, variables: { versionId: V2, groupBy: 'TEAM', parentId } },
      result: { data: { policyComplianceTrend: points } },
      maxUsageCount: 9,
    });
    const totals = { __typename: 'PolicyComplianceCounts', audience: 10, acknowledged: 5, pending: 3, overdue: 2, percent: 50 };
    const compliance: Mock = {
      request: { query: PolicyComplianceDocument, variables: { versionId: V2, groupBy: 'TEAM', parentId: null } },
      result: { data: { policyCompliance: { __typename: 'PolicyCompliance', versionId: V2, policyId: POLICY, versionLabel: '2.0', groupBy: 'TEAM', parentId: null, parentName: null, organizationWide: true, totals, groups: [] } } },
      maxUsageCount: 9,
    };
    const people: Mock = {
      request: { query: PolicyCompliancePeopleDocument, variables: { versionId: V2, groupBy: 'TEAM', parentId: null, first: 50, after: null } },
      result: { data: { policyCompliancePeople: { __typename: 'PolicyCompliancePersonConnection', edges: [], pageInfo: PAGE } } },
      maxUsageCount: 9,
    };
    const route = `/policies/${POLICY}/compliance?version=${V2}`;
    const view = renderApp({ route, mocks: [meMock(signedInUser, { canViewCompliance: true }), compliance, people, trend([point('2026-11-29', 10, 0, 0), point('2026-11-30', 10, 2, 1), point('2026-12-01', 10, 5, 2)])] });
    const section = await screen.findByRole('region', { name: 'Since publication' });
    const table = await within(section).findByRole('table');
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([['Nov 29', '0%', '0%'], ['Nov 30', '20%', '10%'], ['Dec 1', '50%', '20%']]);
    view.unmount();

    renderApp({ route, lng: 'ar', mocks: [meMock({ ...signedInUser, locale: 'ar' }, { canViewCompliance: true }), compliance, people, trend([point('2026-12-01', 10, 5, 2)])] });
    const arabic = await screen.findByRole('region', { name: 'منذ النشر' });
    expect(await within(arabic).findByText('يظهر الاتجاه ابتداءً من اليوم التالي للنشر.')).toBeTruthy();
  });

  it('filters the dashboard by location and role from the URL, and clears a filter', async () => {
    const totals = (audience: number, acknowledged: number) => ({ __typename: 'PolicyComplianceCounts', audience, acknowledged, pending: audience - acknowledged, overdue: 0, percent: (acknowledged / audience) * 100 });
    const compliance = (filters: Record<string, string>, k: ReturnType<typeof totals>): Mock => ({
      request: { query: PolicyComplianceDocument, variables: { versionId: V2, groupBy: 'TEAM', parentId: null, ...filters } },
      result: { data: { policyCompliance: { __typename: 'PolicyCompliance', versionId: V2, policyId: POLICY, versionLabel: '2.0', groupBy: 'TEAM', parentId: null, parentName: null, organizationWide: true, totals: k, groups: [] } } },
      maxUsageCount: 9,
    });
    const people = (filters: Record<string, string>): Mock => ({
      request: { query: PolicyCompliancePeopleDocument, variables: { versionId: V2, groupBy: 'TEAM', parentId: null, first: 50, after: null, ...filters } },
      result: { data: { policyCompliancePeople: { __typename: 'PolicyCompliancePersonConnection', edges: [], pageInfo: PAGE } } },
      maxUsageCount: 9,
    });
    const { router } = renderApp({
      route: `/policies/${POLICY}/compliance?version=${V2}&location=Milano&role=HR`,
      mocks: [meMock(signedInUser, { canViewCompliance: true }), compliance({ location: 'Milano', role: 'HR' }, totals(4, 1)), people({ location: 'Milano', role: 'HR' }), compliance({ location: 'Milano' }, totals(8, 6)), people({ location: 'Milano' })],
    });
    expect(await screen.findByText('25%')).toBeTruthy();
    const input = (label: string) => screen.getAllByLabelText(label).find((e) => e.tagName === 'INPUT') as HTMLInputElement;
    expect(input('Role').value).toBe('HR');
    expect(input('Location').value).toBe('Milano');
    // Choosing the chosen role again clears it (as by keyboard; the × is for the mouse) and keeps the location.
    fireEvent.click(input('Role'));
    fireEvent.click(await screen.findByRole('option', { name: 'HR' }));
    expect(await screen.findByText('75%')).toBeTruthy();
    expect(router.state.location.search).toBe(`?version=${V2}&location=Milano`);
  });
});
