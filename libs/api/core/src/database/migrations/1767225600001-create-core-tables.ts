import { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCoreTables1767225600001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"domain_events\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"seq\" bigint GENERATED ALWAYS AS IDENTITY NOT NULL, \"organization_id\" uuid NOT NULL, \"type\" text NOT NULL, \"payload\" jsonb NOT NULL, \"actor_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"dispatched_at\" TIMESTAMP WITH TIME ZONE, \"claimed_until\" TIMESTAMP WITH TIME ZONE, \"attempts\" integer NOT NULL DEFAULT '0', \"last_error\" text, CONSTRAINT \"domain_events_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"domain_events_organization_id_idx\" ON \"domain_events\"  (\"organization_id\") ");
    await queryRunner.query("CREATE TABLE \"processed_events\" (\"handler\" text NOT NULL, \"event_id\" uuid NOT NULL, \"processed_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"processed_events_pkey\" PRIMARY KEY (\"handler\", \"event_id\"))");
    await queryRunner.query("CREATE TABLE \"organizations\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"slug\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"organizations_slug_key\" UNIQUE (\"slug\"), CONSTRAINT \"organizations_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organization_id\" uuid NOT NULL, \"email\" text NOT NULL, \"name\" text NOT NULL, \"title\" text, \"location\" text, \"locale\" text NOT NULL DEFAULT 'en', \"time_zone\" text NOT NULL DEFAULT 'UTC', \"manager_id\" uuid, \"status\" text NOT NULL DEFAULT 'ACTIVE', \"roles\" text array NOT NULL DEFAULT '{}', \"start_date\" date, \"password_hash\" text, \"search_text\" text NOT NULL DEFAULT '', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"users_manager_not_self_check\" CHECK (manager_id <> id), CONSTRAINT \"users_status_check\" CHECK (status IN ('ACTIVE', 'SUSPENDED', 'DEPARTED')), CONSTRAINT \"users_locale_check\" CHECK (locale IN ('en', 'ar', 'he', 'it')), CONSTRAINT \"users_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"users_manager_id_idx\" ON \"users\"  (\"manager_id\") ");
    await queryRunner.query("CREATE TABLE \"teams\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organization_id\" uuid NOT NULL, \"parent_id\" uuid, \"name\" text NOT NULL, \"description\" text NOT NULL DEFAULT '', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"teams_parent_not_self_check\" CHECK (parent_id <> id), CONSTRAINT \"teams_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"teams_organization_id_idx\" ON \"teams\"  (\"organization_id\") ");
    await queryRunner.query("CREATE INDEX \"teams_parent_id_idx\" ON \"teams\"  (\"parent_id\") ");
    await queryRunner.query("CREATE TABLE \"team_memberships\" (\"team_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"role\" text NOT NULL DEFAULT 'MEMBER', \"joined_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"team_memberships_role_check\" CHECK (role IN ('MEMBER', 'LEAD')), CONSTRAINT \"team_memberships_pkey\" PRIMARY KEY (\"team_id\", \"user_id\"))");
    await queryRunner.query("CREATE INDEX \"team_memberships_user_id_idx\" ON \"team_memberships\"  (\"user_id\") ");
    await queryRunner.query("CREATE INDEX \"team_memberships_organization_id_idx\" ON \"team_memberships\"  (\"organization_id\") ");
    await queryRunner.query("CREATE TABLE \"sessions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organization_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"token_hash\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_seen_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"ip\" text, \"user_agent\" text, CONSTRAINT \"sessions_token_hash_key\" UNIQUE (\"token_hash\"), CONSTRAINT \"sessions_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"sessions_user_id_idx\" ON \"sessions\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"audiences\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"organization_id\" uuid NOT NULL, \"rules\" jsonb NOT NULL, \"member_count\" integer NOT NULL DEFAULT '0', \"version\" integer NOT NULL DEFAULT '1', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"audiences_pkey\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"audiences_organization_id_idx\" ON \"audiences\"  (\"organization_id\") ");
    await queryRunner.query("CREATE TABLE \"audience_members\" (\"audience_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"added_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"audience_members_pkey\" PRIMARY KEY (\"audience_id\", \"user_id\"))");
    await queryRunner.query("CREATE INDEX \"audience_members_user_id_idx\" ON \"audience_members\"  (\"user_id\") ");
    await queryRunner.query("ALTER TABLE \"users\" ADD CONSTRAINT \"users_organization_id_fkey\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"users\" ADD CONSTRAINT \"users_manager_id_fkey\" FOREIGN KEY (\"manager_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"teams\" ADD CONSTRAINT \"teams_organization_id_fkey\" FOREIGN KEY (\"organization_id\") REFERENCES \"organizations\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"teams\" ADD CONSTRAINT \"teams_parent_id_fkey\" FOREIGN KEY (\"parent_id\") REFERENCES \"teams\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"team_memberships\" ADD CONSTRAINT \"team_memberships_team_id_fkey\" FOREIGN KEY (\"team_id\") REFERENCES \"teams\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"team_memberships\" ADD CONSTRAINT \"team_memberships_user_id_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"sessions\" ADD CONSTRAINT \"sessions_user_id_fkey\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"audience_members\" ADD CONSTRAINT \"audience_members_audience_id_fkey\" FOREIGN KEY (\"audience_id\") REFERENCES \"audiences\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("ALTER TABLE \"audience_members\" DROP CONSTRAINT \"audience_members_audience_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"sessions\" DROP CONSTRAINT \"sessions_user_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"team_memberships\" DROP CONSTRAINT \"team_memberships_user_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"team_memberships\" DROP CONSTRAINT \"team_memberships_team_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"teams\" DROP CONSTRAINT \"teams_parent_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"teams\" DROP CONSTRAINT \"teams_organization_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"users\" DROP CONSTRAINT \"users_manager_id_fkey\"");
    await queryRunner.query("ALTER TABLE \"users\" DROP CONSTRAINT \"users_organization_id_fkey\"");
    await queryRunner.query("DROP INDEX \"public\".\"audience_members_user_id_idx\"");
    await queryRunner.query("DROP TABLE \"audience_members\"");
    await queryRunner.query("DROP INDEX \"public\".\"audiences_organization_id_idx\"");
    await queryRunner.query("DROP TABLE \"audiences\"");
    await queryRunner.query("DROP INDEX \"public\".\"sessions_user_id_idx\"");
    await queryRunner.query("DROP TABLE \"sessions\"");
    await queryRunner.query("DROP INDEX \"public\".\"team_memberships_organization_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"team_memberships_user_id_idx\"");
    await queryRunner.query("DROP TABLE \"team_memberships\"");
    await queryRunner.query("DROP INDEX \"public\".\"teams_parent_id_idx\"");
    await queryRunner.query("DROP INDEX \"public\".\"teams_organization_id_idx\"");
    await queryRunner.query("DROP TABLE \"teams\"");
    await queryRunner.query("DROP INDEX \"public\".\"users_manager_id_idx\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("DROP TABLE \"organizations\"");
    await queryRunner.query("DROP TABLE \"processed_events\"");
    await queryRunner.query("DROP INDEX \"public\".\"domain_events_organization_id_idx\"");
    await queryRunner.query("DROP TABLE \"domain_events\"");
  }
}
