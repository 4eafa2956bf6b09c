import { MigrationInterface, QueryRunner } from 'typeorm';

/** The feeds' tables; team ids, author ids and user ids refer to the directory without foreign keys across domains. */
export class CreateFeeds1797200000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"team_feeds\" (\"team_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"visibility\" text NOT NULL DEFAULT 'OPEN', \"requires_approval\" boolean NOT NULL DEFAULT false, \"version\" integer NOT NULL DEFAULT '1', \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"team_feeds_visibility_check\" CHECK (visibility IN ('OPEN', 'PRIVATE')), CONSTRAINT \"team_feeds_pkey\" PRIMARY KEY (\"team_id\"))");
    await queryRunner.query("CREATE INDEX \"team_feeds_organization_id_idx\" ON \"team_feeds\"  (\"organization_id\") ");
    await queryRunner.query("CREATE TABLE \"posts\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organization_id\" uuid NOT NULL, \"author_id\" uuid NOT NULL, \"team_id\" uuid, \"body\" text NOT NULL, \"body_html\" text NOT NULL, \"language\" text, \"topics\" text array NOT NULL DEFAULT '{}', \"mentioned_user_ids\" uuid array NOT NULL DEFAULT '{}', \"mentioned_team_ids\" uuid array NOT NULL DEFAULT '{}', \"status\" text NOT NULL DEFAULT 'PUBLISHED', \"rejection_reason\" text, \"is_announcement\" boolean NOT NULL DEFAULT false, \"pinned_until\" TIMESTAMP WITH TIME ZONE, \"version\" integer NOT NULL DEFAULT '1', \"edited_at\" TIMESTAMP WITH TIME ZONE, \"deleted_at\" TIMESTAMP WITH TIME ZONE, \"deleted_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"posts_status_check\" CHECK (status IN ('PUBLISHED', 'PENDING', 'REJECTED')), CONSTRAINT \"posts_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"posts_author_created_idx\" ON \"posts\"  (\"author_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"posts_team_created_idx\" ON \"posts\"  (\"team_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE INDEX \"posts_org_created_idx\" ON \"posts\"  (\"organization_id\", \"created_at\", \"id\") ");
    // Topic feeds and discover: containment (`topics @> ARRAY[...]`) on a GIN index.
    await queryRunner.query(`CREATE INDEX posts_topics_idx ON posts USING gin (topics)`);
    await queryRunner.query("CREATE TABLE \"post_versions\" (\"post_id\" uuid NOT NULL, \"version\" integer NOT NULL, \"organization_id\" uuid NOT NULL, \"editor_id\" uuid NOT NULL, \"body\" text NOT NULL, \"body_html\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"post_versions_pkey\" PRIMARY KEY (\"post_id\", \"version\"))");
    await queryRunner.query("CREATE TABLE \"post_comments\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organization_id\" uuid NOT NULL, \"post_id\" uuid NOT NULL, \"parent_id\" uuid, \"author_id\" uuid NOT NULL, \"body\" text NOT NULL, \"body_html\" text NOT NULL, \"mentioned_user_ids\" uuid array NOT NULL DEFAULT '{}', \"version\" integer NOT NULL DEFAULT '1', \"deleted_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"post_comments_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"post_comments_parent_id_idx\" ON \"post_comments\"  (\"parent_id\") ");
    await queryRunner.query("CREATE INDEX \"post_comments_post_created_idx\" ON \"post_comments\"  (\"post_id\", \"created_at\", \"id\") ");
    await queryRunner.query("CREATE TABLE \"post_reactions\" (\"post_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"post_reactions_kind_check\" CHECK (kind IN ('LIKE', 'CELEBRATE', 'INSIGHTFUL', 'SUPPORT')), CONSTRAINT \"post_reactions_pkey\" PRIMARY KEY (\"post_id\", \"user_id\"))");
    await queryRunner.query("CREATE INDEX \"post_reactions_post_created_idx\" ON \"post_reactions\"  (\"post_id\", \"created_at\", \"user_id\") ");
    await queryRunner.query("CREATE TABLE \"feed_follows\" (\"user_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"target\" text NOT NULL, \"organization_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"feed_follows_kind_check\" CHECK (kind IN ('TEAM', 'USER', 'TOPIC')), CONSTRAINT \"feed_follows_pkey\" PRIMARY KEY (\"user_id\", \"kind\", \"target\"))");
    await queryRunner.query("CREATE INDEX \"feed_follows_organization_id_idx\" ON \"feed_follows\"  (\"organization_id\") ");
    await queryRunner.query("ALTER TABLE \"post_versions\" ADD CONSTRAINT \"post_versions_post_id_fkey\" FOREIGN KEY (\"post_id\") REFERENCES \"posts\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"post_comments\" ADD CONSTRAINT \"post_comments_post_id_fkey\" FOREIGN KEY (\"post_id\") REFERENCES \"posts\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"post_comments\" ADD CONSTRAINT \"post_comments_parent_id_fkey\" FOREIGN KEY (\"parent_id\") REFERENCES \"post_comments\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"post_reactions\" ADD CONSTRAINT \"post_reactions_post_id_fkey\" FOREIGN KEY (\"post_id\") REFERENCES \"posts\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"post_reactions\" DROP CONSTRAINT \"post_reactions_post_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"post_comments\" DROP CONSTRAINT \"post_comments_parent_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"post_comments\" DROP CONSTRAINT \"post_comments_post_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"post_versions\" DROP CONSTRAINT \"post_versions_post_id_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"feed_follows_organization_id_idx\"");
    await queryRunner.query("DROP TABLE \"feed_follows\"");
    await queryRunner.query("DROP INDEX \"public\".\"post_reactions_post_created_idx\"");
    await queryRunner.query("DROP TABLE \"post_reactions\"");
    await queryRunner.query("DROP INDEX \"public\".\"post_comments_post_created_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"post_comments_parent_id_idx\"");
    await queryRunner.query("DROP TABLE \"post_comments\"");
    await queryRunner.query("DROP TABLE \"post_versions\"");
    await queryRunner.query(`DROP INDEX IF EXISTS posts_topics_idx`);
    await queryRunner.query("DROP INDEX \"public\".\"posts_org_created_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"posts_team_created_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"posts_author_created_idx\"");
    await queryRunner.query("DROP TABLE \"posts\"");
    await queryRunner.query("DROP INDEX \"public\".\"team_feeds_organization_id_idx\"");
    await queryRunner.query("DROP TABLE \"team_feeds\"");
  }
}
