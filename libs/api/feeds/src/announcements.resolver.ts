import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, PageArgs, ParseIdPipe, type GqlContext } from '@pillars/api/core';
import { AnnouncementLoaders } from './announcement.loaders';
import {
  AnnouncementInfoModel, AnnouncementPendingArgs, AnnouncementReachModel, PendingRecipientConnection, PublishAnnouncementInput, ReachCountsModel,
  RemindAnnouncementPayload, TeamReachConnection,
} from './announcement.model';
import { AnnouncementsService, type ReachCounts, type ReceiptStep } from './announcements.service';
import { PostModel, PostPayload } from './post.model';
import { presentPost } from './post.presenter';

const pct = (n: number, of: number) => (of === 0 ? 0 : Math.round((n / of) * 1000) / 10);
export const presentCounts = (c: ReachCounts): ReachCountsModel => ({
  ...c, seenPercent: pct(c.seen, c.delivered), readPercent: pct(c.read, c.delivered), acknowledgedPercent: pct(c.acknowledged, c.delivered),
});

@Resolver(() => PostModel)
export class AnnouncementPostResolver {
  constructor(private readonly loaders: AnnouncementLoaders) {}

  @ResolveField(() => AnnouncementInfoModel, { nullable: true, description: 'Set for announcements only.' })
  announcement(@Parent() post: PostModel, @Context() ctx: GqlContext) {
    if (!post.isAnnouncement) return null;
    return ctx.loaders.get(this.loaders.info).load(post.id);
  }
}

@Resolver(() => AnnouncementReachModel)
export class AnnouncementsResolver {
  constructor(private readonly announcements: AnnouncementsService) {}

  @Mutation(() => PostPayload, { description: 'HR, admins, and team leads (to their own team): delivery follows in background jobs.' })
  async publishAnnouncement(@CurrentActor() actor: Actor, @Args('input') input: PublishAnnouncementInput): Promise<PostPayload> {
    return { post: presentPost(await this.announcements.publish(actor, input)) };
  }

  @Mutation(() => PostPayload, { description: 'The viewer saw it (client: after ≥ 1 s in the viewport). Idempotent.' })
  markAnnouncementSeen(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.mark(actor, id, 'seen');
  }

  @Mutation(() => PostPayload, { description: 'The viewer opened or scrolled through it. Idempotent.' })
  markAnnouncementRead(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.mark(actor, id, 'read');
  }

  @Mutation(() => PostPayload, { description: '"Got it" on a must-read announcement (implies read). Idempotent.' })
  acknowledgeAnnouncement(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.mark(actor, id, 'acknowledged');
  }

  @Mutation(() => RemindAnnouncementPayload, { description: 'Notifies those who have not read (must-read: acknowledged) yet; once per 24 h.' })
  remindAnnouncement(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.announcements.remind(actor, id);
  }

  @Query(() => AnnouncementReachModel, { description: 'For the author, HR and admins; NOT_FOUND for anyone else.' })
  async announcementReach(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<AnnouncementReachModel> {
    const { announcement: a, counts } = await this.announcements.reach(actor, id);
    return { id: a.postId, organizationId: a.organizationId, authorId: a.authorId, mustRead: a.mustRead, audienceId: a.audienceId, lastRemindedAt: a.lastRemindedAt, totals: presentCounts(counts) };
  }

  @Query(() => PendingRecipientConnection, { description: 'People who have not read / acknowledged yet, by name (author, HR, admins).' })
  announcementPending(@CurrentActor() actor: Actor, @Args() args: AnnouncementPendingArgs) {
    return this.announcements.pending(actor, args.id, args.state, args, (user, r) => ({
      user, deliveredAt: new Date(r.delivered_at), seenAt: r.seen_at ? new Date(r.seen_at) : null, readAt: r.read_at ? new Date(r.read_at) : null,
    }));
  }

  @ResolveField(() => TeamReachConnection, { description: 'Rolled up by team tree (sub-teams included), by team name.' })
  async teams(@CurrentActor() actor: Actor, @Parent() reach: AnnouncementReachModel, @Args() args: PageArgs) {
    const a = { postId: reach.id, organizationId: reach.organizationId, authorId: reach.authorId, audienceId: reach.audienceId, mustRead: reach.mustRead, lastRemindedAt: reach.lastRemindedAt };
    this.announcements.authorizeTrack(actor, a);
    const page = await this.announcements.reachByTeam(actor, a, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: { teamId: e.node.teamId, name: e.node.name, counts: presentCounts(e.node) } })) };
  }

  private async mark(actor: Actor, id: string, step: ReceiptStep): Promise<PostPayload> {
    return { post: presentPost(await this.announcements.mark(actor, id, step)) };
  }
}
