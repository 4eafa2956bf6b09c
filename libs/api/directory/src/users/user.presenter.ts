import type { UserEntity } from '../entities/user.entity';
import { Role } from '@pillars/shared/types';
import type { UserModel } from './user.model';

export const initialsOf = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => Array.from(part)[0] ?? '')
    .join('')
    .toLocaleUpperCase();

/** Whitelists fields: a new column stays private until exposed here on purpose. */
export const presentUser = (u: UserEntity & { activated?: boolean }): UserModel => ({
  id: u.id,
  name: u.name,
  email: u.email,
  title: u.title,
  location: u.location,
  locale: u.locale,
  timeZone: u.timeZone,
  status: u.status,
  roles: [Role.EMPLOYEE, ...u.roles.filter((r) => r !== Role.EMPLOYEE)],
  startDate: u.startDate,
  initials: initialsOf(u.name),
  managerId: u.managerId,
  organizationId: u.organizationId,
  activated: u.activated,
});
