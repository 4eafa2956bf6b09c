import { Button, Code, Group, Table, Text } from '@mantine/core';
import type { DirectoryImportErrorCode } from '@pillars/web/graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface ImportRowError {
  line: number;
  column: string | null;
  code: DirectoryImportErrorCode;
  message: string;
}

/** Rows rendered at a time: enough to fix a file, small enough for a phone. */
export const ERRORS_PAGE = 200;

const CODES = new Set<string>([
  'BAD_CSV',
  'BAD_DATE',
  'BAD_EMAIL',
  'BAD_LOCALE',
  'BAD_ROLE',
  'BAD_TEAM_PATH',
  'BAD_TEXT',
  'DUPLICATE_COLUMN',
  'DUPLICATE_EMAIL',
  'MANAGER_CYCLE',
  'MANAGER_REJECTED',
  'MISSING_COLUMN',
  'MISSING_EMAIL',
  'MISSING_NAME',
  'OWN_ADMIN_ROLE',
  'ADMIN_RECORD',
  'TOO_LONG',
  'UNKNOWN_COLUMN',
  'UNKNOWN_MANAGER',
] satisfies DirectoryImportErrorCode[]);

const isRowError = (value: unknown): value is ImportRowError => {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v['line'] === 'number' && (v['column'] === null || v['column'] === undefined || typeof v['column'] === 'string') && typeof v['code'] === 'string' && CODES.has(v['code']) && typeof v['message'] === 'string';
};

/** Row errors out of a DIRECTORY_IMPORT_INVALID error's extensions, keeping only well-formed ones. */
export const rowErrorsOf = (extensions: Record<string, unknown> | undefined): { errors: ImportRowError[]; errorCount: number } => {
  const list = Array.isArray(extensions?.['errors']) ? (extensions['errors'] as unknown[]).filter(isRowError).map((e) => ({ ...e, column: e.column ?? null })) : [];
  const count = typeof extensions?.['errorCount'] === 'number' ? extensions['errorCount'] : list.length;
  return { errors: list, errorCount: count };
};

/** Row errors with the line and column to fix, the translated problem and the API's English detail. */
export function ImportErrorsTable({ errors, errorCount }: { errors: ImportRowError[]; errorCount: number }) {
  const { t, i18n } = useTranslation();
  const [shown, setShown] = useState(ERRORS_PAGE);
  const format = new Intl.NumberFormat(i18n.language);
  const visible = errors.slice(0, shown);
  return (
    <>
      <Table.ScrollContainer minWidth={280}>
        <Table striped verticalSpacing="xs" captionSide="top">
          <Table.Caption style={{ textAlign: 'start' }}>
            {visible.length < errorCount
              ? t('admin.import.errors.partial', { shown: format.format(visible.length), total: format.format(errorCount) })
              : t('admin.import.errors.all', { count: errorCount })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('admin.import.errors.line')}</Table.Th>
              <Table.Th scope="col">{t('admin.import.errors.column')}</Table.Th>
              <Table.Th scope="col">{t('admin.import.errors.problem')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {visible.map((e, i) => (
              <Table.Tr key={`${e.line}-${e.column ?? ''}-${e.code}-${i}`}>
                <Table.Td>{format.format(e.line)}</Table.Td>
                <Table.Td>{e.column ? <Code dir="ltr">{e.column}</Code> : <Text size="sm" c="dimmed">{t('admin.import.errors.wholeRow')}</Text>}</Table.Td>
                <Table.Td>
                  {/* Only the translated code: the API's English detail (in the rejected-rows CSV) never shows under it. */}
                  <Text size="sm">{t(`directoryImport.errors.${e.code}`)}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {visible.length < errors.length ? (
        <Group justify="center">
          <Button variant="default" onClick={() => setShown((n) => n + ERRORS_PAGE)}>
            {t('admin.import.errors.showMore')}
          </Button>
        </Group>
      ) : null}
    </>
  );
}
