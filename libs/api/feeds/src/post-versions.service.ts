import { Injectable } from '@nestjs/common';
import { Actor, Db } from '@pillars/api/core';
import type { PostVersionModel } from './post.model';

/** Earlier bodies of a post the caller has already read through the read rule. */
@Injectable()
export class PostVersionsService {
  constructor(private readonly db: Db) {}

  earlierVersions(actor: Actor, post: { id: string; organizationId: string }): Promise<PostVersionModel[]> {
    if (post.organizationId !== actor.organizationId) return Promise.resolve([]);
    return this.db.query<PostVersionModel>(
      `SELECT version, body, body_html AS "bodyHtml", created_at AS "createdAt" FROM post_versions
        WHERE post_id = $1 AND organization_id = $2 ORDER BY version DESC LIMIT 100`,
      [post.id, actor.organizationId],
    );
  }
}
