import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Db, EventsService, JobsService } from '@pillars/api/core';
import { NotificationChannel, type DigestChannel } from '../notification.registry';
import { NotificationEvents, type NotificationsCreatedPayload } from '../notifications.events';
import { Mailer } from './mailer';
import { NotificationDeliveryService } from './notification-delivery.service';
import { NotificationDigestService } from './notification-digest.service';

export const MAIL_NOW_QUEUE = 'notifications.mail.now';
export const DIGEST_TICK_QUEUE = { [NotificationChannel.DAILY_DIGEST]: 'notifications.digest.daily', [NotificationChannel.WEEKLY_DIGEST]: 'notifications.digest.weekly' } as const;
export const DIGEST_USER_QUEUE = 'notifications.digest.user';

/**
 * Wires mail to the outbox and pg-boss: after a notification commits, one job per "email now"
 * notification; daily (06:00 UTC) and weekly (Monday) ticks fan out one digest job per person.
 * With jobs off (tests, JOBS=off) the same work runs in-process after commit.
 */
@Injectable()
export class NotificationMailJobs implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NotificationMail');
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly db: Db,
    private readonly events: EventsService,
    private readonly jobs: JobsService,
    private readonly mailer: Mailer,
    private readonly delivery: NotificationDeliveryService,
    private readonly digests: NotificationDigestService,
  ) {}

  onModuleInit(): void {
    this.events.on('notifications.mail', [NotificationEvents.created], async (event, tx) => {
      const payload = event.payload as unknown as NotificationsCreatedPayload;
      this.db.afterCommit(tx, () => this.track(this.schedule(payload.notificationIds)));
    });
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.jobs.enabled) return;
    await this.jobs.work<{ notificationId: string }>(MAIL_NOW_QUEUE, async (d) => {
      await this.delivery.deliverNow(d.notificationId);
    });
    await this.jobs.work<{ channel: DigestChannel; organizationId: string; userId: string }>(DIGEST_USER_QUEUE, async (d) => {
      await this.digests.sendDigest(d.channel, d.organizationId, d.userId);
    });
    for (const channel of [NotificationChannel.DAILY_DIGEST, NotificationChannel.WEEKLY_DIGEST] as const) {
      await this.jobs.work(DIGEST_TICK_QUEUE[channel], async () => {
        for (const r of await this.digests.recipients(channel)) await this.jobs.send(DIGEST_USER_QUEUE, { channel, ...r });
      });
    }
    await this.jobs.schedule(DIGEST_TICK_QUEUE[NotificationChannel.DAILY_DIGEST], '0 6 * * *');
    await this.jobs.schedule(DIGEST_TICK_QUEUE[NotificationChannel.WEEKLY_DIGEST], '0 6 * * 1');
  }

  /** Resolves when in-process deliveries started so far are done (tests and shutdown). */
  async settled(): Promise<void> {
    while (this.pending.size) await Promise.allSettled([...this.pending]);
  }

  async onModuleDestroy(): Promise<void> {
    await this.settled();
    this.mailer.close();
  }

  private track(work: Promise<unknown>): void {
    const p = work.catch((e: Error) => this.logger.error(`mail delivery failed: ${e.message}`)).finally(() => this.pending.delete(p));
    this.pending.add(p);
  }

  private async schedule(ids: string[]): Promise<void> {
    const due = await this.delivery.wantingEmailNow(ids);
    for (const id of due) {
      if (this.jobs.enabled) await this.jobs.send(MAIL_NOW_QUEUE, { notificationId: id }, { singletonKey: id });
      else await this.delivery.deliverNow(id);
    }
  }
}
