import { audiencesFeature } from '@pillars/web/audiences/feature';
import { directoryFeature } from '@pillars/web/directory/feature';
import { feedsFeature } from '@pillars/web/feeds/feature';
import type { TrainingCourseStatus } from '@pillars/web/graphql';
import { renderWithProviders } from '@pillars/web/testing';
import {
  CreateTrainingCourseDocument, PublishTrainingCourseDocument, TrainingCourseDocument, TrainingCoursesDocument, trainingTypePolicies, UpdateTrainingCourseDocument,
} from '@pillars/web/training/data-access';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CourseCataloguePage } from './course-catalogue-page';
import { emptyModule, emptyQuestion, emptySession, localDateTime, move, moduleInput, problemOf, type CourseDraft } from './course-draft';
import { CourseEditorPage } from './course-editor-page';
import { trainingLocales } from './training.feature';
import { meMockWith } from './training.spec-helpers';

const me = meMockWith({ canManageTraining: true });
const locales = [feedsFeature.locales, directoryFeature.locales, audiencesFeature.locales, trainingLocales];
const COURSE = '00000000-0000-4000-8000-00000000d001';

const card = (id: string, title: string, status: TrainingCourseStatus) => ({
  __typename: 'TrainingCourse' as const, id, versionId: `${id}-v1`, status, version: 1, title, category: 'Security', estimatedMinutes: 30, validityMonths: status === 'DRAFT' ? null : 12, languages: ['en', 'it'],
  modules: [{ __typename: 'TrainingModule' as const, id: `${id}-m1`, kind: 'MARKDOWN' as const }],
});
const page = (nodes: ReturnType<typeof card>[], hasNextPage: boolean, endCursor: string | null) => ({
  trainingCourses: { __typename: 'TrainingCourseConnection', edges: nodes.map((n) => ({ __typename: 'TrainingCourseEdge', cursor: `c-${n.id}`, node: n })), pageInfo: { __typename: 'PageInfo', hasNextPage, endCursor } },
});

const quizModule = {
  __typename: 'TrainingModule' as const, id: 'm2', position: 2, kind: 'QUIZ' as const, title: 'Check yourself', content: null, url: null, policyId: null, passMark: 80, maxAttempts: 3, drawCount: 1,
  questionBank: [{ __typename: 'TrainingQuizBankQuestion' as const, prompt: 'Who speaks for us?', multiple: false, options: [{ __typename: 'TrainingQuizBankOption' as const, text: 'Comms', correct: true }, { __typename: 'TrainingQuizBankOption' as const, text: 'Anyone', correct: false }] }],
  sessions: [],
};
const WORKSHOP_START = '2027-01-12T09:00:00.000Z';
const workshopModule = {
  __typename: 'TrainingModule' as const, id: 'm3', position: 3, kind: 'ATTENDANCE' as const, title: 'Workshop', content: null, url: null, policyId: null, passMark: null, maxAttempts: null, drawCount: null, questionBank: null,
  sessions: [{ __typename: 'TrainingSession' as const, id: 's1', startsAt: WORKSHOP_START, endsAt: '2027-01-12T12:00:00.000Z', place: 'Room Agora', capacity: 12, seatsLeft: 12 }],
};
const editorCourse = (status: TrainingCourseStatus) => ({
  __typename: 'TrainingCourse' as const, id: COURSE, status, version: 1, versionId: 'v1', title: 'Social Media Essentials', description: 'Posting well.', category: 'Communication', estimatedMinutes: 20,
  languages: ['en'], validityMonths: 12, selfEnrol: false,
  modules: [quizModule, workshopModule, { __typename: 'TrainingModule' as const, id: 'm1', position: 1, kind: 'MARKDOWN' as const, title: 'Why it matters', content: 'Think first.', url: null, policyId: null, passMark: null, maxAttempts: null, drawCount: null, questionBank: null, sessions: [] }],
});

