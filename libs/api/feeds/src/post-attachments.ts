import { Injectable, OnModuleInit } from '@nestjs/common';
import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, AppError, Db, defineLoader, SqlParams, type GqlContext, type LoaderDef, type Tx } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import { FileAccess, FileModel, FilesService } from '@pillars/api/files';
import { PostModel } from './post.model';
import { visiblePostsSql } from './post.policy';

/** The owner type files attached to a post carry (docs/adding-a-domain.md names it so). */
export const POST_FILE_OWNER = 'feeds.post';
/** At most this many files per post (images and PDF, ≤ 10 MB each: the files domain checks those). */
export const MAX_POST_ATTACHMENTS = 10;

/**
 * Files on posts: attached in the post command's transaction, readable exactly when the post is
 * (the feeds read rule registered with FileAccess: deleted, queued for someone else, or in a private
 * team the reader is not in reads as missing, 404 on the file and its thumbnail).
 */
@Injectable()
export class PostAttachmentsService implements OnModuleInit {
  constructor(
    private readonly db: Db,
    private readonly files: FilesService,
    private readonly access: FileAccess,
    private readonly people: PeopleDirectory,
  ) {}

  onModuleInit(): void {
    if (!this.access.isRegistered(POST_FILE_OWNER)) this.access.register(POST_FILE_OWNER, (actor, ids) => this.visiblePosts(actor, ids));
  }

  /** Attaches the author's own unattached uploads to the post, keeping the post at ≤ MAX_POST_ATTACHMENTS. */
  async attach(tx: Tx, actor: Actor, postId: string, fileIds: readonly string[] | undefined): Promise<void> {
    const ids = [...new Set(fileIds ?? [])];
    if (ids.length === 0) return;
    const owner = { ownerType: POST_FILE_OWNER, ownerId: postId };
    const current = new Set(await this.files.idsOfOwner(tx, owner));
    const fresh = ids.filter((id) => !current.has(id));
    if (current.size + fresh.length > MAX_POST_ATTACHMENTS) throw AppError.badInput([{ field: 'attachmentIds', rule: 'arrayMaxSize' }], `At most ${MAX_POST_ATTACHMENTS} attachments per post`);
    await this.files.attach(tx, actor, fresh, owner);
  }

  /** One query per request for every post on the page (DataLoader). */
  readonly loader: LoaderDef<string, FileModel[]> = defineLoader('feeds.attachments', async (actor, postIds) => {
    const byPost = await this.files.filesOfOwners(actor?.organizationId ?? '00000000-0000-0000-0000-000000000000', POST_FILE_OWNER, postIds);
    return postIds.map((id) => byPost.get(id) ?? []);
  });

  private async visiblePosts(actor: Actor, ids: string[]): Promise<Set<string>> {
    const p = new SqlParams();
    const idsParam = p.add(ids);
    const visible = visiblePostsSql(actor, p, this.people.teamsOfSql(p.add(actor.userId)));
    const rows = await this.db.query<{ id: string }>(`SELECT p.id FROM posts p WHERE p.id = ANY(${idsParam}::uuid[]) AND ${visible}`, p.values);
    return new Set(rows.map((r) => r.id));
  }
}

@Resolver(() => PostModel)
export class PostAttachmentsResolver {
  constructor(private readonly service: PostAttachmentsService) {}

  @ResolveField(() => [FileModel], { description: 'Images and PDFs, in upload order; each readable exactly when the post is.' })
  attachments(@Parent() post: PostModel, @Context() ctx: GqlContext): Promise<FileModel[]> {
    return ctx.loaders.get(this.service.loader).load(post.id);
  }
}
