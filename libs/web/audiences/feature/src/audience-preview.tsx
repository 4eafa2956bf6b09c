import { Button, Group, Loader, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { hasErrorCode, useErrorMessages } from '@pillars/web/core/data-access';
import type { AudienceRulesInput } from '@pillars/web/graphql';
import { UserAvatar } from '@pillars/web/ui';
import { IconUsers } from '@tabler/icons-react';
import { useEffect, useId, useMemo, useState } from 'react';
import { AudienceMemberList } from './audience-member-list';
import { useTranslation } from 'react-i18next';
import { AudiencePreviewDocument } from '@pillars/web/audiences/data-access';

/** Sample people shown under the count. */
const SAMPLE_SIZE = 5;

export interface AudiencePreviewProps {
  /** Complete rules, or null while there is nothing to count. */
  rules: AudienceRulesInput | null;
  delayMs: number;
}

/** The live "N people" count and a few names, asked for once typing pauses. */
export function AudiencePreview({ rules, delayMs }: AudiencePreviewProps) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  // Comparing the JSON keeps one request per distinct rule set, however often the parent re-renders.
  const [key] = useDebouncedValue(rules ? JSON.stringify(rules) : '', delayMs);
  const debounced = useMemo(() => (key ? (JSON.parse(key) as AudienceRulesInput) : null), [key]);
  const { data, previousData, loading, error } = useQuery(AudiencePreviewDocument, {
    variables: { rules: debounced ?? { include: [] } },
    skip: !debounced,
  });
  const settling = Boolean(rules) && (key !== JSON.stringify(rules) || loading);
  const preview = (data ?? previousData)?.audiencePreview;
  const [open, setOpen] = useState(false);
  const listId = useId();
  // A different rule set is a different list: close it rather than show the old one.
  useEffect(() => setOpen(false), [key]);

  let body;
  if (!rules) {
    body = (
      <Text size="sm" c="dimmed">
        {t('audiences.preview.needRule')}
      </Text>
    );
  } else if (error && hasErrorCode(error, 'FORBIDDEN')) {
    body = (
      <Text size="sm" c="dimmed">
        {t('audiences.preview.forbidden')}
      </Text>
    );
  } else if (error) {
    body = (
      <Text size="sm" c="red" role="alert">
        {t('audiences.preview.failed')} {messages(error).join(' ')}
      </Text>
    );
  } else if (!preview) {
    body = (
      <Text size="sm" c="dimmed">
        {t('audiences.preview.counting')}
      </Text>
    );
  } else {
    const sample = preview.sample.slice(0, SAMPLE_SIZE);
    const more = preview.count - sample.length;
    body = (
      <Stack gap={6}>
        <Text fz="xl" fw={700} data-testid="audience-count">
          {t('audiences.preview.count', { count: preview.count })}
        </Text>
        {sample.length > 0 ? (
          <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('audiences.preview.sample')}>
            {sample.map((m) => (
              <Group key={m.userId} gap="xs" wrap="nowrap" component="li">
                <UserAvatar initials={m.initials} seed={m.userId} size="sm" />
                <Text size="sm" dir="auto" truncate="end">
                  {m.name}
                </Text>
              </Group>
            ))}
          </Stack>
        ) : null}
        {more > 0 && debounced ? (
          <>
            <Button variant="subtle" size="compact-xs" w="fit-content" px={0} aria-expanded={open} aria-controls={listId} onClick={() => setOpen((o) => !o)}>
              {open ? t('audiences.members.hide') : t('audiences.preview.more', { count: more })}
            </Button>
            {open ? <AudienceMemberList rules={debounced} id={listId} /> : null}
          </>
        ) : null}
      </Stack>
    );
  }

  return (
    <Paper withBorder radius="md" p="md" aria-live="polite" aria-busy={settling}>
      <Group justify="space-between" wrap="nowrap" mb="xs">
        <Group gap="xs" wrap="nowrap">
          <IconUsers size={18} aria-hidden="true" />
          <Text fw={600} size="sm">
            {t('audiences.preview.title')}
          </Text>
        </Group>
        {settling ? <Loader size="xs" aria-label={t('common.loading')} /> : null}
      </Group>
      {body}
    </Paper>
  );
}
