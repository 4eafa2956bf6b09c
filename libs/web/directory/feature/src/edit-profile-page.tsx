import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useErrorMessages, useSession } from '@pillars/web/core/data-access';
import { MyProfileDocument } from '@pillars/web/directory/data-access';
import { ErrorView, PageSkeleton, UnsavedChangesDialog } from '@pillars/web/ui';
import { usePageTitle, useUnsavedChanges } from '@pillars/web/util';
import { IconLock } from '@tabler/icons-react';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EditProfileForm, type MyProfile } from './edit-profile-form';
import { EditProfilePhoto } from './edit-profile-photo';
import { profilePath } from './person-link';

function ReadOnlyFact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

/** Name, title, teams, manager, location: the organisation's records, shown here and changed by HR or an admin. */
function OrganisationFacts({ user }: { user: MyProfile }) {
  const { t } = useTranslation();
  const none = t('directory.editProfile.notSet');
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="org-heading">
      <Group gap={6} mb="xs" wrap="nowrap">
        <IconLock size={16} aria-hidden="true" />
        <Title order={2} fz="h4" id="org-heading">
          {t('directory.editProfile.managedByHr')}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t('directory.editProfile.managedByHrHint')}
      </Text>
      <Stack gap="xs" component="dl" m={0}>
        <ReadOnlyFact label={t('directory.editProfile.name')}>
          <span dir="auto">{user.name}</span>
        </ReadOnlyFact>
        <ReadOnlyFact label={t('directory.editProfile.jobTitle')}>{user.title ? <span dir="auto">{user.title}</span> : none}</ReadOnlyFact>
        <ReadOnlyFact label={t('directory.profile.teams')}>
          {user.teams.length ? <span dir="auto">{user.teams.map((m) => m.team.name).join(', ')}</span> : t('directory.profile.noTeams')}
        </ReadOnlyFact>
        <ReadOnlyFact label={t('directory.profile.manager')}>{user.manager ? <bdi>{user.manager.name}</bdi> : t('directory.profile.noManager')}</ReadOnlyFact>
        <ReadOnlyFact label={t('directory.profile.location')}>{user.location ? <span dir="auto">{user.location}</span> : none}</ReadOnlyFact>
      </Stack>
    </Card>
  );
}

/** `/account/profile`: the signed-in person edits what they say about themselves; the organisation's fields are shown, not edited. */
export function EditProfilePage() {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const { me } = useSession();
  usePageTitle(t('directory.editProfile.title'));
  const { data, error, refetch } = useQuery(MyProfileDocument, { variables: { id: me?.id ?? '' }, skip: !me });
  const [formDirty, setFormDirty] = useState(false);
  const [photoPending, setPhotoPending] = useState(false);
  // One guard for the page (the router holds one blocker at a time): typed edits or a photo not yet used.
  const guard = useUnsavedChanges(formDirty || photoPending);
  const user = data?.user;

  let body: ReactNode;
  if (error && !user) body = <ErrorView title={t('directory.editProfile.failed')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  else if (!user) body = <PageSkeleton label={t('common.loading')} />;
  else
    body = (
      <>
        <Group justify="space-between" align="center" wrap="wrap">
          <Title order={1}>{t('directory.editProfile.title')}</Title>
          <Anchor component={Link} to={profilePath(user.id)} size="sm">
            {t('directory.editProfile.viewProfile')}
          </Anchor>
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <EditProfilePhoto user={user} onPendingChange={setPhotoPending} />
          <OrganisationFacts user={user} />
        </SimpleGrid>
        <EditProfileForm key={user.id} user={user} onDirtyChange={setFormDirty} />
      </>
    );

  return (
    <Stack gap="lg">
      {body}
      <UnsavedChangesDialog
        opened={guard.asking}
        onStay={guard.stay}
        onLeave={guard.leave}
        labels={{ title: t('common.unsaved.title'), body: t('common.unsaved.body'), stay: t('common.unsaved.stay'), leave: t('common.unsaved.leave') }}
      />
    </Stack>
  );
}
