import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Radio, Stack, Switch, Text, Title } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { ConfigureTeamFeedDocument, TeamFeedDocument } from '@pillars/web/feeds/data-access';
import type { TeamFeedVisibility } from '@pillars/web/graphql';
import { EmptyView, ErrorView, PageSkeleton } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconLock } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { teamFeedPath } from './feed-paths';
import { useTeamName } from './team-name';

/** Visibility and approval of a team's feed, for its leads and admins. */
export function TeamFeedSettingsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const name = useTeamName(id);
  usePageTitle(t('feeds.settings.title'));
  const { data, error, refetch } = useQuery(TeamFeedDocument, { variables: { teamId: id } });
  const [configure, saving] = useMutation(ConfigureTeamFeedDocument);
  const [visibility, setVisibility] = useState<TeamFeedVisibility>('OPEN');
  const [requiresApproval, setRequiresApproval] = useState(false);
  const [saved, setSaved] = useState(false);
  const feed = data?.teamFeed;
  useEffect(() => {
    if (!feed) return;
    setVisibility(feed.visibility);
    setRequiresApproval(feed.requiresApproval);
  }, [feed]);

  if (error && !feed) return <ErrorView title={t('feeds.feed.failed')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  if (!feed) return <PageSkeleton label={t('common.loading')} />;
  if (!feed.canConfigure) return <EmptyView icon={<IconLock size={30} />} title={t('feeds.settings.forbidden')} action={<Anchor component={Link} to={teamFeedPath(id)}>{t('feeds.moderation.backToFeed')}</Anchor>} />;

  const save = () => {
    setSaved(false);
    configure({ variables: { input: { teamId: id, visibility, requiresApproval } } })
      .then(() => setSaved(true))
      .catch(() => undefined);
  };
  return (
    <Stack gap="lg" maw={640}>
      <Stack gap={4}>
        <Title order={1}>{t('feeds.settings.title')}</Title>
        <Text c="dimmed">
          {name ? <bdi>{name}</bdi> : null} · <Anchor component={Link} to={teamFeedPath(id)}>{t('feeds.moderation.backToFeed')}</Anchor>
        </Text>
      </Stack>
      <Card withBorder radius="md" padding="md">
        <Stack gap="md">
          <Radio.Group label={t('feeds.settings.visibility')} value={visibility} onChange={(v) => setVisibility(v === 'PRIVATE' ? 'PRIVATE' : 'OPEN')}>
            <Stack gap="xs" mt="xs">
              <Radio value="OPEN" label={t('feeds.settings.open')} description={t('feeds.settings.openHint')} />
              <Radio value="PRIVATE" label={t('feeds.settings.private')} description={t('feeds.settings.privateHint')} />
            </Stack>
          </Radio.Group>
          <Switch checked={requiresApproval} onChange={(e) => setRequiresApproval(e.currentTarget.checked)} label={t('feeds.settings.requiresApproval')} description={t('feeds.settings.requiresApprovalHint')} />
          {saving.error ? <ErrorView messages={messages(saving.error)} /> : null}
          {saved ? (
            <Alert color="teal" variant="light" role="status">
              {t('feeds.settings.saved')}
            </Alert>
          ) : null}
          <Button onClick={save} loading={saving.loading} w="fit-content">
            {t('common.save')}
          </Button>
        </Stack>
      </Card>
    </Stack>
  );
}
