import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Checkbox, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { RestoreArchivedWikiPageDocument, SetWikiSpaceArchiveSettingDocument, WikiSpaceArchiveSettingDocument } from '@pillars/web/wiki/data-access';
import { IconArchive, IconArchiveOff } from '@tabler/icons-react';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWikiDates } from './wiki-format';

/** The archive's bounds (the API's: 1–365 days after the review date). */
const DAYS = { min: 1, max: 365, suggested: 90 } as const;

/**
 * "This page is archived": its space archived it for being left unverified. Still readable; out of
 * search; edits wait for a restore, which the owner or a space admin makes here. `archivedAt` comes
 * with the page's own query (one request per page view); the restore returns the page's fields, so
 * the cache clears it and the page shown re-renders live.
 */
export function WikiArchivedBanner({ pageId, archivedAt, canRestore }: { pageId: string; archivedAt: string | null | undefined; canRestore: boolean }) {
  const { t } = useTranslation();
  const { day } = useWikiDates();
  const { messages } = useErrorMessages();
  const [restore, restoring] = useMutation(RestoreArchivedWikiPageDocument);
  if (!archivedAt) return null;
  return (
    <Alert color="gray" variant="light" icon={<IconArchive size={18} aria-hidden="true" />} title={t('wiki.archive.bannerTitle')} role="region" aria-label={t('wiki.archive.bannerTitle')}>
      <Stack gap="xs">
        <Text size="sm">{t('wiki.archive.bannerText', { date: day(archivedAt) })}</Text>
        {restoring.error ? (
          <Text size="sm" c="red" role="alert">
            {messages(restoring.error).join(' ')}
          </Text>
        ) : null}
        {canRestore ? (
          <Button w="fit-content" variant="default" loading={restoring.loading} leftSection={<IconArchiveOff size={16} aria-hidden="true" />} onClick={() => void restore({ variables: { pageId } }).catch(() => undefined)}>
            {t('wiki.archive.restore')}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}

/**
 * A space admin's setting: archive pages left unverified N days after their review date (off by
 * default). Self-contained (its own query and mutation), so a space settings screen can host it.
 */
export function WikiSpaceArchiveSetting({ spaceId }: { spaceId: string }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const headingId = useId();
  const { data } = useQuery(WikiSpaceArchiveSettingDocument, { variables: { id: spaceId } });
  const [save, saving] = useMutation(SetWikiSpaceArchiveSettingDocument);
  const saved = data?.wikiSpace.archiveUnverifiedAfterDays ?? null;
  const [on, setOn] = useState(false);
  const [days, setDays] = useState<number | string>(DAYS.suggested);
  useEffect(() => {
    setOn(saved !== null);
    if (saved !== null) setDays(saved);
  }, [saved]);
  const valid = !on || (typeof days === 'number' && Number.isInteger(days) && days >= DAYS.min && days <= DAYS.max);
  const wanted = on && typeof days === 'number' ? days : null;
  if (!data) return null;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) void save({ variables: { input: { id: spaceId, archiveUnverifiedAfterDays: wanted } } }).catch(() => undefined);
        }}
      >
        <Stack gap="sm">
          <Title order={2} fz="h5" id={headingId}>
            {t('wiki.archive.settingTitle')}
          </Title>
          <Checkbox label={t('wiki.archive.settingToggle')} description={t('wiki.archive.settingHint')} checked={on} onChange={(e) => setOn(e.currentTarget.checked)} />
          {on ? (
            <NumberInput label={t('wiki.archive.settingDays')} value={days} onChange={setDays} min={DAYS.min} max={DAYS.max} allowDecimal={false} w={220} error={valid ? undefined : t('wiki.archive.settingDaysInvalid', { min: DAYS.min, max: DAYS.max })} />
          ) : null}
          {saving.error ? (
            <Text size="sm" c="red" role="alert">
              {messages(saving.error).join(' ')}
            </Text>
          ) : null}
          <Group gap="sm">
            <Button type="submit" variant="default" loading={saving.loading} disabled={!valid || wanted === saved}>
              {t('wiki.archive.settingSave')}
            </Button>
            {saving.data && wanted === saved ? (
              <Text size="sm" c="dimmed" role="status">
                {t('wiki.archive.settingSaved')}
              </Text>
            ) : null}
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
