import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf, MultiLineText, PageArgs, SingleLineText } from '@pillars/api/core';
import { AudienceRulesInput } from '@pillars/api/audiences';
import { UserModel } from '@pillars/api/directory';
import { LIMITS } from '@pillars/shared/validation';
import { Type } from 'class-transformer';
import { IsBoolean, IsDate, IsEnum, IsOptional, IsUUID, Matches, ValidateNested } from 'class-validator';
import { PendingState } from './announcements.service';

registerEnumType(PendingState, { name: 'AnnouncementPendingState', description: 'UNREAD: not read yet; UNACKNOWLEDGED: must-read not acknowledged yet.' });

@InputType('AnnouncementAudienceInput')
export class AnnouncementAudienceInput {
  @Field(() => AudienceRulesInput, { nullable: true, description: 'New rules (stored as an audience); or give audienceId.' })
  @IsOptional() @ValidateNested() @Type(() => AudienceRulesInput) rules?: AudienceRulesInput;
  @Field(() => ID, { nullable: true, description: 'An existing audience (HR and admins).' }) @IsOptional() @IsUUID() audienceId?: string;
}

@InputType('PublishAnnouncementInput')
export class PublishAnnouncementInput {
  @Field({ description: `Markdown, at most ${LIMITS.postBody} characters.` }) @MultiLineText({ max: LIMITS.postBody }) body!: string;
  @Field(() => String, { nullable: true }) @IsOptional() @SingleLineText({ max: 35 }) @Matches(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/) language?: string;
  @Field(() => AnnouncementAudienceInput) @ValidateNested() @Type(() => AnnouncementAudienceInput) audience!: AnnouncementAudienceInput;
  @Field(() => Boolean, { nullable: true, description: 'Recipients acknowledge it ("Got it").' }) @IsOptional() @IsBoolean() mustRead?: boolean;
  @Field(() => Date, { nullable: true, description: 'Pinned first in home feeds until then (within a year).' }) @IsOptional() @Type(() => Date) @IsDate() pinnedUntil?: Date;
  @Field(() => ID, { nullable: true, description: 'The team it is from; required for (and led by) a team lead.' }) @IsOptional() @IsUUID() teamId?: string;
}

@ObjectType('AnnouncementReceipt')
export class AnnouncementReceiptModel {
  @Field() deliveredAt!: Date;
  @Field(() => Date, { nullable: true }) seenAt!: Date | null;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  @Field(() => Date, { nullable: true }) acknowledgedAt!: Date | null;
}

@ObjectType('AnnouncementInfo')
export class AnnouncementInfoModel {
  @Field() mustRead!: boolean;
  @Field(() => ID, { nullable: true, description: 'Only for the author, HR and admins.' }) audienceId!: string | null;
  @Field(() => AnnouncementReceiptModel, { nullable: true, description: "The viewer's receipt (null when not a recipient)." }) myReceipt!: AnnouncementReceiptModel | null;
}

@ObjectType('ReachCounts')
export class ReachCountsModel {
  @Field(() => Int, { description: 'People in the audience now.' }) audience!: number;
  @Field(() => Int) delivered!: number;
  @Field(() => Int) seen!: number;
  @Field(() => Int) read!: number;
  @Field(() => Int) acknowledged!: number;
  @Field({ description: 'Percentages of delivered (0 when nobody yet), one decimal.' }) seenPercent!: number;
  @Field() readPercent!: number;
  @Field() acknowledgedPercent!: number;
}

@ObjectType('TeamReach')
export class TeamReachModel {
  @Field(() => ID) teamId!: string;
  @Field() name!: string;
  @Field(() => ReachCountsModel, { description: 'Including everyone in its sub-teams.' }) counts!: ReachCountsModel;
}
export const TeamReachConnection = connectionOf(TeamReachModel, 'TeamReach');

@ObjectType('AnnouncementReach')
export class AnnouncementReachModel {
  @Field(() => ID) id!: string;
  @Field() mustRead!: boolean;
  @Field(() => ID) audienceId!: string;
  @Field(() => Date, { nullable: true }) lastRemindedAt!: Date | null;
  @Field(() => ReachCountsModel) totals!: ReachCountsModel;
  organizationId!: string;
  authorId!: string;
}

@ObjectType('PendingRecipient')
export class PendingRecipientModel {
  @Field(() => UserModel) user!: UserModel;
  @Field() deliveredAt!: Date;
  @Field(() => Date, { nullable: true }) seenAt!: Date | null;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
}
export const PendingRecipientConnection = connectionOf(PendingRecipientModel, 'PendingRecipient');

@ObjectType('RemindAnnouncementPayload')
export class RemindAnnouncementPayload {
  @Field(() => Int) remindedCount!: number;
  @Field() nextReminderAt!: Date;
}

@ArgsType()
export class AnnouncementPendingArgs extends PageArgs {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => PendingState) @IsEnum(PendingState) state!: PendingState;
}
