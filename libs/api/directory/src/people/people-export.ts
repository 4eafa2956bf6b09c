import type { Actor } from '@pillars/api/core';
import { can } from '@pillars/api/core';
import { userPolicy } from '../users/user.policy';
import { csvCell } from '../import/directory-import.rejected';

export interface ExportRow {
  id: string;
  organizationId: string;
  name: string;
  email: string;
  title: string | null;
  teams: string | null;
  managerName: string | null;
  managerEmail: string | null;
  managerId: string | null;
  location: string | null;
  status: string;
  startDate: string | null;
}

/** Column headers, in the import's spelling where the import has the column (so a file can go back in). */
export const EXPORT_HEADER = ['name', 'email', 'title', 'teams', 'manager', 'manager email', 'location', 'status', 'start date'];

/**
 * One CSV line per person. Addresses and statuses follow the same rule as the API's `email` and
 * `status` fields (`readPrivate`), so an export never shows more than the screen would.
 */
export function exportLine(actor: Actor, r: ExportRow): string {
  const mayRead = (id: string | null) => !!id && can(userPolicy, actor, 'readPrivate', { id, organizationId: r.organizationId });
  return [
    r.name, mayRead(r.id) ? r.email : '', r.title ?? '', r.teams ?? '', r.managerName ?? '', mayRead(r.managerId) ? (r.managerEmail ?? '') : '',
    r.location ?? '', mayRead(r.id) ? r.status : '', r.startDate ?? '',
  ].map(csvCell).join(',');
}
