import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ViewerAbilitiesModel } from '@pillars/api/core';
import { governsAnnouncements } from './announcement.policy';

/** The announcements' part of `abilities`: the same rule `publishAnnouncement` applies. */
@Resolver(() => ViewerAbilitiesModel)
export class AnnouncementAbilitiesResolver {
  @ResolveField(() => Boolean, { description: 'May publish announcements: HR, admins and team leads (leads to their own team only).' })
  canAnnounce(@Parent() { actor }: ViewerAbilitiesModel): boolean {
    return governsAnnouncements(actor) || actor.ledTeamIds.length > 0;
  }

  @ResolveField(() => Boolean, { description: 'May announce to any audience, stored or new (HR and admins).' })
  canAnnounceToAnyone(@Parent() { actor }: ViewerAbilitiesModel): boolean {
    return governsAnnouncements(actor);
  }
}
