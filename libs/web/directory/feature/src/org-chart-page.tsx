import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { isNotFound, useErrorMessages, useLiveRooms, useSession } from '@pillars/web/core/data-access';
import { DIRECTORY_ROOM, OrgChartDocument, personRoom } from '@pillars/web/directory/data-access';
import { EmptyView, ErrorView, OrgChart, PageSkeleton } from '@pillars/web/ui';
import { IconUserOff } from '@tabler/icons-react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { usePageTitle } from '@pillars/web/util';
import { MoreReports, REPORTS_PAGE } from './more-reports';
import { orgChartPath, profilePath } from './person-link';

/** `/org-chart/:id`, or the signed-in person's own place at `/org-chart`. */
export function OrgChartPage() {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const { me } = useSession();
  const { id = me?.id ?? '' } = useParams();
  const { data, error, refetch } = useQuery(OrgChartDocument, { variables: { id, reportsFirst: REPORTS_PAGE }, skip: !id });
  const user = data?.user;
  useLiveRooms([DIRECTORY_ROOM, id && personRoom(id), ...(user?.managerChain ?? []).map((m) => personRoom(m.id))]);
  // Peers change with the manager's reports, which reach the manager's room (the first of the chain).
  usePageTitle(t('directory.orgChart.title'));

  let body;
  if (error && !user) {
    body = isNotFound(error) ? (
      <EmptyView icon={<IconUserOff size={30} />} title={t('directory.profile.notFound')} />
    ) : (
      <ErrorView title={t('directory.orgChart.failed')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />
    );
  } else if (!user) {
    body = <PageSkeleton label={t('common.loading')} />;
  } else {
    body = (
      <Stack gap="md">
        <Text c="dimmed" size="sm" id="org-chart-help">
          <Trans i18nKey="directory.orgChart.around" values={{ name: user.name }} components={{ name: <bdi /> }} />{' '}
          {t('directory.orgChart.keyboardHint')}
        </Text>
        <OrgChart
          chain={user.managerChain}
          person={user}
          peers={user.peers}
          reports={user.reports.edges.map((e) => e.node)}
          label={t('directory.orgChart.label')}
          chainLabel={t('directory.orgChart.chain')}
          peersLabel={t('directory.orgChart.peers')}
          reportsLabel={t('directory.orgChart.reports')}
          reportCountLabel={(count) => t('directory.orgChart.reportCount', { count })}
          renderLink={({ person, className, children, current, dataAttributes }) => (
            <Link
              to={current ? profilePath(person.id) : orgChartPath(person.id)}
              className={className}
              aria-current={current ? 'page' : undefined}
              aria-describedby="org-chart-help"
              {...dataAttributes}
            >
              {children}
            </Link>
          )}
        />
        <Group justify="center">
          <MoreReports userId={user.id} shown={user.reports.edges.length} total={user.directReportCount} pageInfo={user.reports.pageInfo} />
        </Group>
        <Group gap="lg" justify="center" wrap="wrap">
          <Anchor component={Link} to={profilePath(user.id)} size="sm">
            <Trans i18nKey="directory.orgChart.openProfile" values={{ name: user.name }} components={{ name: <bdi /> }} />
          </Anchor>
          <Anchor component={Link} to="/organisation" size="sm">
            {t('directory.orgChart.wholeOrganisation')}
          </Anchor>
        </Group>
      </Stack>
    );
  }
  return (
    <Stack gap="lg">
      <Title order={1}>{t('directory.orgChart.title')}</Title>
      {body}
    </Stack>
  );
}
