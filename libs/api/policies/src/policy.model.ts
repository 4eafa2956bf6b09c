import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf } from '@pillars/api/core';

export enum PolicyKind {
  POLICY = 'POLICY',
  GUIDELINE = 'GUIDELINE',
}
/** How a version is acknowledged (the column is text, the enum grows). */
export enum PolicyAcknowledgementMethod {
  CHECKBOX = 'CHECKBOX',
  TYPED_NAME = 'TYPED_NAME',
  QUIZ = 'QUIZ',
}
export enum PolicyVersionStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  SUPERSEDED = 'SUPERSEDED',
}
export enum PolicyChange {
  MAJOR = 'MAJOR',
  MINOR = 'MINOR',
}
export enum PolicyReaderState {
  NOT_REQUIRED = 'NOT_REQUIRED',
  DUE = 'DUE',
  OVERDUE = 'OVERDUE',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
}
registerEnumType(PolicyKind, { name: 'PolicyKind' });
registerEnumType(PolicyAcknowledgementMethod, { name: 'PolicyAcknowledgementMethod', description: 'CHECKBOX: tick the wording; TYPED_NAME: type your full name; QUIZ: pass the version\'s quiz.' });
registerEnumType(PolicyVersionStatus, { name: 'PolicyVersionStatus' });
registerEnumType(PolicyChange, { name: 'PolicyChange', description: 'MAJOR asks the whole audience to acknowledge (again); MINOR (typo, formatting) asks nobody.' });
registerEnumType(PolicyReaderState, { name: 'PolicyReaderState' });

@ObjectType('PolicyReading', { description: 'A version in one language: the viewer\'s, or the fallback (isFallback says so).' })
export class PolicyReadingModel {
  @Field({ description: 'The language shown.' }) language!: string;
  @Field({ description: 'The language asked for (the viewer\'s by default).' }) requestedLanguage!: string;
  @Field() isFallback!: boolean;
  @Field() title!: string;
  @Field({ description: 'Sanitised HTML of the Markdown body.' }) bodyHtml!: string;
  @Field({ description: 'The acknowledgement wording in that language.' }) acknowledgementText!: string;
  @Field({ description: 'SHA-256 (hex) of the exact text shown: send it back with acknowledgePolicy.' }) textHash!: string;
}

@ObjectType('PolicyVersion')
export class PolicyVersionModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) policyId!: string;
  @Field({ description: 'major.minor' }) label!: string;
  @Field(() => Int) major!: number;
  @Field(() => Int) minor!: number;
  @Field({ description: 'A major version asks its audience to acknowledge again; a minor one does not.' }) isMajor!: boolean;
  @Field(() => PolicyVersionStatus) status!: PolicyVersionStatus;
  @Field(() => String, { nullable: true }) changeSummary!: string | null;
  @Field(() => Date, { nullable: true }) publishedAt!: Date | null;
  @Field(() => Date, { nullable: true }) effectiveAt!: Date | null;
  @Field(() => Int) dueInDays!: number;
  @Field(() => PolicyAcknowledgementMethod) acknowledgementMethod!: PolicyAcknowledgementMethod;
  @Field() fallbackLanguage!: string;
  @Field(() => [String], { description: 'Languages the version is written in.' }) languages!: string[];
  @Field(() => String, { nullable: true, description: 'SHA-256 of the canonical content, set at publication.' }) contentHash!: string | null;
  @Field(() => ID, { nullable: true, description: 'For those who manage the policy.' }) audienceId!: string | null;
  @Field(() => Int, { nullable: true, description: 'QUIZ: the pass mark in percent.' }) quizPassMark!: number | null;
  @Field(() => Int, { nullable: true, description: 'QUIZ: attempts allowed per person.' }) quizMaxAttempts!: number | null;
  @Field(() => Date, { nullable: true, description: 'A draft scheduled for publication at this time.' }) publishAt!: Date | null;
  @Field({ description: 'Its audience sees only this policy until they acknowledge it.' }) gate!: boolean;
  /** For field resolvers (who may see the reviews), not in the schema. */
  organizationId!: string;
  ownerId!: string;
}

