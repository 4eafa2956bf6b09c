import { Center, Loader } from '@mantine/core';
import { errorKeys, useSession, type ViewerAbility } from '@pillars/web/core/data-access';
import { EmptyView, ErrorView } from '@pillars/web/ui';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';

/**
 * Routes below need a session; without one, go to sign-in and come back afterwards. While the
 * session loads, `loading` shows (the app passes its frame, so a cold load is not a bare spinner).
 */
export function RequireAuth({ loading: placeholder }: { loading?: ReactNode }) {
  const { t } = useTranslation();
  const { me, loading, error, refetch } = useSession();
  const location = useLocation();
  if (loading) {
    if (placeholder) return placeholder;
    return (
      <Center mih="60vh" role="status">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (error && !me) {
    return (
      <Center mih="60vh" p="md">
        <ErrorView
          title={t('common.loadFailed')}
          messages={errorKeys(error).map((k) => t(k))}
          retryLabel={t('common.retry')}
          onRetry={() => void refetch()}
        />
      </Center>
    );
  }
  if (!me) return <Navigate to="/sign-in" replace state={{ from: location }} />;
  return <Outlet />;
}

/**
 * Shows the routes below only when the server grants the viewer `ability`. The same policy decides
 * every request, so this only spares people a page they could not use.
 */
export function RequireAbility({ ability }: { ability: ViewerAbility }) {
  const { t } = useTranslation();
  const { can } = useSession();
  if (!can(ability)) return <EmptyView icon={<IconLock size={30} />} title={t('errors.FORBIDDEN')} description={t('auth.forbiddenPage')} />;
  return <Outlet />;
}
