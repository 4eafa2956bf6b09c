import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { Db, JobsService } from '@pillars/api/core';

export const SESSION_PURGE_QUEUE = 'directory.sessions.purge';

/** Nightly: deletes sessions that expired or were revoked more than 30 days ago. */
@Injectable()
export class SessionPurgeJob implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobsService,
    private readonly db: Db,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.jobs.enabled) return;
    await this.jobs.work(SESSION_PURGE_QUEUE, async () => {
      await this.run();
    });
    await this.jobs.schedule(SESSION_PURGE_QUEUE, '17 3 * * *');
  }

  async run(): Promise<number> {
    const rows = await this.db.query(
      `DELETE FROM sessions WHERE coalesce(revoked_at, expires_at) < now() - interval '30 days' RETURNING id`,
    );
    return rows.length;
  }
}
