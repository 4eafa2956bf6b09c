import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { isNotFound, useErrorMessages, useLiveRooms } from '@pillars/web/core/data-access';
import { personRoom, UserProfileDocument } from '@pillars/web/directory/data-access';
import { EmptyView, ErrorView, PageSkeleton, UserAvatar } from '@pillars/web/ui';
import { IconBinaryTree, IconCalendar, IconClock, IconMail, IconMapPin, IconPencil, IconUserOff } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { formatDate, useLocalTime } from './local-time';
import { ManagerChainBreadcrumb } from './manager-chain';
import { usePageTitle } from '@pillars/web/util';
import { MoreReports, REPORTS_PAGE } from './more-reports';
import { PeopleList } from './people-list';
import { orgChartPath, PersonLink, TeamLink } from './person-link';

function Fact({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt" style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
        <span aria-hidden="true" style={{ display: 'inline-flex' }}>
          {icon}
        </span>
        {label}
      </Text>
      <Text size="sm" component="dd" m={0} ps={22} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

function LocalTime({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const { time, zone } = useLocalTime(timeZone);
  return <span>{time ? t('directory.profile.localTimeValue', { time, zone }) : zone}</span>;
}

export function ProfilePage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { messages } = useErrorMessages();
  const { data, error, refetch } = useQuery(UserProfileDocument, { variables: { id, reportsFirst: REPORTS_PAGE } });
  const user = data?.user;
  // The person and the managers above them (direct reports' changes reach the person's room).
  useLiveRooms([personRoom(id), ...(user?.managerChain ?? []).map((m) => personRoom(m.id))]);
  usePageTitle(user?.name ?? t('directory.profile.title'));

  if (error && !user) {
    if (isNotFound(error)) {
      return <EmptyView icon={<IconUserOff size={30} />} title={t('directory.profile.notFound')} action={<Anchor component={Link} to="/people">{t('directory.backToDirectory')}</Anchor>} />;
    }
    return <ErrorView title={t('directory.profile.failed')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  }
  if (!user) return <PageSkeleton label={t('common.loading')} />;

  const name = <bdi />;
  return (
    <Stack gap="lg">
      {user.managerChain.length > 0 ? (
        <ManagerChainBreadcrumb chain={user.managerChain} current={user} label={t('directory.profile.chainLabel')} />
      ) : null}
      <Group gap="lg" align="center" wrap="wrap">
        <UserAvatar initials={user.initials} seed={user.id} size={84} />
        <Stack gap={4} style={{ flex: '1 1 220px', minWidth: 0 }}>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            <span dir="auto">{user.name}</span>
          </Title>
          {user.title ? (
            <Text size="lg" c="dimmed">
              <span dir="auto">{user.title}</span>
            </Text>
          ) : null}
          {/* Employees get no status (null): a departed colleague shows as former, a suspension not at all. */}
          {user.former ? (
            <Badge color="gray" variant="light" w="fit-content">
              {t('directory.profile.former')}
            </Badge>
          ) : user.status === 'SUSPENDED' ? (
            <Badge color="orange" variant="light" w="fit-content">
              {t('status.SUSPENDED')}
            </Badge>
          ) : null}
        </Stack>
        <Group gap="xs">
          <Button component={Link} to={orgChartPath(user.id)} variant="light" leftSection={<IconBinaryTree size={16} aria-hidden="true" />}>
            {t('directory.profile.viewOrgChart')}
          </Button>
          {user.abilities.canEdit ? (
            <Button component={Link} to={`/admin/people/${user.id}`} variant="default" leftSection={<IconPencil size={16} aria-hidden="true" />}>
              {t('common.edit')}
            </Button>
          ) : null}
        </Group>
      </Group>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder radius="md" component="section" aria-labelledby="details-heading">
          <Title order={2} fz="h4" id="details-heading" mb="sm">
            {t('directory.profile.details')}
          </Title>
          <Stack gap="sm" component="dl" m={0}>
            {user.email ? (
              <Fact icon={<IconMail size={16} />} label={t('directory.profile.email')}>
                <Anchor href={`mailto:${user.email}`} dir="ltr">
                  {user.email}
                </Anchor>
              </Fact>
            ) : null}
            <Fact icon={<IconMapPin size={16} />} label={t('directory.profile.location')}>
              <span dir="auto">{user.location ?? t('directory.profile.noLocation')}</span>
            </Fact>
            <Fact icon={<IconClock size={16} />} label={t('directory.profile.localTime')}>
              <LocalTime timeZone={user.timeZone} />
            </Fact>
            {user.startDate ? (
              <Fact icon={<IconCalendar size={16} />} label={t('directory.profile.startDate')}>
                {formatDate(user.startDate, i18n.language)}
              </Fact>
            ) : null}
          </Stack>
        </Card>

        <Card withBorder radius="md" component="section" aria-labelledby="work-heading">
          <Title order={2} fz="h4" id="work-heading" mb="sm">
            {t('directory.profile.work')}
          </Title>
          <Stack gap="md">
            <div>
              <Text size="xs" c="dimmed">
                {t('directory.profile.manager')}
              </Text>
              {user.manager ? (
                <Text size="sm">
                  <PersonLink id={user.manager.id}>
                    <bdi>{user.manager.name}</bdi>
                  </PersonLink>
                  {user.manager.title ? (
                    <Text span c="dimmed" size="sm">
                      {' · '}
                      <span dir="auto">{user.manager.title}</span>
                    </Text>
                  ) : null}
                </Text>
              ) : (
                <Text size="sm">{t('directory.profile.noManager')}</Text>
              )}
            </div>
            <div>
              <Text size="xs" c="dimmed" mb={4}>
                {t('directory.profile.teams')}
              </Text>
              {user.teams.length === 0 ? (
                <Text size="sm">{t('directory.profile.noTeams')}</Text>
              ) : (
                <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {user.teams.map((m) => (
                    <Group component="li" key={m.team.id} gap={6} wrap="nowrap">
                      <Text size="sm">
                        <TeamLink id={m.team.id}>
                          <span dir="auto">{m.team.name}</span>
                        </TeamLink>
                      </Text>
                      {m.role === 'LEAD' ? (
                        <Badge size="sm" variant="light">
                          {t('teamRole.LEAD')}
                        </Badge>
                      ) : null}
                    </Group>
                  ))}
                </Group>
              )}
            </div>
          </Stack>
        </Card>
      </SimpleGrid>

      {user.peers.length > 0 ? (
        <Card withBorder radius="md" component="section" aria-labelledby="peers-heading">
          <Title order={2} fz="h4" id="peers-heading" mb="sm">
            {t('directory.profile.peers', { count: user.peers.length })}
          </Title>
          <PeopleList people={user.peers} label={t('directory.profile.peersList')} />
        </Card>
      ) : null}

      <Card withBorder radius="md" component="section" aria-labelledby="reports-heading">
        <Title order={2} fz="h4" id="reports-heading" mb="sm">
          {t('directory.profile.directReports', { count: user.directReportCount })}
        </Title>
        {user.reports.edges.length === 0 ? (
          <Text size="sm" c="dimmed">
            <Trans i18nKey="directory.profile.noReports" values={{ name: user.name }} components={{ name }} />
          </Text>
        ) : (
          <>
            <PeopleList people={user.reports.edges.map((e) => e.node)} label={t('directory.profile.directReportsList')} />
            <MoreReports userId={user.id} shown={user.reports.edges.length} total={user.directReportCount} pageInfo={user.reports.pageInfo} />
          </>
        )}
      </Card>
    </Stack>
  );
}
