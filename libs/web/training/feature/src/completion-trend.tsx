import { LineChart } from '@mantine/charts';
import { Table, Text, VisuallyHidden } from '@mantine/core';
import type { TrainingCourseReportQuery } from '@pillars/web/graphql';
import { useTranslation } from 'react-i18next';
import { usePercentText } from './training-format';

type Month = TrainingCourseReportQuery['trainingCompletionTrend'][number];

/**
 * A course's completion rate over the last 12 months: a line chart for the eye (hidden from
 * assistive technology) and the same months as a table for a screen reader; mirrored in RTL.
 */
export function CompletionTrend({ months }: { months: Month[] }) {
  const { t, i18n } = useTranslation();
  const percent = usePercentText();
  const rtl = i18n.dir(i18n.language) === 'rtl';
  // The points are UTC months, shown as such in the UI's language.
  const monthName = new Intl.DateTimeFormat(i18n.language, { month: 'short', year: '2-digit', timeZone: 'UTC' });
  const rows = months.map((m) => ({ month: monthName.format(new Date(m.month)), rate: m.percent }));
  if (months.every((m) => m.required === 0)) return <Text size="sm" c="dimmed">{t('training.reports.trendEmpty')}</Text>;
  return (
    <>
      <div aria-hidden="true" data-testid="completion-trend-chart">
        <LineChart
          h={220}
          data={rows}
          dataKey="month"
          unit="%"
          curveType="monotone"
          withDots
          lineChartProps={{ accessibilityLayer: false }}
          yAxisProps={{ domain: [0, 100], orientation: rtl ? 'right' : 'left', width: 48 }}
          xAxisProps={{ reversed: rtl, interval: 'preserveStartEnd' }}
          series={[{ name: 'rate', label: t('training.reports.rate'), color: 'teal.7' }]}
        />
      </div>
      <VisuallyHidden>
        <Table>
          <caption>{t('training.reports.trendCaption')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('training.reports.month')}</Table.Th>
              <Table.Th scope="col">{t('training.reports.rate')}</Table.Th>
              <Table.Th scope="col">{t('training.reports.doneOfRequired')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {months.map((m, i) => (
              <Table.Tr key={m.month}>
                <Table.Th scope="row">{rows[i].month}</Table.Th>
                <Table.Td>{percent(m.percent)}</Table.Td>
                <Table.Td>{t('training.reports.doneOf', { done: m.done, count: m.required })}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </>
  );
}
