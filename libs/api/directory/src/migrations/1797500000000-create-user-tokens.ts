import { MigrationInterface, QueryRunner } from 'typeorm';

/** Invitation and password-reset links (hashed, single use, expiring). */
export class CreateUserTokens1797500000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "user_tokens" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "user_id" uuid NOT NULL,
      "purpose" text NOT NULL, "token_hash" text NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "used_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "user_tokens_token_hash_key" UNIQUE ("token_hash"), CONSTRAINT "user_tokens_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "user_tokens_user_purpose_idx" ON "user_tokens" ("user_id", "purpose")`);
    await queryRunner.query(`ALTER TABLE "user_tokens" ADD CONSTRAINT "user_tokens_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS "user_tokens"`);
  }
}
