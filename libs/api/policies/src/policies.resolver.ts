import { Args, ArgsType, Context, Field, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, can, CurrentActor, Db, PageArgs, ParseIdPipe, type GqlContext } from '@pillars/api/core';
import { PeopleDirectory, UserModel } from '@pillars/api/directory';
import { IsOptional, IsUUID } from 'class-validator';
import { AcknowledgementsService } from './acknowledgements.service';
import { PoliciesService } from './policies.service';
import { AcknowledgePolicyInput, CreatePolicyInput, DraftPolicyVersionInput, SchedulePolicyVersionInput } from './policy.inputs';
import { presentStatus, PolicyLoaders } from './policy.loaders';
import {
  AcknowledgePolicyPayload, PolicyAbilitiesModel, PolicyAcknowledgementConnection, PolicyAcknowledgementModel, PolicyConnection, PolicyEvidenceVerificationModel,
  PolicyModel, PolicyPayload, PolicyReaderState, PolicyReaderStatusModel, PolicyReadingModel, PolicyTodoConnection, PolicyVersionModel, PolicyVersionPayload,
  type PolicyAcknowledgementMethod,
} from './policy.model';
import { policyPolicy } from './policy.policy';
import { presentPolicy, presentVersion, shownTextHash } from './policy.presenter';
import { PolicyQueriesService } from './policy-queries.service';
import { chooseBody } from './policy-diff.resolver';
import type { EvidenceRow } from './evidence-chain';

@ArgsType()
class PolicyEvidenceArgs extends PageArgs {
  @Field(() => ID) @IsUUID() policyId!: string;
  @Field(() => ID, { nullable: true, description: 'One version only.' }) @IsOptional() @IsUUID() versionId?: string;
}

const presentEvidence = (r: EvidenceRow & { intact: boolean }): PolicyAcknowledgementModel => ({
  id: r.id, policyId: r.policyId, versionId: r.versionId, versionLabel: r.versionLabel, language: r.language, method: r.method as PolicyAcknowledgementMethod,
  textHash: r.textHash, acknowledgedAt: r.acknowledgedAt, ip: r.ip, userAgent: r.userAgent, position: r.position, prevHash: r.prevHash, hash: r.hash, quizScore: r.quizScore,
  intact: r.intact, userId: r.userId,
});

@Resolver(() => PolicyModel)
export class PoliciesResolver {
  constructor(
    private readonly authoring: PoliciesService,
    private readonly queries: PolicyQueriesService,
    private readonly acknowledgements: AcknowledgementsService,
    private readonly loaders: PolicyLoaders,
    private readonly people: PeopleDirectory,
    private readonly db: Db,
  ) {}

