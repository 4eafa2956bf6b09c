import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Actor, APP_CONFIG, type AppConfig, AppError, authorize, can, Db, EventsService, RealtimeService, runSql } from '@pillars/api/core';
import { LIMITS } from '@pillars/shared/validation';
import { Role } from '@pillars/shared/types';
import { AccountEvents, DirectoryEvents, type DirectoryEventPayload } from '../directory.events';
import { userPolicy } from '../users/user.policy';
import { applyPlan, loadSnapshot, lockSnapshot, type SnapshotKeys } from './directory-import.apply';
import type { ApplyDirectoryImportInput, PreviewDirectoryImportInput } from './directory-import.inputs';
import type { ApplyDirectoryImportPayload, PreviewDirectoryImportPayload } from './directory-import.model';
import { parseImportCsv, type ParsedCsv } from './directory-import.parse';
import { rejectedRowsCsv } from './directory-import.rejected';
import { DirectoryImportMode, MAX_REPORTED_ERRORS, MAX_REPORTED_TEAM_PATHS } from './directory-import.types';
import { type ImportActor, type ImportPlan, planImport, splitTeamPath } from './directory-import.validate';

/** Realtime type of import progress events: `{ type, id: importId, version: rows processed }`. */
export const DIRECTORY_IMPORT_PROGRESS = 'DirectoryImport';

type Report = Omit<PreviewDirectoryImportPayload, 'maxNewTeams'>;

/**
 * CSV directory import: preview (dry run, no transaction) and apply (one transaction). Parsing
 * and checking yield to the event loop between chunks, so other requests keep being answered.
 */
@Injectable()
export class DirectoryImportService {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly realtime: RealtimeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async previewDirectoryImport(actor: Actor, input: PreviewDirectoryImportInput): Promise<PreviewDirectoryImportPayload> {
    const parsed = await this.parse(actor, input.csv);
    // No transaction: a dry run needs no locks, and on the embedded database an open transaction
    // would hold every other request until the check is done.
    const snapshot = await loadSnapshot(this.db.manager, actor.organizationId, keysOf(parsed));
    const progress = input.importId ? this.progress(actor, input.importId) : undefined;
    const plan = await planImport(parsed, snapshot, importActor(actor), progress);
    return { ...report(parsed, plan), maxNewTeams: this.config.importMaxNewTeams };
  }

  async applyDirectoryImport(actor: Actor, input: ApplyDirectoryImportInput): Promise<ApplyDirectoryImportPayload> {
    const parsed = await this.parse(actor, input.csv);
    const importId = input.importId ?? randomUUID();
    const result = await this.db.transaction(async (tx) => {
      // Two imports into one organisation would each plan teams and people the other is creating.
      await runSql(tx, `SELECT pg_advisory_xact_lock(hashtext($1))`, [`directory-import:${actor.organizationId}`]);
      const plan = await planImport(parsed, await lockSnapshot(tx, actor.organizationId, keysOf(parsed)), importActor(actor));
      // A wrong header leaves no row readable, so not even SKIP_REJECTED has anything to import.
      if (plan.errors.length > 0 && (input.mode === DirectoryImportMode.ALL_OR_NOTHING || parsed.errors.length > 0)) {
        throw new AppError(
          'DIRECTORY_IMPORT_INVALID',
          { errorCount: plan.errors.length, errors: plan.errors.slice(0, MAX_REPORTED_ERRORS) },
          `The file has ${plan.errors.length} error(s); nothing was imported`,
        );
      }
      const max = this.config.importMaxNewTeams;
      if (plan.newTeams.length > max) {
        throw new AppError(
          'DIRECTORY_IMPORT_TOO_MANY_TEAMS',
          { teamsToCreate: plan.newTeams.length, maxNewTeams: max, newTeamPaths: plan.newTeamPaths.slice(0, MAX_REPORTED_TEAM_PATHS) },
          `The file would create ${plan.newTeams.length} teams; at most ${max} are allowed`,
        );
      }
      // Progress is pushed from inside the transaction on purpose: it carries only a row count,
      // and a person watching a 20,000-row import needs it before the commit, not after.
      const userIds = await applyPlan(tx, actor.organizationId, plan, this.progress(actor, importId));
      if (userIds.length > 0 || plan.newTeams.length > 0) {
        const payload: DirectoryEventPayload = { userIds, teamIds: plan.newTeams.map((t) => t.id), wholeOrganization: true };
        await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: DirectoryEvents.imported, payload: { ...payload } });
      }
      // Everyone the file created gets an invitation (the handler skips anyone not active).
      const invited = plan.users.filter((u) => u.isNew).map((u) => u.id);
      if (invited.length > 0) await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: AccountEvents.invited, payload: { userIds: invited } });
      return plan;
    });
    return { importId, mode: input.mode, ...report(parsed, result) };
  }

  private progress(actor: Actor, importId: string) {
    return (processed: number) => this.realtime.emit(`user:${actor.userId}`, { type: DIRECTORY_IMPORT_PROGRESS, id: importId, version: processed });
  }

  /** Authorizes first, then checks the size limits before any parsing work. */
  private async parse(actor: Actor, csv: string): Promise<ParsedCsv> {
    authorize(userPolicy, actor, 'import', { id: '', organizationId: actor.organizationId });
    if (Buffer.byteLength(csv, 'utf8') > LIMITS.importBytes) {
      throw AppError.badInput([{ field: 'csv', rule: 'maxBytes', message: `At most ${LIMITS.importBytes} bytes` }], 'The file is too large');
    }
    const parsed = await parseImportCsv(csv);
    // HR imports people records; a roles column is an admin's business (like assignRoles).
    if (parsed.columns.has('roles')) authorize(userPolicy, actor, 'assignRoles', { id: '', organizationId: actor.organizationId });
    if (parsed.rows.length > LIMITS.importRows) {
      throw AppError.badInput([{ field: 'csv', rule: 'maxRows', message: `At most ${LIMITS.importRows} rows` }], 'The file has too many rows');
    }
    return parsed;
  }
}

const importActor = (actor: Actor): ImportActor => ({
  userId: actor.userId,
  // The edit rule for an admin's record, asked of the policy rather than re-stated here.
  editsAdmins: can(userPolicy, actor, 'edit', { id: '', organizationId: actor.organizationId, roles: [Role.ADMIN] }),
});

const keysOf = (parsed: ParsedCsv): SnapshotKeys => ({
  rowEmails: parsed.rows.map((r) => r.cells.email).filter((e): e is string => !!e),
  managerEmails: parsed.rows.map((r) => r.cells.managerEmail).filter((e): e is string => !!e),
  teamNames: parsed.rows.flatMap((r) => (r.cells.teamPath ? splitTeamPath(r.cells.teamPath) : [])),
});

const report = (parsed: ParsedCsv, plan: ImportPlan): Report => {
  const { rejected, ...counts } = plan.counts;
  return {
    ...counts,
    newTeamPaths: plan.newTeamPaths.slice(0, MAX_REPORTED_TEAM_PATHS),
    rejectedRows: rejected,
    errorCount: plan.errors.length,
    errors: plan.errors.slice(0, MAX_REPORTED_ERRORS),
    rejectedCsv: rejectedRowsCsv(parsed, plan.rejected, plan.errors),
  };
};
