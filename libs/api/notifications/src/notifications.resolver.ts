import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver, ArgsType, Field } from '@nestjs/graphql';
import { Actor, CurrentActor, type GqlContext, PageArgs } from '@pillars/api/core';
import { PeopleDirectory, UserModel } from '@pillars/api/directory';
import { IsBoolean, IsOptional } from 'class-validator';
import {
  MarkNotificationsReadInput,
  NotificationConnection,
  NotificationModel,
  NotificationPreferenceModel,
  NotificationsReadPayload,
  SetNotificationPreferenceInput,
} from './notification.model';
import { NotificationPreferencesService } from './notification-preferences.service';
import { NotificationsService } from './notifications.service';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true }) @IsOptional() @IsBoolean()
  unreadOnly?: boolean;
}

@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly preferences: NotificationPreferencesService,
    private readonly people: PeopleDirectory,
  ) {}

  @Query(() => NotificationConnection, { description: "The reader's notification centre, newest activity first." })
  notifications(@CurrentActor() actor: Actor, @Args() args: NotificationsArgs) {
    return this.service.list(actor, args);
  }

  @Query(() => Int)
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.service.unreadCount(actor);
  }

  @Mutation(() => NotificationsReadPayload)
  async markNotificationsRead(@CurrentActor() actor: Actor, @Args('input') input: MarkNotificationsReadInput): Promise<NotificationsReadPayload> {
    return { unreadCount: await this.service.markRead(actor, input.ids) };
  }

  @Mutation(() => NotificationsReadPayload)
  async markAllNotificationsRead(@CurrentActor() actor: Actor): Promise<NotificationsReadPayload> {
    return { unreadCount: await this.service.markRead(actor, null) };
  }

  @Query(() => [NotificationPreferenceModel], { description: 'One channel per declared kind.' })
  notificationPreferences(@CurrentActor() actor: Actor): Promise<NotificationPreferenceModel[]> {
    return this.preferences.list(actor);
  }

  @Mutation(() => NotificationPreferenceModel)
  setNotificationPreference(@CurrentActor() actor: Actor, @Args('input') input: SetNotificationPreferenceInput): Promise<NotificationPreferenceModel> {
    return this.preferences.set(actor, input.kind, input.channel);
  }

  @ResolveField(() => [UserModel], { description: 'The latest actors, newest first (at most 5; actorCount counts all).' })
  async actors(@Parent() n: NotificationModel, @Context() ctx: GqlContext): Promise<UserModel[]> {
    const users = await ctx.loaders.get(this.people.userById).loadMany(n.actorIds);
    return users.filter((u): u is UserModel => !!u && !(u instanceof Error));
  }
}
