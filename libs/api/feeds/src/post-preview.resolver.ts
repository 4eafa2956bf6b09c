import { Args, ArgsType, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Injectable } from '@nestjs/common';
import { Actor, CurrentActor, Db, MultiLineText } from '@pillars/api/core';
import { LIMITS } from '@pillars/shared/validation';
import { IsOptional, IsUUID } from 'class-validator';
import { PostBodyRenderer } from './post-body.renderer';
import { TeamFeedsService } from './team-feeds.service';

@ArgsType()
export class PostPreviewArgs {
  @Field({ description: `Markdown, at most ${LIMITS.postBody} characters (the limit of a post).` }) @MultiLineText({ max: LIMITS.postBody }) body!: string;
  @Field(() => ID, { nullable: true, description: 'The team feed being written in (mentions allowed there); omit for the company feed.' })
  @IsOptional() @IsUUID() teamId?: string;
}

@ObjectType('PostPreview')
export class PostPreviewModel {
  @Field({ description: 'Sanitised HTML, exactly as a post with this body would render.' }) html!: string;
  @Field(() => [String]) topics!: string[];
}

/** The composer's live preview: the post renderer, nothing written. */
@Injectable()
export class PostPreviewService {
  constructor(
    private readonly db: Db,
    private readonly renderer: PostBodyRenderer,
    private readonly teamFeeds: TeamFeedsService,
  ) {}

  async preview(actor: Actor, body: string, teamId: string | null): Promise<PostPreviewModel> {
    const feed = teamId ? await this.teamFeeds.readable(this.db.manager, actor, teamId) : null;
    const rendered = await this.renderer.render(this.db.manager, actor, body, feed);
    return { html: rendered.html, topics: rendered.topics };
  }
}

@Resolver()
export class PostPreviewResolver {
  constructor(private readonly previews: PostPreviewService) {}

  @Query(() => PostPreviewModel, { description: 'Renders a draft body as a post would be (sanitised HTML); writes nothing.' })
  renderPostPreview(@CurrentActor() actor: Actor, @Args() args: PostPreviewArgs): Promise<PostPreviewModel> {
    return this.previews.preview(actor, args.body, args.teamId ?? null);
  }
}
