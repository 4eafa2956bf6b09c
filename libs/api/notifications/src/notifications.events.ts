/** Events of the notifications domain (ids only). */
export const NotificationEvents = {
  /** Notifications were created or regrouped for these recipients. */
  created: 'notifications.created',
} as const;

export interface NotificationsCreatedPayload {
  notificationIds: string[];
  recipientIds: string[];
  kind: string;
}
