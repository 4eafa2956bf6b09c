import { MigrationInterface, QueryRunner } from 'typeorm';

/** How to reach a team (a web address, an email address or a chat channel; '' for none). */
export class AddTeamContact1797860000002 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "teams" ADD "contact" text NOT NULL DEFAULT ''`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "teams" DROP COLUMN "contact"`);
  }
}
