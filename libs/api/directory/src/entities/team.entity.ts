import { PrimaryGeneratedColumn, Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { TeamRole } from '@pillars/shared/types';
import { OrganizationEntity } from './organization.entity';
import { UserEntity } from './user.entity';

@Entity('teams')
@Index('teams_sibling_name_key', { synchronize: false })
@Index('teams_name_trgm_idx', { synchronize: false })
@Check('teams_parent_not_self_check', `parent_id <> id`)
export class TeamEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') @Index() organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'organization_id' }) organization?: OrganizationEntity;
  @Column('uuid', { nullable: true }) @Index() parentId!: string | null;
  @ManyToOne(() => TeamEntity, { onDelete: 'RESTRICT' }) @JoinColumn({ name: 'parent_id' }) parent?: TeamEntity;
  @Column('text') name!: string;
  @Column('text', { default: '' }) description!: string;
  @Column('text', { default: '' }) contact!: string;
  @Column('timestamptz', { default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { default: () => 'now()' }) updatedAt!: Date;
}

@Entity('team_memberships')
@Check('team_memberships_role_check', `role IN ('MEMBER', 'LEAD')`)
export class TeamMembershipEntity {
  @PrimaryColumn('uuid') teamId!: string;
  @ManyToOne(() => TeamEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'team_id' }) team?: TeamEntity;
  @PrimaryColumn('uuid') @Index() userId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'user_id' }) user?: UserEntity;
  @Column('uuid') @Index() organizationId!: string;
  @Column('text', { default: 'MEMBER' }) role!: TeamRole;
  @Column('timestamptz', { default: () => 'now()' }) joinedAt!: Date;
}
