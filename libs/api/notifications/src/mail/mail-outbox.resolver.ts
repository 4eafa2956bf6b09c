import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, AppError, authorize, can, CurrentActor, Db, decodeCursor, PageArgs, pageSize, toConnection, ViewerAbilitiesModel } from '@pillars/api/core';
import { mailOutboxPolicy } from './mail-outbox.policy';
import { MailOutboxConnection, type MailOutboxItemModel } from '../notification.model';


interface OutboxRow extends MailOutboxItemModel { seq: string }

/** Admins read the mail the embedded default wrote instead of sending (no SMTP_URL). */
@Resolver()
export class MailOutboxResolver {
  constructor(private readonly db: Db) {}

  @Query(() => MailOutboxConnection, { description: 'Mail written instead of sent (no SMTP_URL), newest first. Admins only.' })
  async mailOutbox(@CurrentActor() actor: Actor, @Args() args: PageArgs) {
    authorize(mailOutboxPolicy, actor, 'read', { organizationId: actor.organizationId });
    const first = pageSize(args.first);
    const cursor = decodeCursor(args.after, ['string']);
    if (cursor && !/^\d{1,19}$/.test(cursor[0] as string)) throw AppError.badInput([{ field: 'after', rule: 'cursor' }], 'Malformed cursor');
    const rows = await this.db.query<OutboxRow>(
      `SELECT id, to_address AS "to", subject, text, html, created_at AS "createdAt", seq::text AS seq FROM mail_outbox
        WHERE organization_id = $1 AND ($2::bigint IS NULL OR seq < $2::bigint) ORDER BY seq DESC LIMIT $3`,
      [actor.organizationId, cursor?.[0] ?? null, first + 1],
    );
    return toConnection(rows, first, (r) => [r.seq], (r) => ({ id: r.id, to: r.to, subject: r.subject, text: r.text, html: r.html, createdAt: r.createdAt }));
  }
}

/** The notifications' part of `abilities`. */
@Resolver(() => ViewerAbilitiesModel)
export class NotificationAbilitiesResolver {
  @ResolveField(() => Boolean, { description: 'May read the mail outbox (mail written instead of sent).' })
  canReadMailOutbox(@Parent() { actor }: ViewerAbilitiesModel): boolean {
    return can(mailOutboxPolicy, actor, 'read', { organizationId: actor.organizationId });
  }
}
