import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/** A team's feed settings, keyed by the directory's team id (the directory owns teams). */
@Entity('team_feeds')
@Check('team_feeds_visibility_check', `visibility IN ('OPEN', 'PRIVATE')`)
export class TeamFeedEntity {
  @PrimaryColumn('uuid') teamId!: string;
  @Column('uuid') @Index() organizationId!: string;
  @Column('text', { default: 'OPEN' }) visibility!: string;
  @Column('boolean', { default: false }) requiresApproval!: boolean;
  @Column('int', { default: 1 }) version!: number;
  @Column('timestamptz', { default: () => 'now()' }) updatedAt!: Date;
}

/** A post in the company feed (team_id null) or a team's feed. Bodies are Markdown; HTML is rendered at write time. */
@Entity('posts')
@Check('posts_status_check', `status IN ('PUBLISHED', 'PENDING', 'REJECTED')`)
@Index('posts_org_created_idx', ['organizationId', 'createdAt', 'id'])
@Index('posts_team_created_idx', ['teamId', 'createdAt', 'id'])
@Index('posts_author_created_idx', ['authorId', 'createdAt', 'id'])
// GIN on topics, created by migration.
@Index('posts_topics_idx', { synchronize: false })
// Partial (organization_id, created_at, id) indexes for the company feed and announcements, by migration.
@Index('posts_company_created_idx', { synchronize: false })
@Index('posts_announcement_created_idx', { synchronize: false })
// Search: GIN on the vector and trigram GIN on the folded title, by migration.
@Index('posts_search_vector_idx', { synchronize: false })
@Index('posts_search_title_trgm_idx', { synchronize: false })
export class PostEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid') authorId!: string;
  @Column('uuid', { nullable: true }) teamId!: string | null;
  @Column('text') body!: string;
  @Column('text') bodyHtml!: string;
  @Column('text', { nullable: true }) language!: string | null;
  @Column('text', { array: true, default: () => `'{}'` }) topics!: string[];
  @Column('uuid', { array: true, default: () => `'{}'` }) mentionedUserIds!: string[];
  @Column('uuid', { array: true, default: () => `'{}'` }) mentionedTeamIds!: string[];
  @Column('text', { default: 'PUBLISHED' }) status!: string;
  @Column('text', { nullable: true }) rejectionReason!: string | null;
  @Column('boolean', { default: false }) isAnnouncement!: boolean;
  @Column('timestamptz', { nullable: true }) pinnedUntil!: Date | null;
  @Column('int', { default: 1 }) version!: number;
  @Column('timestamptz', { nullable: true }) editedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) deletedAt!: Date | null;
  @Column('uuid', { nullable: true }) deletedBy!: string | null;
  @Column('timestamptz', { default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { default: () => 'now()' }) updatedAt!: Date;
  /** Filled by the `posts_search_fill` trigger (search pipeline); never written or read by the app. */
  @Column({ type: 'tsvector', select: false, insert: false, update: false }) searchVector?: string;
  @Column({ type: 'text', select: false, insert: false, update: false }) searchTitle?: string;
}

/** A post's earlier bodies: one row per replaced version. */
@Entity('post_versions')
export class PostVersionEntity {
  @PrimaryColumn('uuid') postId!: string;
  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'post_id' }) post?: PostEntity;
  @PrimaryColumn('int') version!: number;
  @Column('uuid') organizationId!: string;
  @Column('uuid') editorId!: string;
  @Column('text') body!: string;
  @Column('text') bodyHtml!: string;
  @Column('timestamptz') createdAt!: Date;
}

/** A comment on a post; a reply has a parent (one level). */
@Entity('post_comments')
@Index('post_comments_post_created_idx', ['postId', 'createdAt', 'id'])
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid') postId!: string;
  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'post_id' }) post?: PostEntity;
  @Column('uuid', { nullable: true }) @Index() parentId!: string | null;
  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'parent_id' }) parent?: CommentEntity;
  @Column('uuid') authorId!: string;
  @Column('text') body!: string;
  @Column('text') bodyHtml!: string;
  @Column('uuid', { array: true, default: () => `'{}'` }) mentionedUserIds!: string[];
  @Column('int', { default: 1 }) version!: number;
  @Column('timestamptz', { nullable: true }) deletedAt!: Date | null;
  @Column('timestamptz', { default: () => 'now()' }) createdAt!: Date;
}

/** One reaction kind per person per post. */
@Entity('post_reactions')
@Check('post_reactions_kind_check', `kind IN ('LIKE', 'CELEBRATE', 'INSIGHTFUL', 'SUPPORT')`)
@Index('post_reactions_post_created_idx', ['postId', 'createdAt', 'userId'])
export class ReactionEntity {
  @PrimaryColumn('uuid') postId!: string;
  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'post_id' }) post?: PostEntity;
  @PrimaryColumn('uuid') userId!: string;
  @Column('uuid') organizationId!: string;
  @Column('text') kind!: string;
  @Column('timestamptz', { default: () => 'now()' }) createdAt!: Date;
}

/** What a person follows: a team, a person or a topic (normalised). */
@Entity('feed_follows')
@Check('feed_follows_kind_check', `kind IN ('TEAM', 'USER', 'TOPIC')`)
export class FollowEntity {
  @PrimaryColumn('uuid') userId!: string;
  @PrimaryColumn('text') kind!: string;
  @PrimaryColumn('text') target!: string;
  @Column('uuid') @Index() organizationId!: string;
  @Column('timestamptz', { default: () => 'now()' }) createdAt!: Date;
}
