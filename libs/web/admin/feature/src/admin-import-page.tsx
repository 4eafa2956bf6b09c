import { Alert, Anchor, Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@pillars/shared/validation';
import { errorExtensions, hasErrorCode, useErrorMessages, useInvalidations } from '@pillars/web/core/data-access';
import { ApplyDirectoryImportDocument, PreviewDirectoryImportDocument } from '@pillars/web/directory/data-access';
import { usePageTitle } from '@pillars/web/util';
import type { ApplyDirectoryImportMutation, DirectoryImportMode, PreviewDirectoryImportMutation } from '@pillars/web/graphql';
import { ErrorView, FileDropZone } from '@pillars/web/ui';
import { IconCircleCheck, IconDownload, IconFileSpreadsheet, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ImportErrorsTable, rowErrorsOf } from './import-errors-table';
import { type ImportFile, type ImportFileProblem, readImportFile, templateHref } from './import-file';
import { DownloadRejectedButton, NewTeamsList, RejectedRowsChoice } from './import-options';
import { ImportSummary } from './import-summary';

type Preview = PreviewDirectoryImportMutation['previewDirectoryImport'];
type Applied = ApplyDirectoryImportMutation['applyDirectoryImport'];

const megabytes = (bytes: number) => Math.round(bytes / (1024 * 1024));

/**
 * CSV directory import for admins: choose a file, check it (dry run), choose what happens to
 * rejected rows, then apply it in one go.
 */
export function AdminImportPage() {
  const { t, i18n } = useTranslation();
  const { messages } = useErrorMessages();
  usePageTitle(t('admin.import.title'));
  const [file, setFile] = useState<ImportFile | null>(null);
  const [problem, setProblem] = useState<ImportFileProblem | null>(null);
  const [reading, setReading] = useState(false);
  const [importId, setImportId] = useState<string | null>(null);
  const [processed, setProcessed] = useState(0);
  // Importing nothing is the safe choice; skipping rejected rows has to be picked.
  const [mode, setMode] = useState<DirectoryImportMode>('ALL_OR_NOTHING');
  const [runPreview, preview] = useMutation(PreviewDirectoryImportDocument);
  const [runApply, apply] = useMutation(ApplyDirectoryImportDocument);

  const report: Preview | undefined = preview.data?.previewDirectoryImport;
  const applied: Applied | undefined = apply.data?.applyDirectoryImport;
  const applying = apply.loading;

  useInvalidations(applying && importId ? { type: 'DirectoryImport', id: importId } : null, (event) => setProcessed((n) => Math.max(n, event.version)));

  const check = async (csv: string) => {
    apply.reset();
    setMode('ALL_OR_NOTHING');
    // The error state of the mutation shows failures; the promise's rejection adds nothing.
    await runPreview({ variables: { input: { csv } } }).catch(() => undefined);
  };

  const choose = async (chosen: File) => {
    setReading(true);
    setProblem(null);
    setFile(null);
    preview.reset();
    apply.reset();
    const result = await readImportFile(chosen);
    setReading(false);
    if ('problem' in result) {
      setProblem(result.problem);
      return;
    }
    setFile(result.file);
    await check(result.file.csv);
  };

  const start = async () => {
    if (!file) return;
    const id = crypto.randomUUID();
    setImportId(id);
    setProcessed(0);
    const chosen: DirectoryImportMode = report && report.rejectedRows > 0 ? mode : 'ALL_OR_NOTHING';
    await runApply({ variables: { input: { csv: file.csv, importId: id, mode: chosen } } }).catch(() => undefined);
  };

  const reset = () => {
    setFile(null);
    setProblem(null);
    setImportId(null);
    setProcessed(0);
    setMode('ALL_OR_NOTHING');
    preview.reset();
    apply.reset();
  };

  const invalid = hasErrorCode(apply.error, 'DIRECTORY_IMPORT_INVALID') ? rowErrorsOf(errorExtensions(apply.error, 'DIRECTORY_IMPORT_INVALID')) : null;
  const total = report?.total ?? 0;
  const nothingToDo = report !== undefined && report.toCreate + report.toUpdate + report.teamsToCreate === 0;
  const tooManyTeams = report !== undefined && report.teamsToCreate > report.maxNewTeams;
  const rejected = report?.rejectedRows ?? 0;
  const acceptable = report !== undefined && (report.errorCount === 0 || (mode === 'SKIP_REJECTED' && rejected < report.total));
  const canApply = Boolean(file && report && acceptable && !tooManyTeams && !nothingToDo && !applied && !invalid);
  const percent = total > 0 ? Math.min(100, Math.round((processed / total) * 100)) : 0;
  const format = new Intl.NumberFormat(i18n.language);

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>{t('admin.import.title')}</Title>
        <Text c="dimmed">{t('admin.import.intro')}</Text>
      </Stack>

      {!file ? (
        <Card withBorder radius="md" padding="lg">
          <Stack gap="md">
            <FileDropZone
              buttonLabel={t('admin.import.choose')}
              hint={t('admin.import.dropHint', { size: megabytes(LIMITS.importBytes) })}
              accept=".csv,text/csv"
              loading={reading}
              onFile={(f) => void choose(f)}
            />
            {problem ? (
              <Alert color="red" variant="light" role="alert">
                {t(`admin.import.problem.${problem}`, { size: megabytes(LIMITS.importBytes) })}
              </Alert>
            ) : null}
            <Group gap="xs">
              <IconDownload size={16} aria-hidden="true" />
              <Anchor href={templateHref()} download="pillars-directory-template.csv" size="sm">
                {t('admin.import.template')}
              </Anchor>
            </Group>
            <Text size="xs" c="dimmed">
              {t('admin.import.columnsHelp')}
            </Text>
          </Stack>
        </Card>
      ) : (
        <Card withBorder radius="md" padding="lg">
          <Stack gap="md">
            <Group justify="space-between" wrap="wrap" gap="sm">
              <Group gap="xs" wrap="nowrap" style={{ minWidth: 0 }}>
                <IconFileSpreadsheet size={20} aria-hidden="true" />
                <Text fw={600} dir="auto" truncate="end">
                  {file.name}
                </Text>
              </Group>
              <Group gap="xs">
                {applied ? null : (
                  <Button variant="default" leftSection={<IconRefresh size={16} aria-hidden="true" />} onClick={() => void check(file.csv)} loading={preview.loading} disabled={applying}>
                    {t('admin.import.checkAgain')}
                  </Button>
                )}
                <Button variant="subtle" onClick={reset} disabled={applying}>
                  {applied ? t('admin.import.another') : t('admin.import.cancel')}
                </Button>
              </Group>
            </Group>

            {preview.loading && !report ? (
              <Text role="status" c="dimmed">
                {t('admin.import.checking')}
              </Text>
            ) : null}
            {preview.error ? <ErrorView title={t('admin.import.previewFailed')} messages={messages(preview.error)} retryLabel={t('common.retry')} onRetry={() => void check(file.csv)} /> : null}

            {report && !applied ? (
              <Stack gap="md">
                <Title order={2} fz="lg">
                  {t('admin.import.previewTitle')}
                </Title>
                <ImportSummary counts={report} />
                <NewTeamsList count={report.teamsToCreate} paths={report.newTeamPaths} />
                {tooManyTeams ? (
                  <Alert color="red" variant="light" role="alert" title={t('errors.DIRECTORY_IMPORT_TOO_MANY_TEAMS')}>
                    {t('admin.import.tooManyTeams', { teams: format.format(report.teamsToCreate), max: format.format(report.maxNewTeams) })}
                  </Alert>
                ) : null}
                {report.errorCount > 0 ? (
                  <Alert color="red" variant="light" title={t('admin.import.fixErrors', { count: report.errorCount })}>
                    {t('admin.import.fixErrorsHint')}
                  </Alert>
                ) : nothingToDo ? (
                  <Alert color="gray" variant="light">
                    {t('admin.import.nothingToDo')}
                  </Alert>
                ) : (
                  <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden="true" />}>
                    {t('admin.import.ready')}
                  </Alert>
                )}
                {report.errors.length > 0 ? <ImportErrorsTable errors={report.errors} errorCount={report.errorCount} /> : null}
                {report.rejectedCsv ? (
                  <Group>
                    <DownloadRejectedButton csv={report.rejectedCsv} fileName={file.name} />
                  </Group>
                ) : null}
                {rejected > 0 && report.rejectedCsv ? <RejectedRowsChoice mode={mode} valid={report.total - rejected} rejected={rejected} onChange={setMode} /> : null}
              </Stack>
            ) : null}

            {applying ? (
              <Stack gap={4} role="status" aria-live="polite">
                <Text size="sm">
                  {processed >= total && total > 0 ? t('admin.import.saving') : t('admin.import.applying', { processed: format.format(processed), total: format.format(total) })}
                </Text>
                <Progress value={percent} animated size="lg" transitionDuration={150} aria-label={t('admin.import.progress')} />
              </Stack>
            ) : null}

            {invalid ? (
              <Stack gap="md">
                <Alert color="red" variant="light" role="alert" title={t('errors.DIRECTORY_IMPORT_INVALID')}>
                  {t('admin.import.changedSincePreview')}
                </Alert>
                <ImportErrorsTable errors={invalid.errors} errorCount={invalid.errorCount} />
              </Stack>
            ) : apply.error ? (
              <ErrorView title={t('admin.import.applyFailed')} messages={messages(apply.error)} />
            ) : null}

            {applied ? (
              <Stack gap="md" role="status">
                <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden="true" />} title={t('admin.import.done')}>
                  <Group gap="md" mt={4}>
                    <Anchor component={Link} to="/people">
                      {t('admin.import.openDirectory')}
                    </Anchor>
                    <Anchor component={Link} to="/admin/people">
                      {t('nav.adminPeople')}
                    </Anchor>
                    <Anchor component={Link} to="/org-chart">
                      {t('nav.orgChart')}
                    </Anchor>
                  </Group>
                </Alert>
                <ImportSummary counts={applied} applied />
              </Stack>
            ) : null}
            {applied && applied.rejectedRows > 0 ? (
              <Stack gap="md">
                <Alert color="yellow" variant="light" title={t('admin.import.skipped', { count: applied.rejectedRows })}>
                  {t('admin.import.skippedHint')}
                </Alert>
                <Group>
                  <DownloadRejectedButton csv={applied.rejectedCsv} fileName={file.name} />
                </Group>
                <ImportErrorsTable errors={applied.errors} errorCount={applied.errorCount} />
              </Stack>
            ) : null}

            {!applied && !invalid ? (
              <Group justify="flex-end">
                <Button onClick={() => void start()} disabled={!canApply || preview.loading} loading={applying}>
                  {t('admin.import.apply', { count: report ? report.toCreate + report.toUpdate : 0 })}
                </Button>
              </Group>
            ) : null}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
