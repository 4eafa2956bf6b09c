import { NetworkStatus } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, Progress, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { isNotFound, useErrorMessages } from '@pillars/web/core/data-access';
import { LocationsDocument } from '@pillars/web/directory/data-access';
import type { PolicyComplianceGrouping, Role } from '@pillars/web/graphql';
import { PolicyComplianceCsvDocument, PolicyComplianceDocument, PolicyCompliancePeopleDocument } from '@pillars/web/policies/data-access';
import { CsvButton, EmptyView, ErrorView, PageSkeleton } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconLock } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { ComplianceTrend } from './compliance-trend';
import { STATE_COLOR, useDates, usePercent } from './policy-format';
import { policyPath } from './policy-paths';

export const COMPLIANCE_PEOPLE_PAGE = 50;
const ROLES: Role[] = ['EMPLOYEE', 'HR', 'ADMIN'];

/**
 * The compliance dashboard of one version: totals, then the roll-up by team tree (company → team →
 * sub-team → person) or by manager line, drilled into through the URL (`?by=&parent=`), so the
 * browser's back goes up a level. HR sees everyone; a manager only their line (the API filters).
 */
export function PolicyCompliancePage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const versionId = params.get('version') ?? '';
  const groupBy: PolicyComplianceGrouping = params.get('by') === 'MANAGER' ? 'MANAGER' : 'TEAM';
  const parentId = params.get('parent');
  const { t } = useTranslation();
  usePageTitle(t('policies.compliance.title'));
  const headingId = useId();
  const percent = usePercent();
  const { day } = useDates();
  const { messages } = useErrorMessages();
  const client = useApolloClient();
  const location = params.get('location');
  const roleParam = params.get('role');
  const role = ROLES.find((r) => r === roleParam) ?? null;
  // Filters go into the variables only when set (an unfiltered view is the same query as before).
  const vars = { versionId, groupBy, parentId, ...(location ? { location } : {}), ...(role ? { role } : {}) };
  const { data: locationData } = useQuery(LocationsDocument);
  const { data, previousData, error, refetch } = useQuery(PolicyComplianceDocument, { variables: vars, fetchPolicy: 'cache-and-network' });
  const people = useQuery(PolicyCompliancePeopleDocument, { variables: { ...vars, first: COMPLIANCE_PEOPLE_PAGE, after: null }, notifyOnNetworkStatusChange: true, fetchPolicy: 'cache-and-network' });
  const c = (data ?? previousData)?.policyCompliance;

  const filter = (name: 'location' | 'role', value: string | null) => {
    const copy = new URLSearchParams(params);
    if (value) copy.set(name, value);
    else copy.delete(name);
    setParams(copy);
  };
  const go = (next: { by?: PolicyComplianceGrouping; parent?: string | null }) => {
    const copy = new URLSearchParams(params);
    if (next.by) copy.set('by', next.by);
    if (next.parent) copy.set('parent', next.parent);
    else copy.delete('parent');
    setParams(copy);
  };

  if (error && !c) {
    if (isNotFound(error)) return <EmptyView icon={<IconLock size={30} />} title={t('policies.policy.notFound')} />;
    return <ErrorView title={t('policies.compliance.title')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  }
  if (!c) return <PageSkeleton label={t('common.loading')} />;
  const k = c.totals;
  const personRows = (people.data ?? people.previousData)?.policyCompliancePeople;

  return (
    <Stack gap="lg" maw={1100} component="section" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1} id={headingId}>
          {t('policies.compliance.title')}
        </Title>
        <CsvButton
          label={t('policies.compliance.csv')}
          fileName={`policy-compliance-${c.versionLabel}.csv`}
          describeError={(e) => messages(e).join(' ')}
            load={async () => (await client.query({ query: PolicyComplianceCsvDocument, variables: vars, fetchPolicy: 'network-only' })).data?.policyComplianceCsv}
        />
      </Group>
      <Group gap="sm" wrap="wrap">
        <Anchor component={Link} to={policyPath(id)} size="sm">
          {t('policies.backToPolicy')}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('policies.versionLabel', { version: c.versionLabel })} · {c.organizationWide ? t('policies.compliance.everyone') : t('policies.compliance.yourLine')}
        </Text>
      </Group>

      <SegmentedControl
        aria-label={t('policies.compliance.groupBy')}
        value={groupBy}
        onChange={(v) => go({ by: v === 'MANAGER' ? 'MANAGER' : 'TEAM', parent: null })}
        data={[
          { value: 'TEAM', label: t('policies.compliance.byTeam') },
          { value: 'MANAGER', label: t('policies.compliance.byManager') },
        ]}
        w="fit-content"
      />

      <Group gap="sm" wrap="wrap" align="flex-end">
        <Select
          label={t('policies.compliance.location')}
          placeholder={t('policies.compliance.anyLocation')}
          // The organisation's locations, busiest first; one from the URL shows even before they load.
          data={[...new Set([...(location ? [location] : []), ...(locationData?.locations.map((l) => l.location) ?? [])])]}
          value={location}
          onChange={(v) => filter('location', v)}
          searchable
          clearable
          w={220}
        />
        <Select
          label={t('policies.compliance.role')}
          placeholder={t('policies.compliance.anyRole')}
          data={ROLES.map((r) => ({ value: r, label: t(`policies.compliance.roles.${r}`) }))}
          value={role}
          onChange={(v) => filter('role', v)}
          clearable
          w={220}
        />
      </Group>

      <Card withBorder radius="md" padding="md" component="section" aria-label={t('policies.compliance.totals')}>
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap">
            <Title order={2} fz="h4">
              {c.parentName ? <bdi>{c.parentName}</bdi> : groupBy === 'TEAM' ? t('policies.compliance.company') : t('policies.compliance.topOfLine')}
            </Title>
            {parentId ? (
              <Button variant="subtle" size="xs" onClick={() => go({ parent: null })}>
                {t('policies.compliance.toTop')}
              </Button>
            ) : null}
          </Group>
          <Text size="xl" fw={700} data-testid="compliance-percent">
            {percent(k.percent)}
          </Text>
          <Progress value={k.percent} color="teal" aria-label={t('policies.compliance.percentLabel', { percent: percent(k.percent) })} />
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Stat label={t('policies.compliance.audience')} value={k.audience} />
            <Stat label={t('policies.compliance.acknowledged')} value={k.acknowledged} />
            <Stat label={t('policies.compliance.pending')} value={k.pending} />
            <Stat label={t('policies.compliance.overdue')} value={k.overdue} />
          </SimpleGrid>
        </Stack>
      </Card>

      <ComplianceTrend versionId={versionId} groupBy={groupBy} parentId={parentId} location={location} role={role} />

      <Stack gap="sm" component="section" aria-labelledby={`${headingId}-groups`}>
        <Title order={2} fz="h4" id={`${headingId}-groups`}>
          {groupBy === 'TEAM' ? t('policies.compliance.teams') : t('policies.compliance.lines')}
        </Title>
        {c.groups.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('policies.compliance.noGroups')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={560}>
            <Table striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{groupBy === 'TEAM' ? t('policies.compliance.team') : t('policies.compliance.manager')}</Table.Th>
                  <Table.Th>{t('policies.compliance.audience')}</Table.Th>
                  <Table.Th>{t('policies.compliance.acknowledged')}</Table.Th>
                  <Table.Th>{t('policies.compliance.pending')}</Table.Th>
                  <Table.Th>{t('policies.compliance.overdue')}</Table.Th>
                  <Table.Th>{t('policies.compliance.percent')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {c.groups.map((g) => (
                  <Table.Tr key={g.id}>
                    <Table.Td>
                      {/* An Anchor takes the theme's primary shade (7 in light), which meets 4.5:1; plain "blue" (6) does not. */}
                      <Anchor component="button" type="button" onClick={() => go({ parent: g.id })} underline="always" aria-label={t('policies.compliance.drill', { name: g.name })}>
                        <bdi>{g.name}</bdi>
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{g.audience}</Table.Td>
                    <Table.Td>{g.acknowledged}</Table.Td>
                    <Table.Td>{g.pending}</Table.Td>
                    <Table.Td>{g.overdue}</Table.Td>
                    <Table.Td>{percent(g.percent)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>

      {personRows && personRows.edges.length ? (
        <Stack gap="sm" component="section" aria-labelledby={`${headingId}-people`}>
          <Title order={2} fz="h4" id={`${headingId}-people`}>
            {groupBy === 'TEAM' ? t('policies.compliance.members') : t('policies.compliance.reports')}
          </Title>
          <Table.ScrollContainer minWidth={480}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('policies.evidence.person')}</Table.Th>
                  <Table.Th>{t('policies.policy.statusColumn')}</Table.Th>
                  <Table.Th>{t('policies.compliance.when')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {personRows.edges.map(({ node: p }) => (
                  <Table.Tr key={p.user.id}>
                    <Table.Td>
                      <bdi>{p.user.name}</bdi>
                    </Table.Td>
                    <Table.Td>
                      <Badge color={STATE_COLOR[p.state]} variant="light" tt="none">
                        {t(`policies.state.${p.state}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      {p.acknowledgedAt
                        ? t('policies.compliance.ackedOn', { date: day(p.acknowledgedAt), version: p.acknowledgedVersion ?? '' })
                        : p.dueAt
                          ? t('policies.compliance.dueOn', { date: day(p.dueAt) })
                          : '—'}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          {personRows.pageInfo.hasNextPage ? (
            <div>
              <Button variant="default" loading={people.networkStatus === NetworkStatus.fetchMore} onClick={() => void people.fetchMore({ variables: { after: personRows.pageInfo.endCursor } })}>
                {t('policies.loadMore')}
              </Button>
            </div>
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </Stack>
  );
}
