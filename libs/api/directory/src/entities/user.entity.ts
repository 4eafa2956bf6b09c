import { PrimaryGeneratedColumn, Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Locale, Role, UserStatus } from '@pillars/shared/types';
import { OrganizationEntity } from './organization.entity';

/** Working days (ISO weekday numbers, 1 = Monday) and hours (`HH:MM`, in the person's time zone). */
export interface WorkingHours {
  days: number[];
  start: string;
  end: string;
}

@Entity('users')
@Check('users_locale_check', `locale IN ('en', 'ar', 'he', 'it')`)
@Check('users_status_check', `status IN ('ACTIVE', 'SUSPENDED', 'DEPARTED')`)
@Check('users_manager_not_self_check', `manager_id <> id`)
@Index('users_org_email_key', { synchronize: false })
@Index('users_search_text_trgm_idx', { synchronize: false })
@Index('users_org_location_idx', { synchronize: false })
@Index('users_skill_keys_idx', { synchronize: false })
// (manager_id) INCLUDE (id), which TypeORM cannot describe: migration 1798950000000.
@Index('users_manager_id_idx', { synchronize: false })
@Index('users_org_name_idx', ['organizationId', 'name', 'id'])
export class UserEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'organization_id' }) organization?: OrganizationEntity;
  @Column('text') email!: string;
  @Column('text') name!: string;
  @Column('text', { nullable: true }) title!: string | null;
  @Column('text', { nullable: true }) location!: string | null;
  @Column('text', { default: 'en' }) locale!: Locale;
  @Column('text', { default: 'UTC' }) timeZone!: string;
  @Column('uuid', { nullable: true }) managerId!: string | null;
  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' }) @JoinColumn({ name: 'manager_id' }) manager?: UserEntity;
  @Column('text', { default: 'ACTIVE' }) status!: UserStatus;
  @Column('text', { array: true, default: () => "'{}'" }) roles!: Role[];
  @Column('date', { nullable: true }) startDate!: string | null;
  @Column('text', { nullable: true }) passwordHash!: string | null;
  @Column('text', { default: '' }) searchText!: string;
  @Column('text', { nullable: true }) about!: string | null;
  @Column('text', { nullable: true }) pronouns!: string | null;
  @Column('text', { nullable: true }) phone!: string | null;
  @Column('jsonb', { nullable: true }) workingHours!: WorkingHours | null;
  @Column('text', { array: true, default: () => "'{}'" }) languages!: string[];
  @Column('text', { array: true, default: () => "'{}'" }) skills!: string[];
  /** `skills` normalised by `pillars_normalize_all`, set by the users writer (what the `skill` filter reads). */
  @Column('text', { array: true, default: () => "'{}'" }) skillKeys!: string[];
  @Column('uuid', { nullable: true }) @Index() photoFileId!: string | null;
  @Column('timestamptz', { default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { default: () => 'now()' }) updatedAt!: Date;
}