@ObjectType('PolicyReaderStatus')
export class PolicyReaderStatusModel {
  @Field(() => PolicyReaderState) state!: PolicyReaderState;
  @Field(() => Date, { nullable: true, description: 'DUE / OVERDUE: by when.' }) dueAt!: Date | null;
  @Field(() => Date, { nullable: true }) acknowledgedAt!: Date | null;
  @Field(() => String, { nullable: true, description: 'ACKNOWLEDGED: the version signed (major.minor).' }) acknowledgedVersion!: string | null;
  @Field(() => ID, { nullable: true }) acknowledgedVersionId!: string | null;
}

@ObjectType('PolicyAbilities')
export class PolicyAbilitiesModel {
  @Field() canManage!: boolean;
  @Field() canAcknowledge!: boolean;
}

@ObjectType('Policy')
export class PolicyModel {
  @Field(() => ID) id!: string;
  @Field(() => PolicyKind) kind!: PolicyKind;
  @Field() category!: string;
  @Field() title!: string;
  @Field(() => [String]) tags!: string[];
  @Field(() => Date, { nullable: true }) retiredAt!: Date | null;
  @Field() createdAt!: Date;
  ownerId!: string;
  organizationId!: string;
  currentVersionId!: string | null;
}

@ObjectType('PolicyTodo', { description: 'One line of "My policies".' })
export class PolicyTodoModel {
  @Field(() => PolicyModel) policy!: PolicyModel;
  @Field(() => PolicyReaderStatusModel) status!: PolicyReaderStatusModel;
}

@ObjectType('PolicyAcknowledgement', { description: 'One evidence row; its hash is re-checked each time it is shown (intact).' })
export class PolicyAcknowledgementModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) policyId!: string;
  @Field(() => ID) versionId!: string;
  @Field() versionLabel!: string;
  @Field() language!: string;
  @Field(() => PolicyAcknowledgementMethod) method!: PolicyAcknowledgementMethod;
  @Field({ description: 'SHA-256 of the exact text shown.' }) textHash!: string;
  @Field() acknowledgedAt!: Date;
  @Field(() => String, { nullable: true }) ip!: string | null;
  @Field(() => String, { nullable: true }) userAgent!: string | null;
  @Field(() => Int, { description: 'Place in the organisation\'s chain.' }) position!: number;
  @Field() prevHash!: string;
  @Field() hash!: string;
  @Field(() => Int, { nullable: true, description: 'QUIZ: the passing score in percent.' }) quizScore!: number | null;
  @Field({ description: 'The row\'s hash recomputed from its fields matches.' }) intact!: boolean;
  userId!: string;
}

@ObjectType('PolicyEvidenceProblem')
export class PolicyEvidenceProblemModel {
  @Field({ description: 'ALTERED, DELETED or INSERTED.' }) kind!: string;
  @Field(() => ID, { nullable: true, description: 'The row concerned (DELETED: the row after the gap; null at the end).' }) rowId!: string | null;
  @Field(() => Int) position!: number;
  @Field(() => Int, { nullable: true }) missing!: number | null;
}

@ObjectType('PolicyEvidenceVerification')
export class PolicyEvidenceVerificationModel {
  @Field() ok!: boolean;
  @Field(() => Int) checked!: number;
  @Field(() => Int) headPosition!: number;
  @Field(() => [PolicyEvidenceProblemModel]) problems!: PolicyEvidenceProblemModel[];
}

export const PolicyConnection = connectionOf(PolicyModel, 'Policy');
export const PolicyTodoConnection = connectionOf(PolicyTodoModel, 'PolicyTodo');
export const PolicyAcknowledgementConnection = connectionOf(PolicyAcknowledgementModel, 'PolicyAcknowledgement');

@ObjectType('PolicyPayload')
export class PolicyPayload {
  @Field(() => PolicyModel) policy!: PolicyModel;
}

@ObjectType('PolicyVersionPayload')
export class PolicyVersionPayload {
  @Field(() => PolicyVersionModel) version!: PolicyVersionModel;
}

@ObjectType('AcknowledgePolicyPayload')
export class AcknowledgePolicyPayload {
  @Field(() => PolicyAcknowledgementModel) acknowledgement!: PolicyAcknowledgementModel;
  /** Resolved only when asked for (AcknowledgePolicyPayloadResolver). */
  @Field(() => PolicyModel, { description: 'The policy as it stands after the acknowledgement (the reader\'s status included).' }) policy?: PolicyModel;
  policyId!: string;
}
