import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import type { TrainingMatrixQuery, TrainingStatus } from '@pillars/web/graphql';
import { PendingTrainingEvidenceCountDocument, TrainingMatrixCsvDocument, TrainingMatrixDocument } from '@pillars/web/training/data-access';
import { CsvButton, EmptyView, ErrorView, PageSkeleton } from '@pillars/web/ui';
import { usePageTitle, useSearchParamValue } from '@pillars/web/util';
import { IconChartLine, IconFileCheck, IconTable } from '@tabler/icons-react';
import { Fragment, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import classes from './training-matrix.module.css';
import { useStatusText } from './training-format';
import { NudgeAllButton, NudgePersonButton, type NudgeResult } from './nudge-buttons';
import { TRAINING_EVIDENCE_PATH, TRAINING_REPORTS_PATH, trainingHistoryPath } from './training-paths';

type MatrixAnswer = TrainingMatrixQuery['trainingMatrix'];
/** A required course of one person: its status and the date the status speaks of, in the fields useStatusText reads. */
export interface MatrixCell {
  courseId: string;
  status: TrainingStatus;
  completedAt: string | null;
  dueAt: string | null;
  expiresAt: string | null;
}
type Row = Omit<MatrixAnswer['rows'][number], 'statuses' | 'dates'> & { cells: MatrixCell[] };
type Matrix = { columns: MatrixAnswer['columns']; rows: Row[] };

/** The answer's rows (a status and a date per column, null where not required) as cells of the required courses. */
export function matrixOf(answer: MatrixAnswer): Matrix {
  return {
    columns: answer.columns,
    rows: answer.rows.map(({ statuses, dates, ...row }) => ({
      ...row,
      cells: answer.columns.flatMap((c, i) => {
        const status = statuses[i];
        if (!status) return [];
        const date = (dates[i] as string | null | undefined) ?? null;
        return [{
          courseId: c.courseId,
          status,
          completedAt: status === 'DONE' ? date : null,
          expiresAt: status === 'EXPIRING' || status === 'EXPIRED' ? date : null,
          dueAt: status === 'DONE' || status === 'EXPIRING' || status === 'EXPIRED' ? null : date,
        }];
      }),
    })),
  };
}
const STATUSES: TrainingStatus[] = ['OVERDUE', 'EXPIRED', 'EXPIRING', 'NOT_STARTED', 'IN_PROGRESS', 'DONE'];
const NO_TEAM = '-';
/** A cell's text colour, at least 4.5:1 on the page in light and dark schemes (Mantine's 8 shades of teal and yellow are not). */
const CELL_TEXT: Record<TrainingStatus, string | undefined> = {
  DONE: 'light-dark(var(--mantine-color-teal-9), var(--mantine-color-teal-4))',
  IN_PROGRESS: 'light-dark(var(--mantine-color-blue-9), var(--mantine-color-blue-4))',
  EXPIRING: 'light-dark(#9c4a00, var(--mantine-color-yellow-4))',
  EXPIRED: 'light-dark(var(--mantine-color-red-9), var(--mantine-color-red-4))',
  OVERDUE: 'light-dark(var(--mantine-color-red-9), var(--mantine-color-red-4))',
  NOT_STARTED: undefined,
};

/**
 * The filters narrow the loaded matrix (course, a status in any shown cell; "no team" here, a team
 * tree by the server: `teamId` of the query); "most overdue" drops the team groups.
 */
export function filterMatrix(matrix: Matrix, f: { team: string | null; course: string | null; status: string | null; sort: string | null }): { matrix: Matrix; grouped: boolean } {
  const columns = f.course ? matrix.columns.filter((c) => c.courseId === f.course) : matrix.columns;
  const shown = new Set(columns.map((c) => c.courseId));
  let rows = f.team === NO_TEAM ? matrix.rows.filter((r) => !r.teamId) : matrix.rows;
  if (f.course) rows = rows.filter((r) => r.cells.some((c) => c.courseId === f.course));
  if (f.status) rows = rows.filter((r) => r.cells.some((c) => shown.has(c.courseId) && c.status === f.status));
  const overdue = (r: Row) => r.cells.filter((c) => shown.has(c.courseId) && c.status === 'OVERDUE').length;
  const grouped = f.sort !== 'overdue';
  if (!grouped) rows = [...rows].sort((a, b) => overdue(b) - overdue(a) || a.name.localeCompare(b.name));
  return { matrix: { ...matrix, columns, rows }, grouped };
}

/** People of the viewer's line, grouped by team, × required courses; every cell says its status in words. */
export function TrainingMatrixPage() {
  const { t } = useTranslation();
  usePageTitle(t('training.matrix.title'));
  const headingId = useId();
  const { messages } = useErrorMessages();
  const [team, setTeam] = useSearchParamValue('team');
  // The team filter is a team tree the server applies (the same one a nudge and the CSV take); the whole line names the teams
  // to pick from, and a team not among them (an old link, a team the line has left) filters nothing.
  const whole = useQuery(TrainingMatrixDocument, { variables: { managerId: null }, fetchPolicy: 'cache-and-network' });
  const teams = useMemo(() => teamsOf(whole.data?.trainingMatrix.rows ?? []), [whole.data]);
  const teamId = team && team !== NO_TEAM && teams.some((x) => x.id === team) ? team : null;
  const narrowed = useQuery(TrainingMatrixDocument, { variables: { managerId: null, teamId }, fetchPolicy: 'cache-and-network', skip: !teamId });
  const { data, error, refetch } = teamId ? narrowed : whole;
  const answer = data?.trainingMatrix;
  const matrix = useMemo(() => (answer ? matrixOf(answer) : undefined), [answer]);
  const [nudged, setNudged] = useState<NudgeResult | null>(null);

  return (
    <Stack gap="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1} id={headingId}>
          {t('training.matrix.title')}
        </Title>
        <Group gap="sm" wrap="wrap">
          <ReviewLink />
          <Button component={Link} to={TRAINING_REPORTS_PATH} variant="default" leftSection={<IconChartLine size={16} aria-hidden="true" />}>
            {t('training.reports.title')}
          </Button>
          {matrix && matrix.rows.length ? <CsvExport teamId={teamId} /> : null}
        </Group>
      </Group>
      <div role="status" aria-live="polite">
        {nudged ? (
          <Alert color={nudged.ok ? 'teal' : 'red'} variant="light" withCloseButton closeButtonLabel={t('training.nudge.dismiss')} onClose={() => setNudged(null)}>
            {nudged.message}
          </Alert>
        ) : null}
      </div>
      {error && !data ? (
        <ErrorView title={t('training.matrix.title')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />
      ) : !matrix ? (
        <PageSkeleton label={t('common.loading')} />
      ) : !teamId && (matrix.rows.length === 0 || matrix.columns.length === 0) ? (
        <EmptyView icon={<IconTable size={30} />} title={t('training.matrix.empty')} description={t('training.matrix.emptyHint')} />
      ) : (
        <FilteredMatrix matrix={matrix} teams={teams} team={teamId ?? (team === NO_TEAM ? NO_TEAM : null)} setTeam={setTeam} onNudged={setNudged} />
      )}
    </Stack>
  );
}

/** How many of `rows` are overdue on the course. */
const overdueIn = (rows: readonly Row[], courseId: string) => rows.filter((r) => r.cells.some((x) => x.courseId === courseId && x.status === 'OVERDUE')).length;

/** The teams rows are grouped under (id and name), in the matrix's order, "no team" as NO_TEAM. */
function teamsOf(rows: MatrixAnswer['rows']): { id: string; name: string | null }[] {
  const seen = new Map<string, string | null>();
  for (const r of rows) if (!seen.has(r.teamId ?? NO_TEAM)) seen.set(r.teamId ?? NO_TEAM, r.teamName ?? null);
  return [...seen].map(([id, name]) => ({ id, name }));
}

/**
 * Who "nudge everyone overdue" reaches in this view: the team tree filtered on (by the server, as
 * here), counted per column before the status filter. A column offers the nudge only while the rows
 * shown hold every one of them, so it never reaches someone the view hides; under "no team" there
 * is no scope a nudge can take, so there is none.
 */
export interface NudgeScope {
  teamId: string | null;
  teamName: string | null;
  overdue: Map<string, number>;
}

function FilteredMatrix({ matrix, teams, team, setTeam, onNudged }: {
  matrix: Matrix; teams: { id: string; name: string | null }[]; team: string | null; setTeam: (v: string | null) => void; onNudged: (r: NudgeResult) => void;
}) {
  const { t } = useTranslation();
  const [course, setCourse] = useSearchParamValue('course');
  const [status, setStatus] = useSearchParamValue('status');
  const [sort, setSort] = useSearchParamValue('sort');
  const shown = filterMatrix(matrix, { team, course, status, sort });
  const scope: NudgeScope | null = team === NO_TEAM ? null : {
    teamId: team,
    teamName: team ? teams.find((x) => x.id === team)?.name ?? null : null,
    overdue: new Map(matrix.columns.map((c) => [c.courseId, overdueIn(matrix.rows, c.courseId)])),
  };
  const select = { w: 'fit-content', maw: '100%', size: 'sm' } as const;
  return (
    <Stack gap="md">
      <Group gap="md" wrap="wrap" align="end" role="search" aria-label={t('training.matrix.filters')}>
        <NativeSelect
          label={t('training.matrix.team')}
          value={team ?? ''}
          onChange={(e) => setTeam(e.currentTarget.value || null)}
          data={[{ value: '', label: t('training.matrix.allTeams') }, ...teams.map((x) => ({ value: x.id, label: x.id === NO_TEAM ? t('training.matrix.noTeam') : x.name ?? '' }))]}
          {...select}
        />
        <NativeSelect
          label={t('training.matrix.course')}
          value={course ?? ''}
          onChange={(e) => setCourse(e.currentTarget.value || null)}
          data={[{ value: '', label: t('training.matrix.allCourses') }, ...matrix.columns.map((c) => ({ value: c.courseId, label: c.title }))]}
          {...select}
        />
        <NativeSelect
          label={t('training.matrix.status')}
          value={status ?? ''}
          onChange={(e) => setStatus(e.currentTarget.value || null)}
          data={[{ value: '', label: t('training.matrix.anyStatus') }, ...STATUSES.map((v) => ({ value: v, label: t(`training.status.${v}`) }))]}
          {...select}
        />
        <NativeSelect
          label={t('training.matrix.sort')}
          value={sort === 'overdue' ? 'overdue' : 'team'}
          onChange={(e) => setSort(e.currentTarget.value === 'overdue' ? 'overdue' : null)}
          data={[{ value: 'team', label: t('training.matrix.byTeam') }, { value: 'overdue', label: t('training.matrix.mostOverdue') }]}
          {...select}
        />
      </Group>
      {shown.matrix.rows.length === 0 ? (
        <Text c="dimmed" role="status">
          {t('training.matrix.noMatch')}
        </Text>
      ) : (
        <MatrixTable matrix={shown.matrix} grouped={shown.grouped} scope={scope} onNudged={onNudged} />
      )}
    </Stack>
  );
}

export function MatrixTable({ matrix, grouped = true, scope, onNudged }: { matrix: Matrix; grouped?: boolean; scope: NudgeScope | null; onNudged: (r: NudgeResult) => void }) {
  const { t } = useTranslation();
  const text = useStatusText();
  const groups: { team: string | null; rows: Row[] }[] = [];
  for (const row of matrix.rows) {
    if (!grouped) {
      if (groups.length === 0) groups.push({ team: null, rows: [] });
      groups[0].rows.push(row);
      continue;
    }
    const last = groups[groups.length - 1];
    if (last && last.team === (row.teamName ?? null)) last.rows.push(row);
    else groups.push({ team: row.teamName ?? null, rows: [row] });
  }
  const span = matrix.columns.length + 1;
  return (
    <div className={classes.scroller} tabIndex={0} role="region" aria-label={t('training.matrix.title')}>
      <Table className={classes.table} withTableBorder withColumnBorders>
        <Table.Thead className={classes.head}>
          <Table.Tr>
            <Table.Th scope="col" className={classes.corner}>
              {t('training.matrix.person')}
            </Table.Th>
            {matrix.columns.map((c) => {
              const overdue = overdueIn(matrix.rows, c.courseId);
              const reach = scope?.overdue.get(c.courseId) ?? 0;
              return (
                <Table.Th key={c.courseId} scope="col">
                  <Stack gap={4} align="start">
                    <span dir="auto">{c.title}</span>
                    {scope && overdue && overdue === reach ? (
                      <NudgeAllButton courseId={c.courseId} courseTitle={c.title} teamId={scope.teamId} teamName={scope.teamName} overdue={overdue} onDone={onNudged} />
                    ) : null}
                  </Stack>
                </Table.Th>
              );
            })}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((g, gi) => (
            <Fragment key={`${g.team ?? ''}-${gi}`}>
              {grouped ? (
                <Table.Tr>
                  <Table.Th scope="colgroup" colSpan={span} className={classes.team}>
                    {/* Inline: a team name in another script keeps the page's start (on the wide row, a cell's own direction put it out of view in RTL). */}
                    <span dir="auto">{g.team ?? t('training.matrix.noTeam')}</span>
                  </Table.Th>
                </Table.Tr>
              ) : null}
              {g.rows.map((row) => (
                <Table.Tr key={row.userId}>
                  <Table.Th scope="row" className={classes.person}>
                    <Anchor component={Link} to={trainingHistoryPath(row.userId)} c="inherit" underline="always" dir="auto">
                      {row.name}
                    </Anchor>
                    {!grouped ? (
                      <Text size="xs" c="dimmed" fw={400} dir="auto">
                        {row.teamName ?? t('training.matrix.noTeam')}
                      </Text>
                    ) : null}
                  </Table.Th>
                  {matrix.columns.map((c) => {
                    const cell = row.cells.find((x) => x.courseId === c.courseId);
                    return cell ? (
                      <Table.Td key={c.courseId} className={classes.cell} data-status={cell.status}>
                        <Group gap={4} wrap="nowrap" justify="space-between">
                          <Text size="sm" style={{ color: CELL_TEXT[cell.status] }} fw={cell.status === 'OVERDUE' || cell.status === 'EXPIRED' ? 700 : 400}>
                            {text(cell)}
                          </Text>
                          {cell.status === 'OVERDUE' ? <NudgePersonButton courseId={c.courseId} courseTitle={c.title} userId={row.userId} name={row.name} onDone={onNudged} /> : null}
                        </Group>
                      </Table.Td>
                    ) : (
                      <Table.Td key={c.courseId} className={classes.cell}>
                        <Text size="sm" c="dimmed">
                          {t('training.matrix.notRequired')}
                        </Text>
                      </Table.Td>
                    );
                  })}
                </Table.Tr>
              ))}
            </Fragment>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

function CsvExport({ teamId }: { teamId: string | null }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { messages } = useErrorMessages();
  return (
    <CsvButton
      label={t('training.matrix.csv')}
      fileName="training-matrix.csv"
      describeError={(e) => messages(e).join(' ')}
      load={async () => (await client.query({ query: TrainingMatrixCsvDocument, variables: teamId ? { managerId: null, teamId } : { managerId: null }, fetchPolicy: 'network-only' })).data?.trainingMatrixCsv}
    />
  );
}

/** The way to the evidence review, with how many uploads wait (hidden while the count loads). */
function ReviewLink() {
  const { t } = useTranslation();
  const { data } = useQuery(PendingTrainingEvidenceCountDocument, { fetchPolicy: 'cache-and-network' });
  const n = data?.pendingTrainingEvidenceCount ?? 0;
  return (
    <Button
      component={Link}
      to={TRAINING_EVIDENCE_PATH}
      variant="default"
      leftSection={<IconFileCheck size={16} aria-hidden="true" />}
      rightSection={n ? <Badge size="sm" color="red.9" circle={n < 10} aria-hidden="true">{n}</Badge> : null}
      aria-label={t('training.review.linkWaiting', { count: n })}
    >
      {t('training.review.link')}
    </Button>
  );
}
