import { Badge, Group, SegmentedControl } from '@mantine/core';
import { useSession } from '@pillars/web/core/data-access';
import type { PolicyStatusFieldsFragment } from '@pillars/web/graphql';
import { useTranslation } from 'react-i18next';

/** Dates in the reader's language and time zone. */
export function useDates() {
  const { i18n } = useTranslation();
  const { me } = useSession();
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: me?.timeZone ?? undefined });
  const moment = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: me?.timeZone ?? undefined });
  return { day: (iso: string) => day.format(new Date(iso)), moment: (iso: string) => moment.format(new Date(iso)) };
}

export function usePercent() {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 1 });
  return (percent: number) => format.format(percent / 100);
}

export const STATE_COLOR: Record<string, string> = { ACKNOWLEDGED: 'teal', DUE: 'blue', OVERDUE: 'red', NOT_REQUIRED: 'gray' };

/** The reader's own status: not required / due on date / overdue / acknowledged on date with version. */
export function PolicyStatusBadge({ status }: { status: PolicyStatusFieldsFragment }) {
  const { t } = useTranslation();
  const { day } = useDates();
  const label =
    status.state === 'ACKNOWLEDGED' && status.acknowledgedAt
      ? t('policies.status.acknowledgedOn', { date: day(status.acknowledgedAt), version: status.acknowledgedVersion ?? '' })
      : status.state === 'DUE'
        ? status.dueAt
          ? t('policies.status.dueOn', { date: day(status.dueAt) })
          : t('policies.status.due')
        : status.state === 'OVERDUE'
          ? status.dueAt
            ? t('policies.status.overdueSince', { date: day(status.dueAt) })
            : t('policies.status.overdue')
          : t('policies.status.notRequired');
  return (
    <Badge color={STATE_COLOR[status.state] ?? 'gray'} variant={status.state === 'OVERDUE' ? 'filled' : 'light'} tt="none">
      {label}
    </Badge>
  );
}

/** A policy's kind, category, tags and "retired", as the library's cards and the policy page show them. */
export function PolicyBadges({ policy }: { policy: { kind: string; category: string; tags: readonly string[]; retiredAt?: string | null } }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" wrap="wrap">
      <Badge variant="outline" color="gray" tt="none">
        {t(`policies.kind.${policy.kind}`)}
      </Badge>
      <Badge variant="light" color="grape" tt="none">
        <span dir="auto">{policy.category}</span>
      </Badge>
      {policy.tags.map((tag) => (
        <Badge key={tag} variant="dot" color="gray" tt="none">
          <span dir="auto">{tag}</span>
        </Badge>
      ))}
      {policy.retiredAt ? (
        <Badge color="gray" tt="none">
          {t('policies.retired')}
        </Badge>
      ) : null}
    </Group>
  );
}

export const LANGUAGES = ['en', 'ar', 'he', 'it'] as const;
export type PolicyLanguage = (typeof LANGUAGES)[number];

/** Chooses which of a version's languages to read (shown only when there are several). */
export function PolicyLanguageControl({ languages, value, onChange }: { languages: readonly string[]; value: string; onChange: (language: string) => void }) {
  const { t } = useTranslation();
  if (languages.length < 2) return null;
  return <SegmentedControl aria-label={t('policies.reading.language')} value={value} onChange={onChange} data={languages.map((l) => ({ value: l, label: t(`policies.languages.${l}`) }))} />;
}
