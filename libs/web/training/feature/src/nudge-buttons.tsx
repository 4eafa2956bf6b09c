import { useMutation } from '@apollo/client/react';
import { ActionIcon, Stack, Text, Tooltip } from '@mantine/core';
import { hasErrorCode, useErrorMessages } from '@pillars/web/core/data-access';
import { NudgeTrainingDocument } from '@pillars/web/training/data-access';
import { ConfirmButton } from '@pillars/web/ui';
import { IconBell } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';

/** What a nudge did, in words: how many were reminded, or why not. */
export interface NudgeResult {
  ok: boolean;
  message: string;
}

/** Sends a nudge and turns the answer (a count, RATE_LIMITED, another error) into a NudgeResult. */
function useNudge(onDone: (r: NudgeResult) => void) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const [nudge, { loading }] = useMutation(NudgeTrainingDocument);
  const send = async (courseId: string, userId: string | null, name: string | null, teamId: string | null = null) => {
    const refused = (error: unknown) =>
      onDone({ ok: false, message: hasErrorCode(error, 'RATE_LIMITED') ? t('training.nudge.rateLimited') : messages(error).join(' ') });
    try {
      const r = await nudge({ variables: teamId ? { courseId, userId, teamId } : { courseId, userId } });
      if (r.error) return refused(r.error);
      const count = r.data?.nudgeTraining ?? 0;
      onDone({ ok: true, message: name && count === 1 ? t('training.nudge.sentTo', { name }) : t('training.nudge.sent', { count }) });
    } catch (error) {
      refused(error);
    }
  };
  return { send, loading };
}

/** In an overdue cell: remind that one person of that course (no confirmation: one notification). */
export function NudgePersonButton({ courseId, courseTitle, userId, name, onDone }: { courseId: string; courseTitle: string; userId: string; name: string; onDone: (r: NudgeResult) => void }) {
  const { t } = useTranslation();
  const { send, loading } = useNudge(onDone);
  const label = t('training.nudge.person', { name, course: courseTitle });
  return (
    <Tooltip label={label} withinPortal>
      <ActionIcon variant="subtle" color="gray" size="sm" aria-label={label} loading={loading} onClick={() => void send(courseId, userId, name)}>
        <IconBell size={16} aria-hidden="true" />
      </ActionIcon>
    </Tooltip>
  );
}

/**
 * In a course's header: remind everyone overdue on it in the matrix's scope (the team tree filtered
 * on, else the viewer's whole reach), after a confirmation that says how many and which team.
 */
export function NudgeAllButton({ courseId, courseTitle, teamId, teamName, overdue, onDone }: {
  courseId: string; courseTitle: string; teamId: string | null; teamName: string | null; overdue: number; onDone: (r: NudgeResult) => void;
}) {
  const { t } = useTranslation();
  const { send, loading } = useNudge(onDone);
  return (
    <ConfirmButton
      size="compact-xs"
      variant="light"
      leftSection={<IconBell size={14} aria-hidden="true" />}
      label={t('training.nudge.all')}
      aria-label={t('training.nudge.allFor', { course: courseTitle })}
      title={t('training.nudge.allTitle')}
      body={
        <Stack gap="xs">
          <Text fw={700} dir="auto">
            {courseTitle}
          </Text>
          <Text size="sm">
            {teamId ? (
              <Trans i18nKey="training.nudge.allBodyTeam" count={overdue} values={{ team: teamName ?? '' }} components={{ team: <bdi /> }} />
            ) : (
              t('training.nudge.allBody', { count: overdue })
            )}
          </Text>
        </Stack>
      }
      confirmLabel={t('training.nudge.allConfirm')}
      cancelLabel={t('common.cancel')}
      loading={loading}
      onConfirm={() => send(courseId, null, null, teamId)}
    />
  );
}
