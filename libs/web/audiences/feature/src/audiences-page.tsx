import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { usePageTitle } from '@pillars/web/util';
import type { AudienceRulesInput } from '@pillars/web/graphql';
import { ErrorView } from '@pillars/web/ui';
import { IconCircleCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AudiencePicker } from './audience-picker';
import { CreateAudienceDocument, useLiveAudience } from '@pillars/web/audiences/data-access';
import { EMPTY_AUDIENCE, savableRules } from './audience-rules';

/** HR and admins build an audience with the picker and save it; the saved member count confirms it. */
export function AudiencesPage() {
  const { t, i18n } = useTranslation();
  const { messages } = useErrorMessages();
  usePageTitle(t('audiences.page.title'));
  const [rules, setRules] = useState<AudienceRulesInput>(EMPTY_AUDIENCE);
  const [create, { data, loading, error, reset }] = useMutation(CreateAudienceDocument);
  const saved = data?.createAudience.audience;
  // Membership moves with the directory: the saved count follows the audience's room.
  const live = useLiveAudience(saved?.id);
  const ready = savableRules(rules);

  const save = async () => {
    if (!ready) return;
    // The mutation's error state shows a failure; the rejection adds nothing.
    await create({ variables: { input: { rules: ready } } }).catch(() => undefined);
  };
  const change = (next: AudienceRulesInput) => {
    setRules(next);
    if (saved || error) reset();
  };
  const startOver = () => {
    setRules(EMPTY_AUDIENCE);
    reset();
  };

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('audiences.page.title')}</Title>
        <Text c="dimmed">{t('audiences.page.intro')}</Text>
      </Stack>
      <AudiencePicker value={rules} onChange={change} disabled={loading} />
      {error ? <ErrorView title={t('audiences.page.saveFailed')} messages={messages(error)} /> : null}
      {saved ? (
        <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden="true" />} title={t('audiences.page.saved')} role="status">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{t('audiences.page.savedCount', { count: live?.memberCount ?? saved.memberCount })}</Text>
            <Text size="xs" c="dimmed">
              {t('audiences.page.savedAt', { date: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(saved.createdAt)) })}
            </Text>
            <Button variant="default" size="xs" onClick={startOver}>
              {t('audiences.page.another')}
            </Button>
          </Stack>
        </Alert>
      ) : null}
      <Group justify="flex-end" gap="sm">
        {!ready && rules.include.length + (rules.exclude?.length ?? 0) > 0 ? (
          <Text size="sm" c="dimmed">
            {t('audiences.page.incomplete')}
          </Text>
        ) : null}
        <Button leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />} onClick={() => void save()} disabled={!ready || Boolean(saved)} loading={loading}>
          {t('audiences.page.save')}
        </Button>
      </Group>
    </Stack>
  );
}
