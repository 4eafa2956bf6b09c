import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What a person writes on their own profile (issue 14). `skill_keys` is the normalised form of
 * `skills` (`pillars_normalize_all`, as the search text and the `skill` filter read it), set by the
 * one users writer whenever `skills` is; its GIN index answers `skill_keys @> ARRAY[...]`.
 * `photo_file_id` names a file of the files domain (owner type `user-photo`); no foreign key
 * across domains, the directory clears it itself when the photo is removed.
 */
export class AddUserProfile1798000000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION pillars_normalize_all(input text[]) RETURNS text[]
      LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
        SELECT coalesce(array_agg(DISTINCT pillars_normalize(s)), '{}') FROM unnest(input) AS s
      $$`);
    await queryRunner.query(`ALTER TABLE "users"
      ADD "about" text,
      ADD "pronouns" text,
      ADD "phone" text,
      ADD "working_hours" jsonb,
      ADD "languages" text[] NOT NULL DEFAULT '{}',
      ADD "skills" text[] NOT NULL DEFAULT '{}',
      ADD "skill_keys" text[] NOT NULL DEFAULT '{}',
      ADD "photo_file_id" uuid`);
    await queryRunner.query(`CREATE INDEX "users_skill_keys_idx" ON "users" USING gin ("skill_keys")`);
    await queryRunner.query(`CREATE INDEX "users_photo_file_id_idx" ON "users" ("photo_file_id")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX IF EXISTS "users_photo_file_id_idx"`);
    await queryRunner.query(`DROP INDEX IF EXISTS "users_skill_keys_idx"`);
    await queryRunner.query(`ALTER TABLE "users" DROP COLUMN "skill_keys", DROP COLUMN "skills", DROP COLUMN "languages", DROP COLUMN "working_hours",
      DROP COLUMN "phone", DROP COLUMN "pronouns", DROP COLUMN "about", DROP COLUMN "photo_file_id"`);
    await queryRunner.query(`DROP FUNCTION IF EXISTS pillars_normalize_all(text[])`);
  }
}
