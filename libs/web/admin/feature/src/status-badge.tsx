import { Badge } from '@mantine/core';
import type { UserStatus } from '@pillars/web/graphql';
import { useTranslation } from 'react-i18next';

const COLORS: Record<UserStatus, string> = { ACTIVE: 'green', SUSPENDED: 'orange', DEPARTED: 'gray' };

/** Nothing when the API withholds the status (readers other than the person, HR and admins). */
export function StatusBadge({ status }: { status: UserStatus | null }) {
  const { t } = useTranslation();
  if (!status) return null;
  return (
    <Badge color={COLORS[status]} variant="light" tt="none" style={{ flexShrink: 0, overflow: 'visible', maxWidth: 'none' }}>
      {t(`status.${status}`)}
    </Badge>
  );
}
