import type { MigrationClass } from '@pillars/api/core';
import { CreateNotifications1797100000000 } from './1797100000000-create-notifications';

export const NOTIFICATION_MIGRATIONS: MigrationClass[] = [CreateNotifications1797100000000];
