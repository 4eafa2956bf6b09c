import { Badge } from '@mantine/core';
import { useSession } from '@pillars/web/core/data-access';
import type { TrainingStatus } from '@pillars/web/graphql';
import { useTranslation } from 'react-i18next';

/** Dates in the reader's language and time zone. */
export function useTrainingDates() {
  const { i18n } = useTranslation();
  const { me } = useSession();
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: me?.timeZone ?? undefined });
  return (iso: string) => day.format(new Date(iso));
}

export const STATUS_COLOR: Record<TrainingStatus, string> = { DONE: 'teal', EXPIRING: 'yellow', EXPIRED: 'red', IN_PROGRESS: 'blue', NOT_STARTED: 'gray', OVERDUE: 'red' };

/** A status in words (never colour alone), with the date that matters for it. */
export function useStatusText() {
  const { t } = useTranslation();
  const day = useTrainingDates();
  return ({ status, completedAt, dueAt, expiresAt }: { status: TrainingStatus; completedAt?: string | null; dueAt?: string | null; expiresAt?: string | null }) => {
    switch (status) {
      case 'DONE':
        return completedAt ? t('training.status.doneOn', { date: day(completedAt) }) : t('training.status.DONE');
      case 'EXPIRING':
        return expiresAt ? t('training.status.expiringOn', { date: day(expiresAt) }) : t('training.status.EXPIRING');
      case 'EXPIRED':
        return expiresAt ? t('training.status.expiredOn', { date: day(expiresAt) }) : t('training.status.EXPIRED');
      case 'OVERDUE':
        return dueAt ? t('training.status.overdueSince', { date: day(dueAt) }) : t('training.status.OVERDUE');
      default:
        return t(`training.status.${status}`);
    }
  };
}

export function TrainingStatusBadge(props: { status: TrainingStatus; completedAt?: string | null; dueAt?: string | null; expiresAt?: string | null }) {
  const text = useStatusText();
  return (
    <Badge color={STATUS_COLOR[props.status]} variant="light" tt="none" style={{ whiteSpace: 'normal', height: 'auto' }}>
      {text(props)}
    </Badge>
  );
}

/** A percentage (0–100, one decimal) in the reader's language. */
export function usePercentText() {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  return (percent: number) => format.format(percent / 100);
}
