import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { can, ViewerAbilitiesModel } from '@pillars/api/core';
import { teamPolicy } from './teams/team.policy';
import { userPolicy } from './users/user.policy';

/** The subject of an organisation-wide action, as the services authorize it (create, import). */
const inOwnOrg = ({ actor }: ViewerAbilitiesModel) => ({ id: '', organizationId: actor.organizationId });

/** The directory's part of `abilities`: the admin pages for people, teams and import. */
@Resolver(() => ViewerAbilitiesModel)
export class DirectoryAbilitiesResolver {
  @ResolveField(() => Boolean, { description: 'May add, edit, suspend and import people (HR and admins; admins\' records are for admins).' })
  canManagePeople(@Parent() viewer: ViewerAbilitiesModel): boolean {
    return can(userPolicy, viewer.actor, 'create', inOwnOrg(viewer));
  }

  @ResolveField(() => Boolean, { description: 'May create, rename and move teams.' })
  canManageTeams(@Parent() viewer: ViewerAbilitiesModel): boolean {
    return can(teamPolicy, viewer.actor, 'create', inOwnOrg(viewer));
  }

  @ResolveField(() => Boolean, { description: 'May import people from a CSV file.' })
  canImport(@Parent() viewer: ViewerAbilitiesModel): boolean {
    return can(userPolicy, viewer.actor, 'import', inOwnOrg(viewer));
  }

  @ResolveField(() => Boolean, { description: 'May give people roles (HR, ADMIN): admins only; HR manages records without roles.' })
  canAssignRoles(@Parent() viewer: ViewerAbilitiesModel): boolean {
    return can(userPolicy, viewer.actor, 'assignRoles', inOwnOrg(viewer));
  }
}
