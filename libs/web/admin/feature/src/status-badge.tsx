import { Badge } from '@mantine/core';
import type { UserStatus } from '@pillars/web/graphql';
import { useTranslation } from 'react-i18next';

const COLORS: Record<UserStatus, string> = { ACTIVE: 'green', SUSPENDED: 'orange', DEPARTED: 'gray' };

export function StatusBadge({ status }: { status: UserStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status]} variant="light">
      {t(`status.${status}`)}
    </Badge>
  );
}
