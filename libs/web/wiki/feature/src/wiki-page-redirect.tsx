import { useQuery } from '@apollo/client/react';
import { isNotFound, useErrorMessages } from '@pillars/web/core/data-access';
import { EmptyView, ErrorView, PageSkeleton } from '@pillars/web/ui';
import { WikiPageLocationDocument } from '@pillars/web/wiki/data-access';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, useParams } from 'react-router-dom';
import { wikiPagePath } from './wiki-paths';

/** `/wiki/page/<id>`: the stable link a `[[page]]` is stored as, sent on to the page's current address. */
export function WikiPageRedirect() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const { data, error, refetch } = useQuery(WikiPageLocationDocument, { variables: { id } });
  const page = data?.wikiPage;
  if (page) return <Navigate replace to={wikiPagePath(page.space.key, page.slug)} />;
  if ((error && isNotFound(error)) || (data && !page)) return <EmptyView icon={<IconLock size={30} />} title={t('wiki.page.notFound')} />;
  if (error) return <ErrorView title={t('wiki.page.title')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  return <PageSkeleton label={t('common.loading')} />;
}
