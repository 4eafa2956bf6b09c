import { MigrationInterface, QueryRunner } from 'typeorm';

/** The notification centre, preferences, the delivery ledger and the mail outbox. */
export class CreateNotifications1797100000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "notifications" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "recipient_id" uuid NOT NULL,
      "kind" character varying(100) NOT NULL, "actor_ids" uuid array NOT NULL DEFAULT '{}', "actor_count" integer NOT NULL DEFAULT '1',
      "target_type" character varying(50) NOT NULL, "target_id" uuid NOT NULL, "group_key" character varying(200),
      "data" jsonb NOT NULL DEFAULT '{}', "seq" BIGSERIAL NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "read_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "notifications_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "notifications_organization_id_idx" ON "notifications" ("organization_id")`);
    await queryRunner.query(`CREATE INDEX "notifications_recipient_seq_idx" ON "notifications" ("recipient_id", "seq")`);
    // One unread group per recipient and key: `notify` merges into it with ON CONFLICT.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notifications_unread_group_idx" ON "notifications" ("recipient_id", "group_key") WHERE read_at IS NULL AND group_key IS NOT NULL`,
    );
    await queryRunner.query(`CREATE TABLE "notification_preferences" (
      "user_id" uuid NOT NULL, "kind" character varying(100) NOT NULL, "organization_id" uuid NOT NULL, "channel" character varying(20) NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "notification_preferences_pkey" PRIMARY KEY ("user_id", "kind"))`);
    await queryRunner.query(`CREATE TABLE "notification_deliveries" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "notification_id" uuid NOT NULL, "recipient_id" uuid NOT NULL,
      "channel" character varying(20) NOT NULL, "status" character varying(20) NOT NULL DEFAULT 'SENDING',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "sent_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "notification_deliveries_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "notification_deliveries_once_idx" ON "notification_deliveries" ("notification_id", "recipient_id", "channel")`,
    );
    await queryRunner.query(`CREATE TABLE "mail_outbox" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(), "organization_id" uuid NOT NULL, "to_address" character varying(320) NOT NULL,
      "subject" character varying(500) NOT NULL, "html" text NOT NULL, "text" text NOT NULL, "headers" jsonb NOT NULL DEFAULT '{}',
      "seq" BIGSERIAL NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "mail_outbox_pkey" PRIMARY KEY ("id"))`);
    await queryRunner.query(`CREATE INDEX "mail_outbox_org_seq_idx" ON "mail_outbox" ("organization_id", "seq")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE IF EXISTS "mail_outbox"`);
    await queryRunner.query(`DROP TABLE IF EXISTS "notification_deliveries"`);
    await queryRunner.query(`DROP TABLE IF EXISTS "notification_preferences"`);
    await queryRunner.query(`DROP TABLE IF EXISTS "notifications"`);
  }
}
