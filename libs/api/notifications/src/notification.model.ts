import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf, SingleLineText } from '@pillars/api/core';
import { ArrayMaxSize, IsArray, IsEnum, IsUUID } from 'class-validator';
import { NotificationChannel } from './notification.registry';

registerEnumType(NotificationChannel, { name: 'NotificationChannel' });

export const MARK_READ_MAX = 100;

@ObjectType('NotificationRef', { description: 'One id the notification refers to (data carries ids only).' })
export class NotificationRefModel {
  @Field() key!: string;
  @Field(() => ID) id!: string;
}

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'Declared by the owning domain, e.g. feeds.mention; the client renders the text from it.' }) kind!: string;
  @Field({ description: 'False when the target was deleted or the reader may no longer see it; target and data are then null.' }) available!: boolean;
  @Field(() => String, { nullable: true }) targetType!: string | null;
  @Field(() => ID, { nullable: true }) targetId!: string | null;
  @Field(() => [NotificationRefModel]) data!: NotificationRefModel[];
  @Field(() => Int, { description: 'Everyone grouped into this notification ("Ana and 4 others" is actorCount 5).' }) actorCount!: number;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date, { description: 'When the latest actor joined the group.' }) updatedAt!: Date;
  @Field(() => Date, { nullable: true }) readAt!: Date | null;
  /** Resolved to `actors: [User]` through the directory's loader. */
  actorIds!: string[];
}

export const NotificationConnection = connectionOf(NotificationModel, 'Notification');

@ObjectType('NotificationsReadPayload')
export class NotificationsReadPayload {
  @Field(() => Int) unreadCount!: number;
}

@InputType()
export class MarkNotificationsReadInput {
  @Field(() => [ID]) @IsArray() @ArrayMaxSize(MARK_READ_MAX) @IsUUID('all', { each: true })
  ids!: string[];
}

@ObjectType('NotificationPreference')
export class NotificationPreferenceModel {
  @Field() kind!: string;
  @Field(() => NotificationChannel) channel!: NotificationChannel;
  @Field(() => NotificationChannel) defaultChannel!: NotificationChannel;
}

@InputType()
export class SetNotificationPreferenceInput {
  @Field() @SingleLineText({ max: 100 })
  kind!: string;

  @Field(() => NotificationChannel) @IsEnum(NotificationChannel)
  channel!: NotificationChannel;
}

@ObjectType('MailOutboxItem')
export class MailOutboxItemModel {
  @Field(() => ID) id!: string;
  @Field() to!: string;
  @Field() subject!: string;
  @Field() text!: string;
  @Field() html!: string;
  @Field(() => Date) createdAt!: Date;
}

export const MailOutboxConnection = connectionOf(MailOutboxItemModel, 'MailOutboxItem');
