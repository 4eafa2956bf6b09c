import { Anchor, Card, Group, Progress, Stack, Text } from '@mantine/core';
import type { TrainingEnrolmentFieldsFragment } from '@pillars/web/graphql';
import { IconCertificate } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { TrainingStatusBadge, useTrainingDates } from './training-format';
import { trainingPlayerPath } from './training-paths';

/** One enrolment: its course (to the player), status, progress, dates and certificate; `withCycle` names a renewal. */
export function EnrolmentCard({ enrolment: e, withCycle = false }: { enrolment: TrainingEnrolmentFieldsFragment; withCycle?: boolean }) {
  const { t } = useTranslation();
  const day = useTrainingDates();
  return (
    <Card withBorder radius="md" padding="md" component="article">
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Anchor component={Link} to={trainingPlayerPath(e.id)} fw={600} dir="auto">
            {e.courseTitle}
          </Anchor>
          <TrainingStatusBadge status={e.status} completedAt={e.completedAt} dueAt={e.dueAt} expiresAt={e.expiresAt} />
        </Group>
        <Text size="sm" c="dimmed">
          {withCycle ? `${t('training.history.cycle', { cycle: e.cycle })} · ${t('training.history.enrolled', { date: day(e.enrolledAt) })} · ` : ''}
          {t('training.mine.progress', { done: e.modulesDone, total: e.modulesTotal })}
          {e.dueAt && !e.completedAt ? ` · ${t('training.mine.dueOn', { date: day(e.dueAt) })}` : ''}
          {e.expiresAt && e.completedAt ? ` · ${t('training.mine.validUntil', { date: day(e.expiresAt) })}` : ''}
        </Text>
        {!e.completedAt ? <Progress value={e.modulesTotal ? (100 * e.modulesDone) / e.modulesTotal : 0} aria-label={t('training.mine.progress', { done: e.modulesDone, total: e.modulesTotal })} size="sm" /> : null}
        {e.certificate ? (
          <Group gap="xs">
            <IconCertificate size={18} aria-hidden="true" />
            <Anchor href={e.certificate.pdfUrl} download>
              {t('training.certificate.download')}
            </Anchor>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
