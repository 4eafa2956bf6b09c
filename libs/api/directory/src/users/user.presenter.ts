import type { UserEntity } from '../entities/user.entity';
import { Role } from '@pillars/shared/types';
import type { UserModel } from './user.model';

import { initialsOf } from './initials';

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
  // Rows read by narrower queries (team members, search exports) may lack the profile columns.
  about: u.about ?? null,
  pronouns: u.pronouns ?? null,
  phone: u.phone ?? null,
  workingHours: u.workingHours ?? null,
  languages: u.languages ?? [],
  skills: u.skills ?? [],
  photoUrl: u.photoFileId ? `/files/${u.photoFileId}` : null,
  photoThumbnailUrl: u.photoFileId ? `/files/${u.photoFileId}/thumbnail` : null,
  managerId: u.managerId,
  organizationId: u.organizationId,
  activated: u.activated,
});
