import { useQuery } from '@apollo/client/react';
import { LineChart } from '@mantine/charts';
import { Card, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import type { PolicyComplianceGrouping, Role } from '@pillars/web/graphql';
import { PolicyComplianceTrendDocument } from '@pillars/web/policies/data-access';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePercent } from './policy-format';

/**
 * How the share of acknowledgements (and of overdue people) grew since publication, for the same
 * people as the totals above it. A line chart for the eye, and the same points as a table for a
 * screen reader (a chart is not readable otherwise); mirrored in Arabic and Hebrew.
 */
export function ComplianceTrend({ versionId, groupBy, parentId, location, role }: { versionId: string; groupBy: PolicyComplianceGrouping; parentId: string | null; location: string | null; role: Role | null }) {
  const { t, i18n } = useTranslation();
  const percent = usePercent();
  const headingId = useId();
  const rtl = i18n.dir(i18n.language) === 'rtl';
  const { data, previousData, error } = useQuery(PolicyComplianceTrendDocument, { variables: { versionId, groupBy, parentId, ...(location ? { location } : {}), ...(role ? { role } : {}) }, fetchPolicy: 'cache-and-network' });
  const points = (data ?? previousData)?.policyComplianceTrend;
  // The points are UTC days: shown as such, in the UI's language.
  const day = new Intl.DateTimeFormat(i18n.language, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  const label = (iso: string) => day.format(new Date(`${iso}T00:00:00Z`));
  const share = (n: number, of: number) => (of ? Math.round((n / of) * 1000) / 10 : 0);

  let body;
  if (error && !points) body = <Text size="sm" c="dimmed">{t('policies.compliance.trendFailed')}</Text>;
  else if (!points) body = <Skeleton height={220} aria-hidden="true" />;
  else if (points.length < 2) body = <Text size="sm" c="dimmed">{t('policies.compliance.trendEmpty')}</Text>;
  else {
    const rows = points.map((p) => ({ day: label(p.day), acknowledged: p.percent, overdue: share(p.overdue, p.audience) }));
    body = (
      <>
        <div aria-hidden="true">
          <LineChart
            h={220}
            data={rows}
            dataKey="day"
            unit="%"
            withLegend
            curveType="monotone"
            withDots={points.length <= 31}
            // The chart is hidden from assistive technology (the table below says the same), so
            // recharts' keyboard layer (a focusable surface) would be a tab stop nobody can use.
            lineChartProps={{ accessibilityLayer: false }}
            yAxisProps={{ domain: [0, 100], orientation: rtl ? 'right' : 'left' }}
            xAxisProps={{ reversed: rtl }}
            series={[
              { name: 'acknowledged', label: t('policies.compliance.acknowledged'), color: 'teal.7' },
              { name: 'overdue', label: t('policies.compliance.overdue'), color: 'red.7' },
            ]}
          />
        </div>
        <VisuallyHidden>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('policies.compliance.trendDay')}</Table.Th>
                <Table.Th>{t('policies.compliance.acknowledged')}</Table.Th>
                <Table.Th>{t('policies.compliance.overdue')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r, i) => (
                <Table.Tr key={points[i].day}>
                  <Table.Td>{r.day}</Table.Td>
                  <Table.Td>{percent(r.acknowledged)}</Table.Td>
                  <Table.Td>{percent(r.overdue)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </VisuallyHidden>
      </>
    );
  }
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} fz="h4" id={headingId}>
          {t('policies.compliance.trend')}
        </Title>
        {body}
      </Stack>
    </Card>
  );
}