  @Query(() => PolicyModel, { description: 'A policy its audience, HR, admins and its owner may read; NOT_FOUND for anyone else.' })
  async policy(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<PolicyModel> {
    return presentPolicy(await this.queries.getPolicy(actor, id));
  }

  @Query(() => PolicyConnection, { description: 'The library: every policy the viewer may read, by title.' })
  async policies(@CurrentActor() actor: Actor, @Args() args: PageArgs) {
    const page = await this.queries.listPolicies(actor, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: presentPolicy(e.node) })) };
  }

  @Query(() => PolicyTodoConnection, { description: '"My policies": what the viewer is asked to acknowledge, overdue and due soonest first, then what they acknowledged.' })
  async myPolicies(@CurrentActor() actor: Actor, @Args() args: PageArgs) {
    const page = await this.queries.myPolicies(actor, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: { policy: presentPolicy(e.node.policy), status: presentStatus(e.node.status) } })) };
  }

  @Query(() => PolicyAcknowledgementConnection, { description: 'Acknowledgement evidence, newest first: your own; a manager their line\'s; HR everyone\'s.' })
  async policyEvidence(@CurrentActor() actor: Actor, @Args() args: PolicyEvidenceArgs) {
    const page = await this.acknowledgements.evidence(actor, args.policyId, args);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: presentEvidence(e.node) })) };
  }

  @Query(() => PolicyEvidenceVerificationModel, { description: 'HR and admins: recompute the organisation\'s evidence chain and name every row altered, deleted or inserted out of order.' })
  async verifyPolicyEvidence(@CurrentActor() actor: Actor): Promise<PolicyEvidenceVerificationModel> {
    const report = await this.acknowledgements.verify(actor);
    return { ok: report.ok, checked: report.checked, headPosition: report.headPosition, problems: report.problems.map((p) => ({ ...p, missing: p.missing ?? null })) };
  }

  @Mutation(() => PolicyPayload, { description: 'HR and admins.' })
  async createPolicy(@CurrentActor() actor: Actor, @Args('input') input: CreatePolicyInput): Promise<PolicyPayload> {
    const id = await this.authoring.createPolicy(actor, input);
    return { policy: presentPolicy(await this.queries.getPolicy(actor, id)) };
  }

  @Mutation(() => PolicyVersionPayload, { description: 'HR, admins and the owner: a new draft version (MAJOR or MINOR).' })
  async draftPolicyVersion(@CurrentActor() actor: Actor, @Args('input') input: DraftPolicyVersionInput): Promise<PolicyVersionPayload> {
    return { version: await this.version(actor, await this.authoring.draftVersion(actor, input)) };
  }

  @Mutation(() => PolicyVersionPayload, { description: 'Publishes a draft now; a major version then asks its audience in background jobs.' })
  async publishPolicyVersion(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<PolicyVersionPayload> {
    return { version: await this.version(actor, await this.authoring.publishVersion(actor, id)) };
  }

  @Mutation(() => PolicyVersionPayload, { description: 'Schedules a draft for publication at `publishAt` (future), or unschedules it (null); published by the minute\'s sweep.' })
  async schedulePolicyVersion(@CurrentActor() actor: Actor, @Args('input') input: SchedulePolicyVersionInput): Promise<PolicyVersionPayload> {
    return { version: await this.version(actor, await this.authoring.scheduleVersion(actor, input.id, input.publishAt ?? null)) };
  }

  @Mutation(() => PolicyPayload, { description: 'History and evidence are kept; nobody is asked or reminded any more.' })
  async retirePolicy(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string): Promise<PolicyPayload> {
    return { policy: presentPolicy(await this.queries.getPolicy(actor, await this.authoring.retirePolicy(actor, id))) };
  }

  @Mutation(() => AcknowledgePolicyPayload, { description: 'Once per person per version (a second attempt is POLICY_ALREADY_ACKNOWLEDGED and writes nothing).' })
  async acknowledgePolicy(@CurrentActor() actor: Actor, @Args('input') input: AcknowledgePolicyInput, @Context() ctx: GqlContext): Promise<AcknowledgePolicyPayload> {
    const ua = ctx.req.get('user-agent');
    const row = await this.acknowledgements.acknowledge(actor, input, { ip: ctx.req.ip ?? null, userAgent: ua ? ua.slice(0, 500) : null });
    return { acknowledgement: presentEvidence({ ...row, intact: true }), policyId: row.policyId };
  }

  @ResolveField(() => UserModel, { nullable: true })
  owner(@Parent() policy: PolicyModel, @Context() ctx: GqlContext) {
    return ctx.loaders.get(this.people.userById).load(policy.ownerId);
  }

  @ResolveField(() => PolicyVersionModel, { nullable: true, description: 'The published version in force.' })
  async currentVersion(@CurrentActor() actor: Actor, @Parent() policy: PolicyModel, @Context() ctx: GqlContext) {
    if (!policy.currentVersionId) return null;
    const v = await ctx.loaders.get(this.loaders.versionById).load(policy.currentVersionId);
    return v ? presentVersion(v, this.manages(actor, policy)) : null;
  }

  @ResolveField(() => PolicyVersionModel, { nullable: true, description: 'The draft, for those who manage the policy.' })
  async draftVersion(@CurrentActor() actor: Actor, @Parent() policy: PolicyModel, @Context() ctx: GqlContext) {
    if (!this.manages(actor, policy)) return null;
    const id = await ctx.loaders.get(this.loaders.draftOfPolicy).load(policy.id);
    const v = id ? await ctx.loaders.get(this.loaders.versionById).load(id) : null;
    return v ? presentVersion(v, true) : null;
  }

  @ResolveField(() => [PolicyVersionModel], { description: 'Version history, newest first (drafts for those who manage it).' })
  async versions(@CurrentActor() actor: Actor, @Parent() policy: PolicyModel, @Context() ctx: GqlContext) {
    const rows = await ctx.loaders.get(this.loaders.versionsOfPolicy).load(policy.id);
    return rows.map((v) => presentVersion(v, this.manages(actor, policy)));
  }

  @ResolveField(() => PolicyReaderStatusModel, { description: 'The viewer\'s own status against the current version.' })
  async viewerStatus(@Parent() policy: PolicyModel, @Context() ctx: GqlContext): Promise<PolicyReaderStatusModel> {
    return presentStatus(await ctx.loaders.get(this.loaders.statusOfPolicy).load(policy.id));
  }

  @ResolveField(() => PolicyAbilitiesModel)
  async abilities(@CurrentActor() actor: Actor, @Parent() policy: PolicyModel, @Context() ctx: GqlContext): Promise<PolicyAbilitiesModel> {
    const status = await ctx.loaders.get(this.loaders.statusOfPolicy).load(policy.id);
    const asked = status?.state === PolicyReaderState.DUE || status?.state === PolicyReaderState.OVERDUE;
    return { canManage: this.manages(actor, policy), canAcknowledge: !policy.retiredAt && (asked || (status?.in_audience === true && !status.ack_version_id)) };
  }

  private manages(actor: Actor, policy: PolicyModel): boolean {
    return can(policyPolicy, actor, 'manage', policy);
  }

  private async version(actor: Actor, id: string): Promise<PolicyVersionModel> {
    const v = await this.authoring.versionRow(this.db.manager, id, actor);
    return presentVersion(v, true);
  }
}

