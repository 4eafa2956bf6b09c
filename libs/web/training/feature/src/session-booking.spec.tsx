import { feedsFeature } from '@pillars/web/feeds/feature';
import { renderWithProviders } from '@pillars/web/testing';
import { BookTrainingSessionDocument, CancelTrainingSessionBookingDocument, ConfirmTrainingAttendanceDocument, TrainingPlayerDocument, trainingTypePolicies } from '@pillars/web/training/data-access';
import { fireEvent, screen, within } from '@testing-library/react';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { trainingLocales } from './training.feature';
import { TrainingPlayerPage } from './training-player-page';
import { meMockWith } from './training.spec-helpers';

const ENROLMENT = 'e1';
const DAY = 86_400_000;
const start = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const SOON = start(7);
const LATER = start(14);

const session = (id: string, startsAt: string, place: string, capacity: number, seatsLeft: number) => ({ __typename: 'TrainingSession' as const, id, startsAt, endsAt: null, place, capacity, seatsLeft });
const player = (bookedSessionId: string | null, seats: [number, number], userId = 'u1', done = false, soon = SOON) => ({
  __typename: 'TrainingPlayer' as const,
  resumeModuleId: 'm1',
  enrolment: {
    __typename: 'TrainingEnrolment' as const, id: ENROLMENT, userId, courseId: 'k1', courseTitle: 'Inclusive Leadership', cycle: 1, status: 'NOT_STARTED' as const,
    enrolledAt: '2026-11-20T10:00:00.000Z', dueAt: null, completedAt: null, expiresAt: null, modulesDone: 0, modulesTotal: 1, certificate: null,
  },
  course: { __typename: 'TrainingCourse' as const, id: 'k1', versionId: 'kv1', title: 'Inclusive Leadership', description: '', estimatedMinutes: 90, validityMonths: null },
  modules: [{
    __typename: 'TrainingPlayerModule' as const, done, completedAt: done ? new Date().toISOString() : null, score: null, evidenceStatus: null, evidenceReason: null, bookedSessionId,
    module: {
      __typename: 'TrainingModule' as const, id: 'm1', position: 1, kind: 'ATTENDANCE' as const, title: 'Workshop', contentHtml: null, url: null, policyId: null, passMark: null, maxAttempts: null, drawCount: null,
      sessions: [session('s1', soon, 'Room Agora', 12, seats[0]), session('s2', LATER, 'https://meet.example.com/w', 5, seats[1])],
    },
  }],
});
const when = (iso: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(new Date(iso));
const render = (mocks: unknown[]) =>
  renderWithProviders(<TrainingPlayerPage />, { mocks: [meMockWith(), ...mocks] as never, locales: [feedsFeature.locales, trainingLocales], typePolicies: [trainingTypePolicies], path: '/training/:enrolmentId', route: `/training/${ENROLMENT}` });

describe('training player: live sessions (web)', () => {
  it('lists the sessions with the seats left, books one, then cancels the booking', async () => {
    render([
      { request: { query: TrainingPlayerDocument, variables: { enrolmentId: ENROLMENT } }, result: { data: { trainingPlayer: player(null, [1, 5]) } } },
      { request: { query: BookTrainingSessionDocument, variables: { enrolmentId: ENROLMENT, sessionId: 's1' } }, result: { data: { bookTrainingSession: { __typename: 'TrainingEnrolmentPayload', player: player('s1', [0, 5]) } } } },
      { request: { query: CancelTrainingSessionBookingDocument, variables: { enrolmentId: ENROLMENT, moduleId: 'm1' } }, result: { data: { cancelTrainingSessionBooking: { __typename: 'TrainingEnrolmentPayload', player: player(null, [1, 5]) } } } },
    ]);
    const list = await screen.findByRole('list', { name: 'Sessions' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(first.textContent).toContain(when(SOON));
    expect(first.textContent).toContain('Room Agora');
    expect(first.textContent).toContain('1 seat left of 12');
    expect(within(second).getByRole('link', { name: 'https://meet.example.com/w' }).getAttribute('href')).toBe('https://meet.example.com/w');

    fireEvent.click(within(first).getByRole('button', { name: `Book a seat: ${when(SOON)}` }));
    expect(await within(first).findByText('Your seat')).toBeTruthy();
    expect(first.textContent).toContain('0 seats left of 12');
    expect(first.getAttribute('aria-current')).toBe('true');
    // Booked: the other session offers a move, the booked one a cancel.
    expect(within(second).getByRole('button', { name: `Move my seat to ${when(LATER)}` })).toBeTruthy();
    fireEvent.click(within(first).getByRole('button', { name: `Cancel my booking: ${when(SOON)}` }));
    expect(await within(first).findByRole('button', { name: `Book a seat: ${when(SOON)}` })).toBeTruthy();
    expect(within(first).queryByText('Your seat')).toBeNull();
  });

  it('says the session is full when the last seat went to someone else, and shows the seats as they are now', async () => {
    render([
      { request: { query: TrainingPlayerDocument, variables: { enrolmentId: ENROLMENT } }, result: { data: { trainingPlayer: player(null, [1, 5]) } } },
      { request: { query: BookTrainingSessionDocument, variables: { enrolmentId: ENROLMENT, sessionId: 's1' } }, result: { errors: [new GraphQLError('Every seat is booked', { extensions: { code: 'TRAINING_SESSION_FULL', capacity: 12 } })] } },
      { request: { query: TrainingPlayerDocument, variables: { enrolmentId: ENROLMENT } }, result: { data: { trainingPlayer: player(null, [0, 5]) } }, maxUsageCount: 3 },
    ]);
    const first = within(await screen.findByRole('list', { name: 'Sessions' })).getAllByRole('listitem')[0];
    fireEvent.click(within(first).getByRole('button', { name: `Book a seat: ${when(SOON)}` }));
    expect((await screen.findByRole('alert')).textContent).toBe('Every seat of this session is booked: choose another one.');
    expect(await within(first).findByText('0 seats left of 12')).toBeTruthy();
    expect(within(first).queryByRole('button', { name: /^Book a seat/ })).toBeNull();
  });

  it('shows a manager the booking without booking buttons; once the session has started they confirm the attendance', async () => {
    render([{ request: { query: TrainingPlayerDocument, variables: { enrolmentId: ENROLMENT } }, result: { data: { trainingPlayer: player('s2', [1, 4], 'u9') } } }]);
    const list = await screen.findByRole('list', { name: 'Sessions' });
    expect(within(list).getByText('Booked')).toBeTruthy();
    expect(within(list).queryAllByRole('button')).toHaveLength(0);
  });

  it('lets a manager confirm the attendance of someone booked in a session that has started', async () => {
    const past = start(-1);
    render([
      { request: { query: TrainingPlayerDocument, variables: { enrolmentId: ENROLMENT } }, result: { data: { trainingPlayer: player('s1', [11, 5], 'u9', false, past) } } },
      { request: { query: ConfirmTrainingAttendanceDocument, variables: { enrolmentId: ENROLMENT, moduleId: 'm1' } }, result: { data: { confirmTrainingAttendance: { __typename: 'TrainingEnrolmentPayload', player: player('s1', [11, 5], 'u9', true, past) } } } },
    ]);
    const first = within(await screen.findByRole('list', { name: 'Sessions' })).getAllByRole('listitem')[0];
    expect(first.textContent).toContain('Started');
    fireEvent.click(within(first).getByRole('button', { name: `Confirm attendance: ${when(past)}` }));
    expect(await screen.findByText(/^Done /)).toBeTruthy();
    expect(within(first).queryByRole('button')).toBeNull();
  });
});
