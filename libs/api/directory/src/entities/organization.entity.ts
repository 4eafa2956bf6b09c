import { PrimaryGeneratedColumn, Column, Entity } from 'typeorm';

@Entity('organizations')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('text') name!: string;
  @Column('text', { unique: true }) slug!: string;
  @Column('timestamptz', { default: () => 'now()' }) createdAt!: Date;
}
