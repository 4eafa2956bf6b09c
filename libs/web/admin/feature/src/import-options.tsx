import { Button, List, Radio, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DirectoryImportMode } from '@pillars/web/graphql';
import { downloadCsv, rejectedFileName } from './import-file';

/** The teams an import would create: the count, and the first paths the API lists. */
export function NewTeamsList({ count, paths }: { count: number; paths: string[] }) {
  const { t } = useTranslation();
  if (count === 0) return null;
  const more = count - paths.length;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={600} id="import-new-teams">
        {t('admin.import.newTeams.title', { count })}
      </Text>
      <List size="sm" spacing={2} aria-labelledby="import-new-teams">
        {paths.map((path) => (
          <List.Item key={path}>
            {/* Team names are people's text: their own direction, isolated from the list. */}
            <bdi dir="auto">{path}</bdi>
          </List.Item>
        ))}
      </List>
      {more > 0 ? (
        <Text size="xs" c="dimmed">
          {t('admin.import.newTeams.more', { count: more })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** What to do with rejected rows: a radio group, so it is one Tab stop and arrow keys move within. */
export function RejectedRowsChoice({ mode, valid, rejected, onChange }: { mode: DirectoryImportMode; valid: number; rejected: number; onChange: (mode: DirectoryImportMode) => void }) {
  const { t, i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language);
  return (
    <Radio.Group value={mode} onChange={(value) => onChange(value as DirectoryImportMode)} label={t('admin.import.mode.label')} description={t('admin.import.mode.description')}>
      <Stack gap="xs" mt="xs">
        <Radio value="ALL_OR_NOTHING" label={t('admin.import.mode.allOrNothing')} />
        <Radio value="SKIP_REJECTED" label={t('admin.import.mode.skipRejected', { valid: format.format(valid), rejected: format.format(rejected) })} disabled={valid === 0} />
      </Stack>
    </Radio.Group>
  );
}

/** Saves the rejected rows (with their line and errors) as a CSV file next to the original's name. */
export function DownloadRejectedButton({ csv, fileName }: { csv: string | null | undefined; fileName: string }) {
  const { t } = useTranslation();
  if (!csv) return null;
  return (
    <Button variant="default" leftSection={<IconDownload size={16} aria-hidden="true" />} onClick={() => downloadCsv(rejectedFileName(fileName), csv)}>
      {t('admin.import.downloadRejected')}
    </Button>
  );
}
