import { useQuery } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { PostBody } from '@pillars/web/feeds/feature';
import { PreviewCard } from '@pillars/web/ui';
import { RenderWikiPreviewDocument } from '@pillars/web/wiki/data-access';
import { useTranslation } from 'react-i18next';

/** How long typing pauses before the preview is rendered again. */
export const WIKI_PREVIEW_DELAY_MS = 400;

/**
 * The editor's live preview, rendered by the server exactly as a save would render the page (the
 * whole page, up to 1 MB; `[[links]]` resolved among pages the viewer may read), once typing
 * pauses. The last preview stays while the next one renders; links naming no readable page are listed.
 */
export function WikiPreview({ body, spaceId, language }: { body: string; spaceId: string; language: string }) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(body, WIKI_PREVIEW_DELAY_MS);
  const text = debounced.trim() ? debounced : '';
  // Not cached: each body is its own entry, and a 1 MB page would fill the cache with old renders.
  const { data, previousData, loading, error } = useQuery(RenderWikiPreviewDocument, { variables: { spaceId, body: text }, skip: !text, fetchPolicy: 'no-cache' });
  const preview = (data ?? previousData)?.renderWikiPreview;
  return (
    <PreviewCard
      label={t('wiki.preview.label')}
      empty={!text}
      emptyText={t('wiki.preview.empty')}
      failed={!!error && !preview}
      failedText={t('wiki.preview.failed')}
      loading={loading}
    >
      {preview ? (
        <>
          <PostBody html={preview.html} language={language} />
          {preview.brokenLinks.length > 0 ? (
            <Text size="xs" c="orange.8" mt="xs">
              {t('wiki.preview.broken', { count: preview.brokenLinks.length })}{' '}
              {preview.brokenLinks.map((ref, i) => (
                <bdi key={ref} dir="auto">
                  {i > 0 ? ', ' : ''}
                  {ref}
                </bdi>
              ))}
            </Text>
          ) : null}
        </>
      ) : null}
    </PreviewCard>
  );
}
