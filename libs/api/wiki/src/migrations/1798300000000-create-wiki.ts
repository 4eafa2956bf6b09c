import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The wiki (DESIGN §4): spaces and their members, pages in a tree pointing at their latest
 * revision, immutable revisions (gapless numbers per page), every slug a page has had, internal
 * links extracted on save, per-user drafts and the organisation's page templates.
 */
export class CreateWiki1798300000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "wiki_spaces" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL,
      "key" text NOT NULL, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "visibility" text NOT NULL, "team_id" uuid,
      "outsider_access" text NOT NULL DEFAULT 'READ', "review_cycle_months" integer NOT NULL DEFAULT 12,
      "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "wiki_spaces_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "wiki_spaces_visibility_check" CHECK ("visibility" IN ('ORGANIZATION', 'TEAM', 'MEMBERS')),
      CONSTRAINT "wiki_spaces_team_check" CHECK (("visibility" = 'TEAM') = ("team_id" IS NOT NULL)),
      CONSTRAINT "wiki_spaces_outsider_check" CHECK ("outsider_access" IN ('READ', 'NONE')),
      CONSTRAINT "wiki_spaces_cycle_check" CHECK ("review_cycle_months" IN (6, 12, 18, 24)))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "wiki_spaces_key_idx" ON "wiki_spaces" ("organization_id", "key")`);
    await queryRunner.query(`CREATE INDEX "wiki_spaces_team_idx" ON "wiki_spaces" ("team_id") WHERE "team_id" IS NOT NULL`);
    await queryRunner.query(`CREATE INDEX "wiki_spaces_name_idx" ON "wiki_spaces" ("organization_id", "name", "id")`);

    await queryRunner.query(`CREATE TABLE "wiki_space_members" ("space_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL,
      "role" text NOT NULL, "added_by" uuid NOT NULL, "added_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "wiki_space_members_pkey" PRIMARY KEY ("space_id", "user_id"),
      CONSTRAINT "wiki_space_members_role_check" CHECK ("role" IN ('READER', 'EDITOR', 'ADMIN')),
      CONSTRAINT "wiki_space_members_space_fkey" FOREIGN KEY ("space_id") REFERENCES "wiki_spaces"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE INDEX "wiki_space_members_user_idx" ON "wiki_space_members" ("user_id")`);

    await queryRunner.query(`CREATE TABLE "wiki_pages" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "space_id" uuid NOT NULL,
      "parent_id" uuid, "position" integer NOT NULL DEFAULT 0, "slug" text NOT NULL, "title" text NOT NULL, "language" text NOT NULL,
      "body" text NOT NULL, "body_html" text NOT NULL, "revision_number" integer NOT NULL, "owner_id" uuid NOT NULL, "review_cycle_months" integer,
      "verified_at" TIMESTAMP WITH TIME ZONE, "verified_by" uuid,
      "created_by" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_by" uuid NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "deleted_at" TIMESTAMP WITH TIME ZONE, "deleted_by" uuid,
      CONSTRAINT "wiki_pages_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "wiki_pages_cycle_check" CHECK ("review_cycle_months" IS NULL OR "review_cycle_months" IN (6, 12, 18, 24)),
      CONSTRAINT "wiki_pages_space_fkey" FOREIGN KEY ("space_id") REFERENCES "wiki_spaces"("id") ON DELETE CASCADE,
      CONSTRAINT "wiki_pages_parent_fkey" FOREIGN KEY ("parent_id") REFERENCES "wiki_pages"("id"))`);
    await queryRunner.query(`CREATE INDEX "wiki_pages_tree_idx" ON "wiki_pages" ("space_id", "parent_id", "position", "id") WHERE "deleted_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "wiki_pages_parent_idx" ON "wiki_pages" ("parent_id")`);
    await queryRunner.query(`CREATE INDEX "wiki_pages_owner_idx" ON "wiki_pages" ("owner_id")`);
    await queryRunner.query(`CREATE INDEX "wiki_pages_title_trgm_idx" ON "wiki_pages" USING gin ("title" gin_trgm_ops) WHERE "deleted_at" IS NULL`);
    await queryRunner.query(`CREATE INDEX "wiki_pages_title_idx" ON "wiki_pages" ("organization_id", lower("title") text_pattern_ops) WHERE "deleted_at" IS NULL`);

    await queryRunner.query(`CREATE TABLE "wiki_page_slugs" ("space_id" uuid NOT NULL, "slug" text NOT NULL, "page_id" uuid NOT NULL, "organization_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "wiki_page_slugs_pkey" PRIMARY KEY ("space_id", "slug"),
      CONSTRAINT "wiki_page_slugs_page_fkey" FOREIGN KEY ("page_id") REFERENCES "wiki_pages"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE INDEX "wiki_page_slugs_page_idx" ON "wiki_page_slugs" ("page_id")`);

    await queryRunner.query(`CREATE TABLE "wiki_revisions" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "page_id" uuid NOT NULL,
      "number" integer NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "body_html" text NOT NULL, "summary" text, "language" text NOT NULL,
      "author_id" uuid NOT NULL, "restored_from" integer, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "wiki_revisions_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "wiki_revisions_number_check" CHECK ("number" >= 1),
      CONSTRAINT "wiki_revisions_page_fkey" FOREIGN KEY ("page_id") REFERENCES "wiki_pages"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE UNIQUE INDEX "wiki_revisions_number_idx" ON "wiki_revisions" ("page_id", "number")`);
    await queryRunner.query(`CREATE INDEX "wiki_revisions_author_idx" ON "wiki_revisions" ("author_id")`);

    await queryRunner.query(`CREATE TABLE "wiki_links" ("source_page_id" uuid NOT NULL, "target_ref" text NOT NULL, "organization_id" uuid NOT NULL,
      "target_page_id" uuid, "label" text NOT NULL,
      CONSTRAINT "wiki_links_pkey" PRIMARY KEY ("source_page_id", "target_ref"),
      CONSTRAINT "wiki_links_source_fkey" FOREIGN KEY ("source_page_id") REFERENCES "wiki_pages"("id") ON DELETE CASCADE,
      CONSTRAINT "wiki_links_target_fkey" FOREIGN KEY ("target_page_id") REFERENCES "wiki_pages"("id") ON DELETE SET NULL)`);
    await queryRunner.query(`CREATE INDEX "wiki_links_target_idx" ON "wiki_links" ("target_page_id")`);

    await queryRunner.query(`CREATE TABLE "wiki_drafts" ("page_id" uuid NOT NULL, "user_id" uuid NOT NULL, "organization_id" uuid NOT NULL,
      "base_revision" integer NOT NULL, "title" text NOT NULL, "body" text NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "wiki_drafts_pkey" PRIMARY KEY ("page_id", "user_id"),
      CONSTRAINT "wiki_drafts_page_fkey" FOREIGN KEY ("page_id") REFERENCES "wiki_pages"("id") ON DELETE CASCADE)`);
    await queryRunner.query(`CREATE INDEX "wiki_drafts_user_idx" ON "wiki_drafts" ("user_id")`);

    await queryRunner.query(`CREATE TABLE "wiki_templates" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL,
      "builtin_key" text, "name" text NOT NULL, "description" text NOT NULL DEFAULT '', "title" text NOT NULL, "body" text NOT NULL, "language" text NOT NULL DEFAULT 'en',
      "created_by" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "deleted_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "wiki_templates_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE UNIQUE INDEX "wiki_templates_builtin_idx" ON "wiki_templates" ("organization_id", "builtin_key")`);
    await queryRunner.query(`CREATE INDEX "wiki_templates_org_idx" ON "wiki_templates" ("organization_id", "name", "id") WHERE "deleted_at" IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['wiki_templates', 'wiki_drafts', 'wiki_links', 'wiki_revisions', 'wiki_page_slugs', 'wiki_pages', 'wiki_space_members', 'wiki_spaces']) {
      await queryRunner.query(`DROP TABLE "${table}"`);
    }
  }
}
