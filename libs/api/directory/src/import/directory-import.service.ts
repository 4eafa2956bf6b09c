import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Actor, AppError, authorize, Db, EventsService, RealtimeService, runSql, type Tx } from '@pillars/api/core';
import { LIMITS } from '@pillars/shared/validation';
import { DirectoryEvents, type DirectoryEventPayload } from '../directory.events';
import { userPolicy } from '../users/user.policy';
import { applyPlan, loadSnapshot } from './directory-import.apply';
import type { ApplyDirectoryImportInput, PreviewDirectoryImportInput } from './directory-import.inputs';
import type { ApplyDirectoryImportPayload, PreviewDirectoryImportPayload } from './directory-import.model';
import { parseImportCsv, type ParsedCsv } from './directory-import.parse';
import { MAX_REPORTED_ERRORS } from './directory-import.types';
import { type ImportPlan, planImport } from './directory-import.validate';

/** Realtime type of import progress events: `{ type, id: importId, version: rows processed }`. */
export const DIRECTORY_IMPORT_PROGRESS = 'DirectoryImport';

/** CSV directory import: preview (dry run) and apply (one transaction, all or nothing). */
@Injectable()
export class DirectoryImportService {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly realtime: RealtimeService,
  ) {}

  async previewDirectoryImport(actor: Actor, input: PreviewDirectoryImportInput): Promise<PreviewDirectoryImportPayload> {
    const parsed = this.parse(actor, input.csv);
    const plan = await this.db.transaction((tx) => this.plan(tx, actor, parsed, false));
    return { ...plan.counts, errorCount: plan.errors.length, errors: plan.errors.slice(0, MAX_REPORTED_ERRORS) };
  }

  async applyDirectoryImport(actor: Actor, input: ApplyDirectoryImportInput): Promise<ApplyDirectoryImportPayload> {
    const parsed = this.parse(actor, input.csv);
    const importId = input.importId ?? randomUUID();
    const counts = await this.db.transaction(async (tx) => {
      // Two imports into one organisation would each plan teams and people the other is creating.
      await runSql(tx, `SELECT pg_advisory_xact_lock(hashtext($1))`, [`directory-import:${actor.organizationId}`]);
      const plan = await this.plan(tx, actor, parsed, true);
      if (plan.errors.length > 0) {
        throw new AppError(
          'DIRECTORY_IMPORT_INVALID',
          { errorCount: plan.errors.length, errors: plan.errors.slice(0, MAX_REPORTED_ERRORS) },
          `The file has ${plan.errors.length} error(s); nothing was imported`,
        );
      }
      // Progress is pushed from inside the transaction on purpose: it carries only a row count,
      // and a person watching a 20,000-row import needs it before the commit, not after.
      const userIds = await applyPlan(tx, actor.organizationId, plan, (processed) =>
        this.realtime.emit(`user:${actor.userId}`, { type: DIRECTORY_IMPORT_PROGRESS, id: importId, version: processed }),
      );
      if (userIds.length > 0 || plan.newTeams.length > 0) {
        const payload: DirectoryEventPayload = { userIds, teamIds: plan.newTeams.map((t) => t.id), wholeOrganization: true };
        await this.events.append(tx, { organizationId: actor.organizationId, actorId: actor.userId, type: DirectoryEvents.imported, payload: { ...payload } });
      }
      return plan.counts;
    });
    return { importId, ...counts };
  }

  /** Authorizes first, then checks the size limits before any parsing work. */
  private parse(actor: Actor, csv: string): ParsedCsv {
    authorize(userPolicy, actor, 'import', { id: '', organizationId: actor.organizationId });
    if (Buffer.byteLength(csv, 'utf8') > LIMITS.importBytes) {
      throw AppError.badInput([{ field: 'csv', rule: 'maxBytes', message: `At most ${LIMITS.importBytes} bytes` }], 'The file is too large');
    }
    const parsed = parseImportCsv(csv);
    if (parsed.rows.length > LIMITS.importRows) {
      throw AppError.badInput([{ field: 'csv', rule: 'maxRows', message: `At most ${LIMITS.importRows} rows` }], 'The file has too many rows');
    }
    return parsed;
  }

  private async plan(tx: Tx, actor: Actor, parsed: ParsedCsv, lock: boolean): Promise<ImportPlan> {
    const emails = parsed.rows.flatMap((r) => [r.cells.email, r.cells.managerEmail]).filter((e): e is string => !!e);
    return planImport(parsed, await loadSnapshot(tx, actor.organizationId, emails, lock), actor.userId);
  }
}
