import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export interface ImportCounts {
  total: number;
  toCreate: number;
  toUpdate: number;
  unchanged: number;
  teamsToCreate: number;
  rejectedRows?: number;
  errorCount?: number;
}

const KEYS = ['total', 'toCreate', 'toUpdate', 'unchanged', 'teamsToCreate', 'rejectedRows', 'errorCount'] as const;
// After an apply the skipped rows say it all; their errors are listed below the summary.
const APPLIED_KEYS = KEYS.filter((key) => key !== 'errorCount');

/** The counts of a preview (what would happen) or of an applied import (what happened). */
export function ImportSummary({ counts, applied = false }: { counts: ImportCounts; applied?: boolean }) {
  const { t, i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language);
  const mode = applied ? 'applied' : 'preview';
  return (
    <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm" component="dl" m={0}>
      {(applied ? APPLIED_KEYS : KEYS).filter((key) => counts[key] !== undefined).map((key) => {
        const value = counts[key] ?? 0;
        const bad = (key === 'errorCount' || key === 'rejectedRows') && value > 0;
        return (
          <Paper key={key} withBorder radius="md" p="sm">
            <Text component="dt" size="sm" c="dimmed">
              {t(`admin.import.counts.${mode}.${key}`)}
            </Text>
            <Text component="dd" m={0} fz="xl" fw={700} c={bad ? 'red' : undefined}>
              {format.format(value)}
            </Text>
          </Paper>
        );
      })}
    </SimpleGrid>
  );
}
