import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { JobsService } from '@pillars/api/core';
import { FilesService } from './files.service';

export const FILE_PURGE_QUEUE = 'files.unattached.purge';

/** Hourly: removes uploads never attached to anything within a day (rows and bytes). */
@Injectable()
export class FilePurgeJob implements OnApplicationBootstrap {
  constructor(
    private readonly jobs: JobsService,
    private readonly files: FilesService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.jobs.enabled) return;
    await this.jobs.work(FILE_PURGE_QUEUE, async () => {
      await this.files.purgeUnattached();
    });
    await this.jobs.schedule(FILE_PURGE_QUEUE, '23 * * * *');
  }
}
