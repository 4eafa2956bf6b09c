import { useQuery } from '@apollo/client/react';
import { Card, Group, NativeSelect, SimpleGrid, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useErrorMessages, useSession } from '@pillars/web/core/data-access';
import type { TrainingCountsFieldsFragment } from '@pillars/web/graphql';
import { TrainingCourseReportDocument, TrainingCoursesDocument, TrainingRollupDocument } from '@pillars/web/training/data-access';
import { EmptyView, ErrorView, PageSkeleton } from '@pillars/web/ui';
import { usePageTitle, useSearchParamValue } from '@pillars/web/util';
import { IconChartLine } from '@tabler/icons-react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CompletionTrend } from './completion-trend';
import { usePercentText } from './training-format';

type Counts = Omit<TrainingCountsFieldsFragment, '__typename'>;

/**
 * Completion per course with its 12-month trend (a manager: their line; HR: everyone) and, for HR,
 * the organisation rolled up by team (each team with its sub-teams).
 */
export function TrainingReportsPage() {
  const { t } = useTranslation();
  usePageTitle(t('training.reports.title'));
  const headingId = useId();
  const { me } = useSession();
  const hr = !!me?.roles.includes('HR');
  const { messages } = useErrorMessages();
  const courses = useQuery(TrainingCoursesDocument, { variables: { first: 100, after: null, status: 'PUBLISHED' }, fetchPolicy: 'cache-and-network' });
  const list = (courses.data?.trainingCourses.edges ?? []).map((e) => e.node);
  const [picked, setPicked] = useSearchParamValue('course');
  const course = list.find((c) => c.id === picked) ?? list[0] ?? null;

  return (
    <Stack gap="lg" maw={1100} component="section" aria-labelledby={headingId}>
      <Title order={1} id={headingId}>
        {t('training.reports.title')}
      </Title>
      {courses.error && !courses.data ? (
        <ErrorView title={t('training.reports.title')} messages={messages(courses.error)} retryLabel={t('common.retry')} onRetry={() => void courses.refetch()} />
      ) : !courses.data ? (
        <PageSkeleton label={t('common.loading')} />
      ) : !course ? (
        <EmptyView icon={<IconChartLine size={30} />} title={t('training.reports.noCourses')} />
      ) : (
        <>
          <NativeSelect
            label={t('training.reports.course')}
            value={course.id}
            onChange={(e) => setPicked(e.currentTarget.value)}
            data={list.map((c) => ({ value: c.id, label: c.title }))}
            w="fit-content"
            maw="100%"
          />
          <CourseReport courseId={course.id} />
          {hr ? <TeamRollup courseId={course.id} /> : null}
        </>
      )}
    </Stack>
  );
}

function CourseReport({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const headingId = useId();
  const { data, previousData, error, refetch } = useQuery(TrainingCourseReportDocument, { variables: { courseId }, fetchPolicy: 'cache-and-network' });
  const shown = data ?? previousData;
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} fz="h4" id={headingId}>
          {t('training.reports.completion')}
        </Title>
        {error && !shown ? (
          <ErrorView title={t('training.reports.completion')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />
        ) : !shown ? (
          <Skeleton height={260} aria-hidden="true" />
        ) : (
          <>
            <CountsSummary counts={shown.trainingCourseCompletion} />
            <Title order={3} fz="h5">
              {t('training.reports.trend')}
            </Title>
            <CompletionTrend months={shown.trainingCompletionTrend} />
          </>
        )}
      </Stack>
    </Card>
  );
}

function CountsSummary({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  const percent = usePercentText();
  const figures = [
    { label: t('training.reports.rate'), value: percent(counts.percent) },
    { label: t('training.reports.doneOfRequired'), value: t('training.reports.doneOf', { done: counts.done, count: counts.required }) },
    { label: t('training.status.OVERDUE'), value: String(counts.overdue) },
    { label: t('training.status.EXPIRED'), value: String(counts.expired) },
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm" component="dl" m={0}>
      {figures.map((f) => (
        <div key={f.label}>
          <Text component="dt" size="sm" c="dimmed">
            {f.label}
          </Text>
          <Text component="dd" m={0} fw={700} fz="lg">
            {f.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

function TeamRollup({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const percent = usePercentText();
  const headingId = useId();
  const { data, previousData, error, refetch } = useQuery(TrainingRollupDocument, { variables: { courseId }, fetchPolicy: 'cache-and-network' });
  const rollup = (data ?? previousData)?.trainingRollup;
  const tree = useMemo(() => (rollup ? teamTreeOrder(rollup.groups) : []), [rollup]);
  const row = (key: string, name: string, c: Counts, total = false, depth = 0) => (
    <Table.Tr key={key} fw={total ? 700 : undefined}>
      <Table.Th scope="row" fw={total ? 700 : 500} style={{ paddingInlineStart: `calc(var(--mantine-spacing-xs) + ${depth * 1.25}rem)` }}>
        {/* Inline, so a team named in another script keeps the column's alignment. */}
        {total ? name : <span dir="auto">{name}</span>}
      </Table.Th>
      <Table.Td>{percent(c.percent)}</Table.Td>
      <Table.Td>{t('training.reports.doneOf', { done: c.done, count: c.required })}</Table.Td>
      <Table.Td>{c.overdue}</Table.Td>
      <Table.Td>{c.expired}</Table.Td>
    </Table.Tr>
  );
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap">
          <Title order={2} fz="h4" id={headingId}>
            {t('training.reports.byTeam')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('training.reports.byTeamHint')}
          </Text>
        </Group>
        {error && !rollup ? (
          <ErrorView title={t('training.reports.byTeam')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />
        ) : !rollup ? (
          <Skeleton height={160} aria-hidden="true" />
        ) : (
          <Table.ScrollContainer minWidth={480} type="native" tabIndex={0} role="region" aria-labelledby={headingId}>
            <Table withTableBorder striped aria-labelledby={headingId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('training.reports.team')}</Table.Th>
                  <Table.Th scope="col">{t('training.reports.rate')}</Table.Th>
                  <Table.Th scope="col">{t('training.reports.doneOfRequired')}</Table.Th>
                  <Table.Th scope="col">{t('training.status.OVERDUE')}</Table.Th>
                  <Table.Th scope="col">{t('training.status.EXPIRED')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {row('total', t('training.reports.organisation'), rollup.totals, true)}
                {tree.map(({ group: g, depth }) => row(g.teamId, g.name, g.counts, false, depth))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}

/** The roll-up's teams as their tree reads: each team followed by the teams below it (by name), with its depth for the indent. */
export function teamTreeOrder<G extends { teamId: string; name: string; parentId?: string | null }>(groups: readonly G[]): { group: G; depth: number }[] {
  const ids = new Set(groups.map((g) => g.teamId));
  const below = new Map<string | null, G[]>();
  for (const g of groups) {
    const parent = g.parentId && ids.has(g.parentId) ? g.parentId : null;
    below.set(parent, [...(below.get(parent) ?? []), g]);
  }
  const out: { group: G; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const g of [...(below.get(parent) ?? [])].sort((a, b) => a.name.localeCompare(b.name))) {
      if (seen.has(g.teamId)) continue;
      seen.add(g.teamId);
      out.push({ group: g, depth });
      walk(g.teamId, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}
