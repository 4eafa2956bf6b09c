import { useApolloClient, useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useErrorMessages, useSession } from '@pillars/web/core/data-access';
import type { TrainingPlayerFieldsFragment } from '@pillars/web/graphql';
import { BookTrainingSessionDocument, CancelTrainingSessionBookingDocument, ConfirmTrainingAttendanceDocument } from '@pillars/web/training/data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type PlayerModule = TrainingPlayerFieldsFragment['modules'][number];
type Session = PlayerModule['module']['sessions'][number];

/** A session's start (and end) in the reader's language and time zone. */
export function useSessionTimes() {
  const { i18n } = useTranslation();
  const { me } = useSession();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: me?.timeZone ?? undefined });
  return (s: Pick<Session, 'startsAt' | 'endsAt'>) => (s.endsAt ? format.formatRange(new Date(s.startsAt), new Date(s.endsAt)) : format.format(new Date(s.startsAt)));
}

const isLink = (place: string) => /^https?:\/\/\S+$/i.test(place);

/**
 * ATTENDANCE in the player: the module's sessions with the seats left, the learner's booking, and
 * book, move or cancel while a session has not started. Someone else reading the record (the
 * person's manager, HR) sees the sessions and the booking, and confirms the attendance once the
 * booked session has started.
 */
export function SessionBookingPanel({ enrolmentId, item, learner }: { enrolmentId: string; item: PlayerModule; learner: boolean }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const when = useSessionTimes();
  const [book, booking] = useMutation(BookTrainingSessionDocument);
  const [cancel, cancelling] = useMutation(CancelTrainingSessionBookingDocument);
  const [confirm, confirming] = useMutation(ConfirmTrainingAttendanceDocument);
  const client = useApolloClient();
  const [failure, setFailure] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const sessions = item.module.sessions;
  const now = Date.now();
  const run = (sessionId: string, action: Promise<unknown>) => {
    setFailure(null);
    setPending(sessionId);
    action
      .catch((err: unknown) => {
        setFailure(messages(err).join(' '));
        // Refused (full, started): show the seats as they are now.
        void client.refetchQueries({ include: ['TrainingPlayer'] });
      })
      .finally(() => setPending(null));
  };
  const booked = sessions.find((s) => s.id === item.bookedSessionId) ?? null;

  return (
    <Stack gap="sm">
      {item.done ? null : <Text>{!learner ? t('training.sessions.confirmHint') : booked ? t('training.sessions.bookedHint') : t('training.sessions.hint')}</Text>}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('training.sessions.list')}>
        {sessions.map((s) => {
          const started = new Date(s.startsAt).getTime() <= now;
          const mine = s.id === item.bookedSessionId;
          const canMoveHere = !mine && !started && s.seatsLeft > 0 && (!booked || new Date(booked.startsAt).getTime() > now);
          return (
            <Card key={s.id} component="li" withBorder radius="sm" padding="sm" aria-current={mine ? 'true' : undefined}>
              <Group justify="space-between" wrap="wrap" gap="xs" align="flex-start">
                <Stack gap={2} style={{ flex: '1 1 14rem', minWidth: 0 }}>
                  <Text fw={600}>{when(s)}</Text>
                  {isLink(s.place) ? (
                    <Anchor href={s.place} target="_blank" rel="noopener noreferrer" dir="auto" style={{ overflowWrap: 'anywhere' }}>
                      {s.place}
                    </Anchor>
                  ) : (
                    <Text dir="auto" style={{ overflowWrap: 'anywhere' }}>
                      {s.place}
                    </Text>
                  )}
                  <Text size="sm" c="dimmed">
                    {started ? t('training.sessions.started') : t('training.sessions.seatsLeft', { count: s.seatsLeft, capacity: s.capacity })}
                  </Text>
                </Stack>
                <Group gap="xs">
                  {mine ? (
                    <Badge color="teal" variant="light" tt="none">
                      {learner ? t('training.sessions.yourSeat') : t('training.sessions.booked')}
                    </Badge>
                  ) : null}
                  {learner && !item.done && mine && !started ? (
                    <Button
                      variant="default"
                      size="xs"
                      loading={cancelling.loading && pending === s.id}
                      onClick={() => run(s.id, cancel({ variables: { enrolmentId, moduleId: item.module.id } }))}
                      aria-label={t('training.sessions.cancelLabel', { when: when(s) })}
                    >
                      {t('training.sessions.cancel')}
                    </Button>
                  ) : null}
                  {!learner && !item.done && mine && started ? (
                    <Button
                      size="xs"
                      loading={confirming.loading && pending === s.id}
                      onClick={() => run(s.id, confirm({ variables: { enrolmentId, moduleId: item.module.id } }))}
                      aria-label={t('training.sessions.confirmLabel', { when: when(s) })}
                    >
                      {t('training.sessions.confirm')}
                    </Button>
                  ) : null}
                  {learner && !item.done && canMoveHere ? (
                    <Button
                      size="xs"
                      loading={booking.loading && pending === s.id}
                      onClick={() => run(s.id, book({ variables: { enrolmentId, sessionId: s.id } }))}
                      aria-label={t(booked ? 'training.sessions.moveLabel' : 'training.sessions.bookLabel', { when: when(s) })}
                    >
                      {booked ? t('training.sessions.move') : t('training.sessions.book')}
                    </Button>
                  ) : null}
                </Group>
              </Group>
            </Card>
          );
        })}
      </Stack>
      {failure ? (
        <Text role="alert" c="red">
          {failure}
        </Text>
      ) : null}
    </Stack>
  );
}
