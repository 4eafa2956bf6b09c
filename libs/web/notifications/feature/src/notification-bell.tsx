import { ActionIcon, Indicator, Tooltip } from '@mantine/core';
import { useLiveUnreadCount } from '@pillars/web/notifications/data-access';
import { IconBell } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';

/** The header bell: a link to the centre with the live unread count (announced to screen readers). */
export function NotificationBell() {
  const { t } = useTranslation();
  const count = useLiveUnreadCount();
  const label = count > 0 ? t('notifications.bell.unread', { count }) : t('notifications.bell.none');
  return (
    <Tooltip label={label}>
      <Indicator label={count > 99 ? '99+' : count} size={16} disabled={count === 0} offset={4}>
        <ActionIcon component={Link} to="/notifications" variant="subtle" size="lg" aria-label={label}>
          <IconBell aria-hidden="true" />
        </ActionIcon>
      </Indicator>
    </Tooltip>
  );
}
