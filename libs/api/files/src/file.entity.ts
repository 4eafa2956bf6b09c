import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An uploaded file; `owner_*` stay null until a domain attaches it (post, page, evidence). */
@Entity('files')
@Index('files_uploader_created_idx', ['organizationId', 'uploaderId', 'createdAt'])
@Index('files_owner_idx', ['ownerType', 'ownerId'])
@Index('files_unattached_created_idx', ['createdAt'], { where: 'owner_id IS NULL' })
export class FileEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid') uploaderId!: string;
  @Column('text', { nullable: true }) ownerType!: string | null;
  @Column('uuid', { nullable: true }) ownerId!: string | null;
  @Column('text') name!: string;
  @Column('text') mime!: string;
  @Column('int') bytes!: number;
  @Column('int', { nullable: true }) width!: number | null;
  @Column('int', { nullable: true }) height!: number | null;
  @Column('text') sha256!: string;
  @Column('text', { unique: true }) storageKey!: string;
  @Column('text', { nullable: true }) thumbnailKey!: string | null;
  @Column('timestamptz', { default: () => 'now()' }) createdAt!: Date;
}
