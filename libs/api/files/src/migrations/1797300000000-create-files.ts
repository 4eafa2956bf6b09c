import { MigrationInterface, QueryRunner } from 'typeorm';

/** Uploaded files; owner columns stay null until a domain attaches the file. */
export class CreateFiles1797300000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "files" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organization_id" uuid NOT NULL,
      "uploader_id" uuid NOT NULL,
      "owner_type" text,
      "owner_id" uuid,
      "name" text NOT NULL,
      "mime" text NOT NULL,
      "bytes" integer NOT NULL,
      "width" integer,
      "height" integer,
      "sha256" text NOT NULL,
      "storage_key" text NOT NULL,
      "thumbnail_key" text,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "files_storage_key_key" UNIQUE ("storage_key"),
      CONSTRAINT "files_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "files_uploader_created_idx" ON "files" ("organization_id", "uploader_id", "created_at")`);
    await queryRunner.query(`CREATE INDEX "files_owner_idx" ON "files" ("owner_type", "owner_id")`);
    await queryRunner.query(`CREATE INDEX "files_unattached_created_idx" ON "files" ("created_at") WHERE owner_id IS NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "files"`);
  }
}
