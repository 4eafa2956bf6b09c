export * from './notification.documents';
export { notificationsRoom, NOTIFICATIONS_EVENT, useLiveUnreadCount } from './notification.realtime';
