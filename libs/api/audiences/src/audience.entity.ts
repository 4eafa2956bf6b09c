import { PrimaryGeneratedColumn, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** Who something is for: OR-ed rules minus exclusions (DESIGN §3). */
@Entity('audiences')
// GIN (jsonb_path_ops) on rules, created by migration: TypeORM cannot describe the operator class.
@Index('audiences_rules_idx', { synchronize: false })
// GIN (organization_id, audience_rule_keys(rules)), by migration: finds the audiences a directory change can affect.
@Index('audiences_rule_keys_idx', { synchronize: false })
// Unique (organization_id, lower(name)) WHERE name IS NOT NULL, by migration (an expression index).
@Index('audiences_name_unique', { synchronize: false })
// Unique (organization_id, shared_kind) WHERE shared_kind IS NOT NULL, by migration: one shared "everyone" per organisation.
@Index('audiences_shared_unique', { synchronize: false })
export class AudienceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') @Index() organizationId!: string;
  /** Set on saved audiences; null on those a pillar made inline (an announcement's own rules). */
  @Column('text', { nullable: true }) name!: string | null;
  /** Who created it (a person of the directory); owners may reopen and edit their saved audiences. */
  @Column('uuid', { nullable: true }) @Index() ownerId!: string | null;
  /** 'EVERYONE' on the organisation's one shared whole-organisation audience (announcements to everyone); null otherwise. */
  @Column('text', { nullable: true }) sharedKind!: string | null;
  @Column('jsonb') rules!: unknown;
  @Column('int', { default: 0 }) memberCount!: number;
  @Column('int', { default: 1 }) version!: number;
  @Column('timestamptz', { default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { default: () => 'now()' }) updatedAt!: Date;
}

/** Materialised membership, refreshed by directory events. */
@Entity('audience_members')
export class AudienceMemberEntity {
  @PrimaryColumn('uuid') audienceId!: string;
  @ManyToOne(() => AudienceEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'audience_id' }) audience?: AudienceEntity;
  @PrimaryColumn('uuid') @Index() userId!: string;
  @Column('uuid') organizationId!: string;
  @Column('timestamptz', { default: () => 'now()' }) addedAt!: Date;
}
