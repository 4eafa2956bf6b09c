import { useApolloClient } from '@apollo/client/react';
import { Alert, Anchor, Button, List, Menu, Modal, Stack, Text } from '@mantine/core';
import { errorExtensions, postFile, readAppError, useErrorMessages } from '@pillars/web/core/data-access';
import { FileDropZone } from '@pillars/web/ui';
import { WIKI_TREE_QUERIES } from '@pillars/web/wiki/data-access';
import { IconChevronDown, IconDownload, IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { wikiPageIdPath } from './wiki-paths';

/**
 * The API's download routes (served beside GraphQL, behind the session cookie). Each names the
 * language the app is shown in on this device, which may differ from the profile's: the PDF's
 * labels and the text standing for a page the reader may not open are in it.
 */
export const wikiPageMarkdownUrl = (pageId: string, language: string) => `/wiki/pages/${encodeURIComponent(pageId)}/export.md?lang=${encodeURIComponent(language)}`;
export const wikiPagePdfUrl = (pageId: string, language: string) => `/wiki/pages/${encodeURIComponent(pageId)}/export.pdf?lang=${encodeURIComponent(language)}`;
export const wikiSpaceZipUrl = (spaceId: string, language: string) => `/wiki/spaces/${encodeURIComponent(spaceId)}/export.zip?lang=${encodeURIComponent(language)}`;
export const wikiSpaceImportUrl = (spaceId: string) => `/wiki/spaces/${encodeURIComponent(spaceId)}/import`;

/** A page as Markdown or PDF (labels in the reader's language), from a menu a keyboard opens with Enter. */
export function WikiPageExportMenu({ pageId }: { pageId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" leftSection={<IconDownload size={16} aria-hidden="true" />} rightSection={<IconChevronDown size={14} aria-hidden="true" />}>
          {t('wiki.transfer.export')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component="a" href={wikiPageMarkdownUrl(pageId, i18n.language)} download>
          {t('wiki.transfer.markdown')}
        </Menu.Item>
        <Menu.Item component="a" href={wikiPagePdfUrl(pageId, i18n.language)} download>
          {t('wiki.transfer.pdf')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** The whole space (what the reader may read of it) as a zip of Markdown files. */
export function WikiSpaceExportButton({ spaceId }: { spaceId: string }) {
  const { t, i18n } = useTranslation();
  return (
    <Button component="a" href={wikiSpaceZipUrl(spaceId, i18n.language)} download variant="default" leftSection={<IconDownload size={16} aria-hidden="true" />}>
      {t('wiki.transfer.exportSpace')}
    </Button>
  );
}

interface ImportResult {
  pages: { id: string; title: string; path: string }[];
}
type Outcome = { kind: 'done'; result: ImportResult } | { kind: 'failed'; messages: string[]; file: string | null };

/** The file an import refusal names (`extensions.file`), if any. */
function refusedFile(error: unknown): string | null {
  const [code] = readAppError(error).codes;
  const file = code ? errorExtensions(error, code)?.['file'] : undefined;
  return typeof file === 'string' ? file : null;
}

/**
 * A zip of Markdown files into the space (its editors): dropped or chosen, sent through the
 * upload path, and answered with the pages made or the refusal, naming the file at fault. The
 * import is all or nothing, so after a refusal the space is as it was.
 */
export function WikiImportButton({ spaceId }: { spaceId: string }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const client = useApolloClient();
  const [opened, setOpened] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const close = () => {
    if (busy) return;
    setOpened(false);
    setOutcome(null);
  };
  const send = (file: File) => {
    if (!/\.zip$/i.test(file.name)) return setOutcome({ kind: 'failed', messages: [t('wiki.transfer.notZip')], file: null });
    setBusy(true);
    setOutcome(null);
    postFile(wikiSpaceImportUrl(spaceId), file, file.name, (body) => (body as { import?: ImportResult } | null)?.import)
      .then(async (result) => {
        setOutcome({ kind: 'done', result });
        await client.refetchQueries({ include: WIKI_TREE_QUERIES });
      })
      .catch((e: unknown) => setOutcome({ kind: 'failed', messages: messages(e), file: refusedFile(e) }))
      .finally(() => setBusy(false));
  };
  return (
    <>
      <Button variant="default" leftSection={<IconFileImport size={16} aria-hidden="true" />} onClick={() => setOpened(true)}>
        {t('wiki.transfer.import')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('wiki.transfer.importTitle')} size="lg">
        <Stack gap="md">
          <Text size="sm">{t('wiki.transfer.importHint')}</Text>
          <FileDropZone buttonLabel={t('wiki.transfer.choose')} hint={t('wiki.transfer.drop')} accept=".zip,application/zip" loading={busy} disabled={busy} onFile={send} />
          <div aria-live="polite">
            {busy ? <Text size="sm">{t('wiki.transfer.importing')}</Text> : null}
            {outcome?.kind === 'failed' ? (
              <Alert color="red" title={t('wiki.transfer.failed')}>
                {outcome.file ? (
                  <Text size="sm" fw={600}>
                    {t('wiki.transfer.inFile')} <bdi dir="auto">{outcome.file}</bdi>
                  </Text>
                ) : null}
                {outcome.messages.map((m) => (
                  <Text size="sm" key={m}>
                    {m}
                  </Text>
                ))}
              </Alert>
            ) : null}
            {outcome?.kind === 'done' ? (
              <Alert color="green" title={t('wiki.transfer.imported', { count: outcome.result.pages.length })}>
                <List size="sm" spacing={2}>
                  {outcome.result.pages.map((p) => (
                    <List.Item key={p.id}>
                      <Anchor component={Link} to={wikiPageIdPath(p.id)} dir="auto" onClick={close}>
                        {p.title}
                      </Anchor>{' '}
                      <Text span size="xs" c="dimmed" dir="auto">
                        {p.path}
                      </Text>
                    </List.Item>
                  ))}
                </List>
              </Alert>
            ) : null}
          </div>
          <Button variant="default" onClick={close} disabled={busy} w="fit-content">
            {t('wiki.transfer.close')}
          </Button>
        </Stack>
      </Modal>
    </>
  );
}
