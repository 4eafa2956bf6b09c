import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, ParseIdPipe, ViewerAbilitiesModel, type GqlContext } from '@pillars/api/core';
import { PeopleDirectory, UserModel } from '@pillars/api/directory';
import { PolicyComplianceArgs, PolicyComplianceModel, PolicyCompliancePeopleArgs, PolicyCompliancePersonConnection, PolicyComplianceTrendPointModel } from './compliance.model';
import { ComplianceService } from './compliance.service';
import { PolicyAcknowledgementModel } from './policy.model';
import { governsPolicies } from './policy.policy';

/** The compliance dashboard and its CSV exports (HR; managers for their line). */
@Resolver(() => PolicyComplianceModel)
export class ComplianceResolver {
  constructor(private readonly compliance: ComplianceService) {}

  @Query(() => PolicyComplianceModel, { description: 'Acknowledged, pending and overdue in a published version\'s audience, rolled up by team tree or manager line: HR everyone, a manager their line.' })
  policyCompliance(@CurrentActor() actor: Actor, @Args() args: PolicyComplianceArgs): Promise<PolicyComplianceModel> {
    return this.compliance.compliance(actor, args);
  }

  @Query(() => [PolicyComplianceTrendPointModel], { description: 'The totals under the parent day by day (UTC) since publication, today last (at most 60 points; a long span steps several days): who of today\'s audience had been asked, had acknowledged and was overdue at the end of each day.' })
  policyComplianceTrend(@CurrentActor() actor: Actor, @Args() args: PolicyComplianceArgs): Promise<PolicyComplianceTrendPointModel[]> {
    return this.compliance.trend(actor, args);
  }

  @Query(() => PolicyCompliancePersonConnection, { description: 'The people right under a team (its own members) or a manager (their direct reports), by name, with their state.' })
  policyCompliancePeople(@CurrentActor() actor: Actor, @Args() args: PolicyCompliancePeopleArgs) {
    return this.compliance.peopleUnder(actor, args);
  }

  @Query(() => String, { description: 'The compliance table (totals, then each group) as RFC 4180 CSV; formula-looking cells get a leading apostrophe.' })
  policyComplianceCsv(@CurrentActor() actor: Actor, @Args() args: PolicyComplianceArgs): Promise<string> {
    return this.compliance.complianceCsv(actor, args);
  }

  @Query(() => String, { description: 'A published version\'s acknowledgement evidence the viewer may read, as CSV in chain order, each row re-hashed (intact).' })
  policyEvidenceCsv(@CurrentActor() actor: Actor, @Args('versionId', { type: () => ID }, ParseIdPipe) versionId: string): Promise<string> {
    return this.compliance.evidenceCsv(actor, versionId);
  }
}

/** Who acknowledged: the evidence rows are already read-filtered, so the person is shown as the directory shows them. */
@Resolver(() => PolicyAcknowledgementModel)
export class PolicyAcknowledgementUserResolver {
  constructor(private readonly people: PeopleDirectory) {}

  @ResolveField(() => UserModel, { nullable: true })
  user(@Parent() row: PolicyAcknowledgementModel, @Context() ctx: GqlContext) {
    return ctx.loaders.get(this.people.userById).load(row.userId);
  }
}

/** The policies' part of `abilities`: the rules the services apply. */
@Resolver(() => ViewerAbilitiesModel)
export class PolicyAbilitiesResolver {
  constructor(private readonly compliance: ComplianceService) {}

  @ResolveField(() => Boolean, { description: 'May create policies and draft and publish their versions (HR and admins; owners manage their own).' })
  canManagePolicies(@Parent() { actor }: ViewerAbilitiesModel): boolean {
    return governsPolicies(actor);
  }

  @ResolveField(() => Boolean, { description: 'May open the compliance dashboard: HR for everyone, a manager for their line.' })
  canViewCompliance(@Parent() { actor }: ViewerAbilitiesModel): Promise<boolean> {
    return this.compliance.mayView(actor);
  }

  @ResolveField(() => Boolean, { description: 'May verify the evidence chain (HR and admins).' })
  canVerifyPolicyEvidence(@Parent() { actor }: ViewerAbilitiesModel): boolean {
    return governsPolicies(actor);
  }
}
