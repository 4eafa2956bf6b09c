import { useApolloClient, useQuery } from '@apollo/client/react';
import { Group, Stack, Table, Text, Title } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import type { TrainingMatrixQuery } from '@pillars/web/graphql';
import { TrainingMatrixCsvDocument, TrainingMatrixDocument } from '@pillars/web/training/data-access';
import { CsvButton, EmptyView, ErrorView, PageSkeleton } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconTable } from '@tabler/icons-react';
import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './training-matrix.module.css';
import { STATUS_COLOR, useStatusText } from './training-format';

type Row = TrainingMatrixQuery['trainingMatrix']['rows'][number];

/** People of the viewer's line, grouped by team, × required courses; every cell says its status in words. */
export function TrainingMatrixPage() {
  const { t } = useTranslation();
  usePageTitle(t('training.matrix.title'));
  const headingId = useId();
  const { messages } = useErrorMessages();
  const { data, error, refetch } = useQuery(TrainingMatrixDocument, { variables: { managerId: null }, fetchPolicy: 'cache-and-network' });
  const matrix = data?.trainingMatrix;

  return (
    <Stack gap="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1} id={headingId}>
          {t('training.matrix.title')}
        </Title>
        {matrix && matrix.rows.length ? <CsvExport /> : null}
      </Group>
      {error && !data ? (
        <ErrorView title={t('training.matrix.title')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />
      ) : !matrix ? (
        <PageSkeleton label={t('common.loading')} />
      ) : matrix.rows.length === 0 || matrix.columns.length === 0 ? (
        <EmptyView icon={<IconTable size={30} />} title={t('training.matrix.empty')} description={t('training.matrix.emptyHint')} />
      ) : (
        <MatrixTable matrix={matrix} />
      )}
    </Stack>
  );
}

export function MatrixTable({ matrix }: { matrix: TrainingMatrixQuery['trainingMatrix'] }) {
  const { t } = useTranslation();
  const text = useStatusText();
  const groups: { team: string | null; rows: Row[] }[] = [];
  for (const row of matrix.rows) {
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
            {matrix.columns.map((c) => (
              <Table.Th key={c.courseId} scope="col" dir="auto">
                {c.title}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {groups.map((g, gi) => (
            <Fragment key={`${g.team ?? ''}-${gi}`}>
              <Table.Tr>
                <Table.Th scope="colgroup" colSpan={span} className={classes.team} dir="auto">
                  {g.team ?? t('training.matrix.noTeam')}
                </Table.Th>
              </Table.Tr>
              {g.rows.map((row) => (
                <Table.Tr key={row.userId}>
                  <Table.Th scope="row" className={classes.person} dir="auto">
                    {row.name}
                  </Table.Th>
                  {matrix.columns.map((c) => {
                    const cell = row.cells.find((x) => x.courseId === c.courseId);
                    return cell ? (
                      <Table.Td key={c.courseId} className={classes.cell} data-status={cell.status}>
                        <Text size="sm" c={STATUS_COLOR[cell.status] === 'gray' ? undefined : `${STATUS_COLOR[cell.status]}.8`} fw={cell.status === 'OVERDUE' || cell.status === 'EXPIRED' ? 700 : 400}>
                          {text(cell)}
                        </Text>
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

function CsvExport() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { messages } = useErrorMessages();
  return (
    <CsvButton
      label={t('training.matrix.csv')}
      fileName="training-matrix.csv"
      describeError={(e) => messages(e).join(' ')}
      load={async () => (await client.query({ query: TrainingMatrixCsvDocument, variables: { managerId: null }, fetchPolicy: 'network-only' })).data?.trainingMatrixCsv}
    />
  );
}