describe('course catalogue (web)', () => {
  it('lists courses by title with their status, and loads the next page', async () => {
    const mocks = [
      me,
      { request: { query: TrainingCoursesDocument, variables: { first: 50, after: null, status: null } }, result: { data: page([card('k1', 'Alpha', 'DRAFT'), card('k2', 'Beta', 'PUBLISHED')], true, 'c-k2') } },
      { request: { query: TrainingCoursesDocument, variables: { first: 50, after: 'c-k2', status: null } }, result: { data: page([card('k3', 'Gamma', 'ARCHIVED')], false, 'c-k3') } },
    ];
    renderWithProviders(<CourseCataloguePage />, { mocks, locales, typePolicies: [trainingTypePolicies] });
    const alpha = await screen.findByRole('link', { name: 'Alpha' });
    expect(alpha.getAttribute('href')).toBe('/training/courses/k1');
    const items = () => within(screen.getAllByRole('list')[0]).getAllByRole('listitem');
    expect(items()[0].textContent).toContain('Draft');
    expect(items()[0].textContent).toContain('Security · 30 minutes · 1 module · does not expire · English, Italian');
    expect(items()[1].textContent).toContain('valid 12 months');
    fireEvent.click(screen.getByRole('button', { name: 'Show more courses' }));
    expect(await screen.findByRole('link', { name: 'Gamma' })).toBeTruthy();
    expect(items()).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Show more courses' })).toBeNull();
  });

  it('says so when a status has no courses', async () => {
    const mocks = [me, { request: { query: TrainingCoursesDocument, variables: { first: 50, after: null, status: 'ARCHIVED' } }, result: { data: page([], false, null) } }];
    renderWithProviders(<CourseCataloguePage />, { mocks, locales, typePolicies: [trainingTypePolicies], route: '/?status=ARCHIVED' });
    expect(await screen.findByText('No courses with the status “Archived”')).toBeTruthy();
  });
});

