import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf } from '@pillars/api/core';
import { Role } from '@pillars/shared/types';
import { AudienceRuleKind } from './audience.rules';

registerEnumType(AudienceRuleKind, { name: 'AudienceRuleKind', description: 'ALL, TEAM (optionally with sub-teams), LOCATION, ROLE, MANAGER_LINE (direct or whole line), USERS.' });

@ObjectType('AudienceRule')
export class AudienceRuleModel {
  @Field(() => AudienceRuleKind) kind!: AudienceRuleKind;
  @Field(() => ID, { nullable: true }) teamId?: string;
  @Field(() => Boolean, { nullable: true }) includeSubTeams?: boolean;
  @Field(() => String, { nullable: true }) location?: string;
  @Field(() => Role, { nullable: true }) role?: Role;
  @Field(() => ID, { nullable: true }) managerId?: string;
  @Field(() => Boolean, { nullable: true, description: 'MANAGER_LINE: true = direct reports only, false = the whole line below.' }) direct?: boolean;
  @Field(() => [ID], { nullable: true }) userIds?: string[];
}

@ObjectType('AudienceRules', { description: 'Members are active people matching any include rule and no exclude rule.' })
export class AudienceRulesModel {
  @Field(() => [AudienceRuleModel]) include!: AudienceRuleModel[];
  @Field(() => [AudienceRuleModel]) exclude!: AudienceRuleModel[];
}

/**
 * A person as an audience shows them. Keyed by `userId`, not `id`, on purpose: Apollo then keeps
 * it inside its parent instead of normalising one record per person across audiences.
 */
@ObjectType('AudienceMember')
export class AudienceMemberModel {
  @Field(() => ID) userId!: string;
  @Field() name!: string;
  @Field(() => String, { nullable: true }) title!: string | null;
  @Field(() => String, { nullable: true }) location!: string | null;
  @Field({ description: 'Initials for the avatar.' }) initials!: string;
  @Field(() => Date, { nullable: true, description: 'When the person entered the audience (null in previews).' }) addedAt!: Date | null;
}
export const AudienceMemberConnection = connectionOf(AudienceMemberModel, 'AudienceMember');

@ObjectType('AudiencePreview')
export class AudiencePreviewModel {
  @Field(() => Int, { description: 'How many active people the rules select right now.' }) count!: number;
  @Field(() => [AudienceMemberModel], { description: 'The first 10 by name.' }) sample!: AudienceMemberModel[];
}

@ObjectType('AudienceAbilities')
export class AudienceAbilitiesModel {
  @Field() canEdit!: boolean;
  @Field() canListMembers!: boolean;
}

@ObjectType('AudienceUsage', { description: 'Where an audience is used: how many live things of one kind (ANNOUNCEMENT, …) target it.' })
export class AudienceUsageModel {
  @Field({ description: 'Registered by the pillar that uses audiences; clients translate `audiences.usage.<kind>`.' }) kind!: string;
  @Field(() => Int) count!: number;
}

@ObjectType('Audience')
export class AudienceModel {
  @Field(() => ID) id!: string;
  @Field(() => String, { nullable: true, description: 'Saved audiences have a name; those a pillar made inline (an announcement\'s own rules) have none.' }) name!: string | null;
  @Field(() => AudienceRulesModel) rules!: AudienceRulesModel;
  @Field(() => Int, { description: 'Bumped on every visible change: rules or membership.' }) version!: number;
  @Field(() => Int) memberCount!: number;
  @Field() createdAt!: Date;
  @Field() updatedAt!: Date;
  organizationId!: string;
  ownerId!: string | null;
  viewerIsMember!: boolean;
}
export const AudienceConnection = connectionOf(AudienceModel, 'Audience');

@ObjectType('AudiencePayload')
export class AudiencePayload {
  @Field(() => AudienceModel) audience!: AudienceModel;
}
