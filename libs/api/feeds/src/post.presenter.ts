import type { PostModel, PostStatus } from './post.model';

/** `p.created_at::text` keeps microseconds for cursors (a JS Date would round them away). */
export const POST_COLUMNS = `p.id, p.organization_id AS "organizationId", p.author_id AS "authorId", p.team_id AS "teamId", p.body,
  p.body_html AS "bodyHtml", p.language, p.topics, p.mentioned_user_ids AS "mentionedUserIds", p.status, p.rejection_reason AS "rejectionReason",
  p.is_announcement AS "isAnnouncement", p.pinned_until AS "pinnedUntil", p.version, p.edited_at AS "editedAt", p.created_at AS "createdAt",
  p.created_at::text AS "sortAt"`;

export interface PostRow {
  id: string;
  organizationId: string;
  authorId: string;
  teamId: string | null;
  body: string;
  bodyHtml: string;
  language: string | null;
  topics: string[];
  mentionedUserIds: string[];
  status: string;
  rejectionReason: string | null;
  isAnnouncement: boolean;
  pinnedUntil: Date | null;
  version: number;
  editedAt: Date | null;
  createdAt: Date;
  sortAt: string;
}

/** Whitelist of what the API shows of a post. */
export const presentPost = (r: PostRow): PostModel => ({
  id: r.id,
  organizationId: r.organizationId,
  authorId: r.authorId,
  teamId: r.teamId,
  body: r.body,
  bodyHtml: r.bodyHtml,
  language: r.language,
  topics: r.topics,
  status: r.status as PostStatus,
  rejectionReason: r.rejectionReason,
  isAnnouncement: r.isAnnouncement,
  pinnedUntil: r.pinnedUntil,
  version: r.version,
  editedAt: r.editedAt,
  createdAt: r.createdAt,
});
