import { runSql, type Tx } from '@pillars/api/core';
import type { Role, UserStatus } from '@pillars/shared/types';
import type { WorkingHours } from '../entities/user.entity';

/** Fields a write may set; an absent (undefined) field is left as it is, null clears it. */
export interface UserWrite {
  id: string;
  email?: string;
  name?: string;
  title?: string | null;
  location?: string | null;
  locale?: string;
  timeZone?: string;
  managerId?: string | null;
  status?: UserStatus;
  roles?: Role[];
  startDate?: string | null;
  passwordHash?: string | null;
  about?: string | null;
  pronouns?: string | null;
  phone?: string | null;
  workingHours?: WorkingHours | null;
  languages?: string[];
  skills?: string[];
  photoFileId?: string | null;
}
export type NewUser = UserWrite & { email: string; name: string };

const COLUMNS: Record<keyof UserWrite, string> = {
  id: 'id', email: 'email', name: 'name', title: 'title', location: 'location', locale: 'locale', timeZone: 'time_zone',
  managerId: 'manager_id', status: 'status', roles: 'roles', startDate: 'start_date', passwordHash: 'password_hash',
  about: 'about', pronouns: 'pronouns', phone: 'phone', workingHours: 'working_hours', languages: 'languages', skills: 'skills', photoFileId: 'photo_file_id',
};
const toRow = (u: UserWrite) =>
  Object.fromEntries(Object.entries(u).filter(([, v]) => v !== undefined).map(([k, v]) => [COLUMNS[k as keyof UserWrite], v]));

/**
 * The directory's side of the one users writer: the SQL functions `pillars_insert_users` and
 * `pillars_update_users` (migration 1796600000000), which the seed and test factories call too.
 * Set-based: one statement for any number of people. `refreshSearch: false` when the caller
 * refreshes the search text itself after changing memberships in the same transaction.
 */
export const UserWriter = {
  async insert(tx: Tx, organizationId: string, users: NewUser[], opts: { refreshSearch?: boolean } = {}): Promise<void> {
    if (users.length === 0) return;
    await runSql(tx, `SELECT pillars_insert_users($1, $2::jsonb, $3)`, [organizationId, JSON.stringify(users.map(toRow)), opts.refreshSearch ?? true]);
  },

  async update(tx: Tx, organizationId: string, users: UserWrite[], opts: { refreshSearch?: boolean } = {}): Promise<void> {
    const rows = users.map(toRow).filter((r) => Object.keys(r).length > 1);
    if (rows.length === 0) return;
    await runSql(tx, `SELECT pillars_update_users($1, $2::jsonb, $3)`, [organizationId, JSON.stringify(rows), opts.refreshSearch ?? true]);
  },
};
