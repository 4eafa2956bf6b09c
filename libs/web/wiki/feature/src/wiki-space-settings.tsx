import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { LIMITS } from '@pillars/shared/validation';
import { useErrorMessages } from '@pillars/web/core/data-access';
import type { WikiSpaceSettingsQuery } from '@pillars/web/graphql';
import { ErrorView, PageSkeleton, UserTextarea, UserTextInput } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { UpdateWikiSpaceDocument, WikiSpaceSettingsDocument } from '@pillars/web/wiki/data-access';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WikiFormCard, WikiFormProblems } from './wiki-form-problems';
import { type WikiSpaceAccess, WikiSpaceAccessFields } from './wiki-space-access-fields';
import { SpaceAdminsOnly } from './wiki-space-admin-links';
import { useWikiSpace } from './wiki-space-context';
import { WikiSpaceMembers } from './wiki-space-members';
import { WikiSpaceArchiveSetting } from './wiki-archive';

type SettingsSpace = NonNullable<WikiSpaceSettingsQuery['wikiSpaceByKey']>;

/** A space's settings for its admins: name, description, who sees it, the review cycle; then its members. */
export function WikiSpaceSettingsPage() {
  const { space } = useWikiSpace();
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const headingId = useId();
  usePageTitle(t('wiki.settings.title'));
  const { data, error, refetch, fetchMore, loading } = useQuery(WikiSpaceSettingsDocument, { variables: { key: space.key, first: LIMITS.pageSize, after: null }, skip: !space.abilities.canAdmin });

  if (!space.abilities.canAdmin) return <SpaceAdminsOnly spaceKey={space.key} />;
  const settings = data?.wikiSpaceByKey;
  if (error && !settings) return <ErrorView title={t('wiki.settings.title')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  if (!settings) return <PageSkeleton label={t('common.loading')} />;
  const members = settings.members;

  return (
    <Stack gap="lg" component="section" aria-labelledby={headingId}>
      <Stack gap={2}>
        <Title order={1} id={headingId}>
          {t('wiki.settings.title')}
        </Title>
        <Text size="sm" c="dimmed" dir="auto">
          {settings.name}
        </Text>
      </Stack>
      <SpaceForm key={settings.id} space={settings} />
      <WikiSpaceArchiveSetting spaceId={settings.id} />
      <WikiSpaceMembers
        space={settings}
        members={members.edges.map((e) => e.node)}
        loadMore={members.pageInfo.hasNextPage ? () => void fetchMore({ variables: { after: members.pageInfo.endCursor } }) : null}
        loadingMore={loading}
      />
    </Stack>
  );
}

function SpaceForm({ space }: { space: SettingsSpace }) {
  const { t } = useTranslation();
  const { fieldMessage } = useErrorMessages();
  const [name, setName] = useState(space.name);
  const [description, setDescription] = useState(space.description);
  const [access, setAccess] = useState<WikiSpaceAccess>({ visibility: space.visibility, teamId: space.team?.id ?? null, outsiderAccess: space.outsiderAccess, reviewCycleMonths: space.reviewCycleMonths });
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [update, updating] = useMutation(UpdateWikiSpaceDocument, { refetchQueries: ['WikiSpaceSettings', 'WikiSpaces'] });
  const clear = () => {
    setProblem(null);
    setSaved(false);
    if (updating.error) updating.reset();
  };
  const submit = () => {
    if (!name.trim()) return setProblem(t('wiki.createSpace.nameRequired'));
    if (access.visibility === 'TEAM' && !access.teamId) return setProblem(t('wiki.createSpace.teamRequired'));
    const team = access.visibility === 'TEAM';
    update({
      variables: {
        input: {
          id: space.id,
          name: name.trim(),
          description: description.trim(),
          visibility: access.visibility,
          reviewCycleMonths: access.reviewCycleMonths,
          teamId: team ? access.teamId : null,
          ...(team ? { outsiderAccess: access.outsiderAccess } : {}),
        },
      },
    })
      .then(() => setSaved(true))
      .catch(() => undefined);
  };

  return (
    <WikiFormCard title={t('wiki.settings.general')} onSubmit={submit}>
      <UserTextInput
        label={t('wiki.createSpace.name')}
        value={name}
        onChange={(e) => {
          setName(e.currentTarget.value);
          clear();
        }}
        maxLength={LIMITS.name}
        required
        error={fieldMessage(updating.error, 'name')}
      />
      <UserTextarea
        label={t('wiki.createSpace.description')}
        value={description}
        onChange={(e) => {
          setDescription(e.currentTarget.value);
          clear();
        }}
        autosize
        minRows={2}
        maxLength={2000}
      />
      <WikiSpaceAccessFields
        value={access}
        onChange={(next) => {
          setAccess(next);
          clear();
        }}
      />
      <WikiFormProblems problem={problem} error={updating.error} />
      <Group gap="sm">
        <Button type="submit" loading={updating.loading} leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />}>
          {t('wiki.settings.save')}
        </Button>
        <Text size="sm" c="teal.9" role="status">
          {saved ? t('wiki.settings.saved') : ''}
        </Text>
      </Group>
    </WikiFormCard>
  );
}