@Resolver(() => PolicyVersionModel)
export class PolicyVersionResolver {
  constructor(private readonly loaders: PolicyLoaders) {}

  @ResolveField(() => PolicyReadingModel, { nullable: true, description: 'The version in `language` (default: the viewer\'s), or in its fallback language.' })
  async reading(
    @CurrentActor() actor: Actor,
    @Parent() version: PolicyVersionModel,
    @Context() ctx: GqlContext,
    @Args('language', { type: () => String, nullable: true }) language?: string,
  ): Promise<PolicyReadingModel | null> {
    const bodies = await ctx.loaders.get(this.loaders.bodiesOfVersion).load(version.id);
    const { requested, body } = chooseBody(bodies, actor, version.fallbackLanguage, language);
    if (!body) return null;
    return {
      language: body.language, requestedLanguage: requested, isFallback: body.language !== requested, title: body.title, bodyHtml: body.bodyHtml,
      acknowledgementText: body.ackText, textHash: shownTextHash(body),
    };
  }
}

/** The acknowledgement's policy, read only when the client asks for it (a signer's client does; a bulk import need not). */
@Resolver(() => AcknowledgePolicyPayload)
export class AcknowledgePolicyPayloadResolver {
  constructor(private readonly queries: PolicyQueriesService) {}

  @ResolveField(() => PolicyModel)
  async policy(@CurrentActor() actor: Actor, @Parent() payload: AcknowledgePolicyPayload): Promise<PolicyModel> {
    return presentPolicy(await this.queries.getPolicy(actor, payload.policyId));
  }
}
