import { Center, Loader } from '@mantine/core';
import { errorKeys, useSession } from '@pillars/web/core/data-access';
import type { Role } from '@pillars/web/graphql';
import { EmptyView, ErrorView } from '@pillars/web/ui';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';

/** Routes below need a session; without one, go to sign-in and come back afterwards. */
export function RequireAuth() {
  const { t } = useTranslation();
  const { me, loading, error, refetch } = useSession();
  const location = useLocation();
  if (loading) {
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

/** Hides admin pages from non-admins; the API refuses their requests anyway. */
export function RequireAdmin() {
  return <RequireRole roles={['ADMIN']} />;
}

/** Shows the routes below only to people with one of `roles`; the API checks again on every request. */
export function RequireRole({ roles }: { roles: Role[] }) {
  const { t } = useTranslation();
  const { me } = useSession();
  if (!me?.roles.some((r) => roles.includes(r))) {
    const description = roles.length === 1 && roles[0] === 'ADMIN' ? t('admin.forbidden') : t('admin.forbiddenRoles', { roles: roles.map((r) => t(`role.${r}`)).join(', ') });
    return <EmptyView icon={<IconLock size={30} />} title={t('errors.FORBIDDEN')} description={description} />;
  }
  return <Outlet />;
}