// A whole course form renders many Mantine inputs: slow on a loaded machine, so more time than the default.
describe('course editor (web)', { timeout: 60_000 }, () => {
  it('builds a new course: details, a reading and a quiz reordered by keyboard buttons, then saves it in that order', async () => {
    let sent: Record<string, unknown> | null = null;
    const created = { ...editorCourse('DRAFT'), id: 'new1' };
    const mocks = [
      me,
      {
        request: {
          query: CreateTrainingCourseDocument,
          variables: (v: Record<string, unknown>) => {
            sent = v;
            return true;
          },
        },
        result: { data: { createTrainingCourse: created } },
      },
      { request: { query: TrainingCourseDocument, variables: { id: 'new1' } }, result: { data: { trainingCourse: created } }, maxUsageCount: 5 },
      { request: { query: TrainingCoursesDocument }, variableMatcher: () => true, result: { data: page([], false, null) }, maxUsageCount: 5 },
    ];
    renderWithProviders(<CourseEditorPage />, { mocks, locales, typePolicies: [trainingTypePolicies], path: '/training/courses/new', route: '/training/courses/new', routes: { '/training/courses/:courseId': <p>Saved page</p> } });

    fireEvent.change(await screen.findByRole('textbox', { name: 'Title' }), { target: { value: 'Social Media Essentials' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Category' }), { target: { value: 'Communication' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Arabic' }));

    const addModule = async (kind: string) => {
      fireEvent.click(screen.getByRole('button', { name: 'Add a module' }));
      fireEvent.click(await screen.findByRole('menuitem', { name: new RegExp(`^${kind}`) }));
    };
    await addModule('Quiz');
    await addModule('Reading');
    fireEvent.change(screen.getByRole('textbox', { name: 'Title of module 1' }), { target: { value: 'Check yourself' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Title of module 2' }), { target: { value: 'Why it matters' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Text of module 2' }), { target: { value: 'Think **before** you post.' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Question 1 of module 1' }), { target: { value: 'Who speaks for us?' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Answer 1 to question 1' }), { target: { value: 'Comms' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Answer 2 to question 1' }), { target: { value: 'Anyone' } });

    // The reading goes first: its "move up" button, and focus follows it to "move down".
    expect((screen.getByRole('button', { name: 'Move module 1 up' }) as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Move module 2 up' }));
    const modules = within(screen.getByRole('list', { name: 'Modules' })).getAllByRole('listitem', { name: /^Module \d/ });
    expect(modules.map((m) => m.getAttribute('aria-label'))).toEqual(['Module 1: Reading', 'Module 2: Quiz']);
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Move module 1 down'));

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Saved page')).toBeTruthy();
    expect(sent).toEqual({
      input: {
        title: 'Social Media Essentials', description: '', category: 'Communication', estimatedMinutes: 15, languages: ['en', 'ar'], validityMonths: null, selfEnrol: false,
        modules: [
          { kind: 'MARKDOWN', title: 'Why it matters', content: 'Think **before** you post.' },
          { kind: 'QUIZ', title: 'Check yourself', passMark: 80, maxAttempts: 3, questions: [{ prompt: 'Who speaks for us?', multiple: false, options: [{ text: 'Comms', correct: true }, { text: 'Anyone', correct: false }] }] },
        ],
      },
    });
  });

  it('names what stops a save, first the course, then the module and question', async () => {
    renderWithProviders(<CourseEditorPage />, { mocks: [me], locales, typePolicies: [trainingTypePolicies], path: '/training/courses/new', route: '/training/courses/new' });
    const save = async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save' }));
      return (await screen.findByRole('alert')).textContent;
    };
    await screen.findByRole('textbox', { name: 'Title' });
    expect(await save()).toBe('Give the course a title.');
    fireEvent.change(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'Essentials' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Category' }), { target: { value: 'Communication' } });
    expect(await save()).toBe('Add at least one module.');
    fireEvent.click(screen.getByRole('button', { name: 'Add a module' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: /^Quiz/ }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Title of module 1' }), { target: { value: 'Check' } });
    expect(await save()).toBe('Module 1, question 1: write the question and at least two answers.');
  });

  it('opens a saved draft with its modules in order and its quiz key, and publishes it; a published course offers Assign', async () => {
    const mocks = [
      me,
      { request: { query: TrainingCourseDocument, variables: { id: COURSE } }, result: { data: { trainingCourse: editorCourse('DRAFT') } } },
      { request: { query: PublishTrainingCourseDocument, variables: { id: COURSE } }, result: { data: { publishTrainingCourse: editorCourse('PUBLISHED') } } },
      { request: { query: TrainingCourseDocument, variables: { id: COURSE } }, result: { data: { trainingCourse: editorCourse('PUBLISHED') } }, maxUsageCount: 5 },
      { request: { query: TrainingCoursesDocument }, variableMatcher: () => true, result: { data: page([], false, null) }, maxUsageCount: 5 },
    ];
    renderWithProviders(<CourseEditorPage />, { mocks, locales, typePolicies: [trainingTypePolicies], path: '/training/courses/:courseId', route: `/training/courses/${COURSE}` });
    expect(((await screen.findByRole('textbox', { name: 'Title of module 1' })) as HTMLInputElement).value).toBe('Why it matters');
    expect((screen.getByRole('textbox', { name: 'Title of module 2' }) as HTMLInputElement).value).toBe('Check yourself');
    expect((screen.getByRole('radio', { name: 'Answer 1 to question 1 is correct' }) as HTMLInputElement).checked).toBe(true);
    // The live session comes back with its date, place and seats.
    expect((screen.getByLabelText(/^Starts \(session 1\)/) as HTMLInputElement).value).toBe(localDateTime(WORKSHOP_START));
    expect((screen.getByRole('textbox', { name: /^Place or link \(session 1\)/ }) as HTMLInputElement).value).toBe('Room Agora');
    expect((screen.getByRole('textbox', { name: /^Seats \(session 1\)/ }) as HTMLInputElement).value).toBe('12');
    expect(screen.queryByRole('button', { name: 'Assign' })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    const assign = await screen.findByRole('button', { name: 'Assign' });
    expect(screen.getByRole('button', { name: 'Save as a new version' })).toBeTruthy();
    fireEvent.click(assign);
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('radio', { name: 'A number of days after the person joined' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('radio', { name: 'On a date' }));
    expect(within(dialog).getByLabelText(/Due date/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Assign' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Choose who takes the course: add at least one complete rule.');
  });
});

describe('course editor: module identity (web)', { timeout: 60_000 }, () => {
  it('sends back the id of each module it loaded, after a retitle and a reorder; a module added in the editor has none', async () => {
    let sent: { input: { modules: Record<string, unknown>[] } } | null = null;
    const saved = { ...editorCourse('PUBLISHED'), version: 2, versionId: 'v2' };
    const mocks = [
      me,
      { request: { query: TrainingCourseDocument, variables: { id: COURSE } }, result: { data: { trainingCourse: editorCourse('PUBLISHED') } } },
      {
        request: {
          query: UpdateTrainingCourseDocument,
          variables: (v: Record<string, unknown>) => {
            sent = v as typeof sent;
            return v['id'] === COURSE;
          },
        },
        result: { data: { updateTrainingCourse: saved } },
      },
      { request: { query: TrainingCourseDocument, variables: { id: COURSE } }, result: { data: { trainingCourse: saved } }, maxUsageCount: 5 },
      { request: { query: TrainingCoursesDocument }, variableMatcher: () => true, result: { data: page([], false, null) }, maxUsageCount: 5 },
    ];
    renderWithProviders(<CourseEditorPage />, { mocks, locales, typePolicies: [trainingTypePolicies], path: '/training/courses/:courseId', route: `/training/courses/${COURSE}` });
    // The workshop (module 3) gets a new title and moves to the top.
    fireEvent.change(await screen.findByRole('textbox', { name: 'Title of module 3' }), { target: { value: 'Workshop (hands-on)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Move module 3 up' }));
    await waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Move module 2 up'));
    fireEvent.click(screen.getByRole('button', { name: 'Move module 2 up' }));
    const items = () => within(screen.getByRole('list', { name: 'Modules' })).getAllByRole('listitem', { name: /^Module \d/ }).map((m) => m.getAttribute('aria-label'));
    await waitFor(() => expect(items()).toEqual(['Module 1: Live session', 'Module 2: Reading', 'Module 3: Quiz']));
    // And a new reading at the end.
    fireEvent.click(screen.getByRole('button', { name: 'Add a module' }));
    fireEvent.click(await screen.findByRole('menuitem', { name: /^Reading/ }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Title of module 4' }), { target: { value: 'Further reading' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Text of module 4' }), { target: { value: 'More.' } });

    fireEvent.click(screen.getByRole('button', { name: 'Save as a new version' }));
    await waitFor(() => expect(sent).not.toBeNull());
    const modules = (sent as unknown as { input: { modules: Record<string, unknown>[] } }).input.modules;
    expect(modules.map((m) => [m['id'], m['kind'], m['title']])).toEqual([
      ['m3', 'ATTENDANCE', 'Workshop (hands-on)'],
      ['m1', 'MARKDOWN', 'Why it matters'],
      ['m2', 'QUIZ', 'Check yourself'],
      [undefined, 'MARKDOWN', 'Further reading'],
    ]);
    expect('id' in modules[3]).toBe(false);
    // The live session goes back as loaded, so the server keeps it (and its seats).
    expect(modules[0]['sessions']).toEqual([{ startsAt: WORKSHOP_START, endsAt: '2027-01-12T12:00:00.000Z', place: 'Room Agora', capacity: 12 }]);
  });
});

describe('course drafts', () => {
  const draft = (modules: CourseDraft['modules']): CourseDraft => ({ title: 'T', description: '', category: 'C', estimatedMinutes: 5, languages: ['en'], validityMonths: null, selfEnrol: false, modules });

  it('moves modules within bounds', () => {
    expect(move([1, 2, 3], 2, -1)).toEqual([1, 3, 2]);
    expect(move([1, 2, 3], 0, -1)).toEqual([1, 2, 3]);
    expect(move([1, 2, 3], 0, 5)).toEqual([2, 3, 1]);
  });

  it('sends each kind only its own fields, and draws the whole bank when asked for all of it', () => {
    const link = { ...emptyModule('EXTERNAL_LINK'), title: 'Video', url: ' https://v.example/1 ', content: '  ' };
    expect(moduleInput(link)).toEqual({ kind: 'EXTERNAL_LINK', title: 'Video', url: 'https://v.example/1', content: undefined });
    const quiz = { ...emptyModule('QUIZ'), title: 'Q', drawCount: 1 };
    expect(moduleInput(quiz).drawCount).toBeUndefined();
    expect(moduleInput({ ...quiz, questions: [emptyQuestion(), emptyQuestion()] }).drawCount).toBe(1);
    const session = { ...emptySession(), startsAt: localDateTime(WORKSHOP_START), place: ' Room Agora ', capacity: 8 };
    expect(moduleInput({ ...emptyModule('ATTENDANCE'), title: 'Session', sessions: [session] })).toEqual({
      kind: 'ATTENDANCE', title: 'Session', content: undefined, sessions: [{ startsAt: WORKSHOP_START, endsAt: null, place: 'Room Agora', capacity: 8 }],
    });
  });

  it('names the first problem with its module and question', () => {
    expect(problemOf(draft([{ ...emptyModule('POLICY_ACK'), title: 'Ack' }]))).toMatchObject({ key: 'training.editor.problem.policy', values: { number: 1 } });
    expect(problemOf(draft([{ ...emptyModule('EXTERNAL_LINK'), title: 'L', url: 'ftp://files.example/x' }]))?.key).toBe('training.editor.problem.url');
    const q = emptyQuestion();
    const multiple = { ...q, prompt: 'P', multiple: true, options: q.options.map((o, i) => ({ ...o, text: `o${i}`, correct: false })) };
    expect(problemOf(draft([{ ...emptyModule('QUIZ'), title: 'Q', questions: [multiple] }]))).toMatchObject({ key: 'training.editor.problem.oneCorrectAtLeast', values: { number: 1, question: 1 } });
    expect(problemOf(draft([{ ...emptyModule('MARKDOWN'), title: 'M', content: 'x' }]))).toBeNull();
    const live = { ...emptyModule('ATTENDANCE'), title: 'Workshop' };
    expect(problemOf(draft([{ ...live, sessions: [] }]))?.key).toBe('training.editor.problem.sessions');
    expect(problemOf(draft([live]))).toMatchObject({ key: 'training.editor.problem.sessionStart', values: { number: 1, session: 1 } });
    const start = localDateTime(WORKSHOP_START);
    expect(problemOf(draft([{ ...live, sessions: [{ ...emptySession(), startsAt: start, endsAt: start, place: 'Room' }] }]))?.key).toBe('training.editor.problem.sessionEnd');
    expect(problemOf(draft([{ ...live, sessions: [{ ...emptySession(), startsAt: start, place: '  ' }] }]))?.key).toBe('training.editor.problem.sessionPlace');
    expect(problemOf(draft([{ ...live, sessions: [{ ...emptySession(), startsAt: start, place: 'Room', capacity: 0 }] }]))?.key).toBe('training.editor.problem.sessionCapacity');
    expect(problemOf(draft([{ ...live, sessions: [{ ...emptySession(), startsAt: start, place: 'Room' }] }]))).toBeNull();
  });
});
