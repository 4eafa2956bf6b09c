import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the feeds' keyset pages read by index with a LIMIT (feed-queries.service): the company feed
 * (posts outside any team) and the announcements of an organisation as partial indexes on
 * (organization_id, created_at, id); and `post_topics`, one row per (post, topic), so a topic is read
 * newest first by (organization_id, topic, created_at, post_id) instead of through the GIN index,
 * which cannot order. A trigger keeps `post_topics` in step with `posts.topics` on every write path
 * (posts, announcements, edits, seeds); rows go with their post (ON DELETE CASCADE).
 */
export class FeedIndexes1797700000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE INDEX "posts_company_created_idx" ON "posts" ("organization_id", "created_at", "id") WHERE team_id IS NULL`);
    await queryRunner.query(`CREATE INDEX "posts_announcement_created_idx" ON "posts" ("organization_id", "created_at", "id") WHERE is_announcement`);
    await queryRunner.query(`CREATE TABLE "post_topics" ("organization_id" uuid NOT NULL, "topic" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "post_id" uuid NOT NULL, CONSTRAINT "post_topics_pkey" PRIMARY KEY ("organization_id", "topic", "created_at", "post_id"))`);
    await queryRunner.query(`CREATE INDEX "post_topics_post_idx" ON "post_topics" ("post_id")`);
    await queryRunner.query(`ALTER TABLE "post_topics" ADD CONSTRAINT "post_topics_post_id_fkey" FOREIGN KEY ("post_id") REFERENCES "posts"("id") ON DELETE CASCADE`);
    await queryRunner.query(`CREATE FUNCTION pillars_post_topics_sync() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          DELETE FROM post_topics WHERE post_id = OLD.id;
        END IF;
        INSERT INTO post_topics (organization_id, topic, created_at, post_id)
          SELECT DISTINCT NEW.organization_id, t, NEW.created_at, NEW.id FROM unnest(NEW.topics) AS t;
        RETURN NULL;
      END $$`);
    await queryRunner.query(`CREATE TRIGGER posts_topics_sync AFTER INSERT OR UPDATE OF topics, created_at, organization_id ON posts
      FOR EACH ROW EXECUTE FUNCTION pillars_post_topics_sync()`);
    await queryRunner.query(`INSERT INTO post_topics (organization_id, topic, created_at, post_id)
      SELECT DISTINCT p.organization_id, t, p.created_at, p.id FROM posts p CROSS JOIN LATERAL unnest(p.topics) AS t`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER posts_topics_sync ON posts`);
    await queryRunner.query(`DROP FUNCTION pillars_post_topics_sync()`);
    await queryRunner.query(`DROP TABLE "post_topics"`);
    await queryRunner.query(`DROP INDEX "posts_announcement_created_idx"`);
    await queryRunner.query(`DROP INDEX "posts_company_created_idx"`);
  }
}
