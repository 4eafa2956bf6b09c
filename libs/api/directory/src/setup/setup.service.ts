import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { AppError, Db, EventsService, runSql } from '@pillars/api/core';
import { Role } from '@pillars/shared/types';
import { DirectoryEvents } from '../directory.events';
import { AuthService, type ClientInfo } from '../auth/auth.service';
import { hashPassword } from '../auth/password';
import { UserWriter } from '../users/user.writer';
import { SetupErrorCode } from './setup.errors';
import type { CompleteSetupInput } from './setup.inputs';

// Distinct from the migration lock (727274): setup and migrations never wait for each other.
const SETUP_LOCK = 727275;

/** A slug for sign-in's `organization` argument; names without Latin letters get `org`. */
export const slugOf = (name: string): string =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60) || 'org';

/**
 * First run of a deployment without the demo: while no organisation exists, the first visitor
 * creates one and becomes its administrator. Once done it stays done, whoever asks.
 */
@Injectable()
export class SetupService {
  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly auth: AuthService,
  ) {}

  async isNeeded(): Promise<boolean> {
    const [any] = await this.db.query(`SELECT 1 FROM organizations LIMIT 1`);
    return !any;
  }

  /** Creates the organisation and its first administrator and signs them in, in one transaction. */
  async completeSetup(input: CompleteSetupInput, client: ClientInfo): Promise<{ token: string; userId: string }> {
    // Refuse before the costly hash once setup is done; the lock below decides races.
    if (!(await this.isNeeded())) throw new AppError(SetupErrorCode.SETUP_ALREADY_DONE);
    const passwordHash = await hashPassword(input.password);
    const name = input.organizationName.trim();
    return this.db.transaction(async (tx) => {
      // Two first visitors at once: the second waits here, then finds the first one's organisation.
      await runSql(tx, `SELECT pg_advisory_xact_lock($1)`, [SETUP_LOCK]);
      const [done] = await runSql(tx, `SELECT 1 FROM organizations LIMIT 1`);
      if (done) throw new AppError(SetupErrorCode.SETUP_ALREADY_DONE);
      const [org] = await runSql<{ id: string }>(tx, `INSERT INTO organizations (name, slug) VALUES ($1, $2) RETURNING id`, [name, slugOf(name)]);
      const user = { id: randomUUID() };
      await UserWriter.insert(tx, org.id, [{ id: user.id, email: input.email, name: input.name, locale: input.locale, timeZone: input.timeZone, roles: [Role.ADMIN], passwordHash }]);
      await this.events.append(tx, { organizationId: org.id, actorId: user.id, type: DirectoryEvents.organizationCreated, payload: { userIds: [user.id] } });
      const token = await this.auth.startSession(tx, { id: user.id, organizationId: org.id }, client);
      return { token, userId: user.id };
    });
  }
}
