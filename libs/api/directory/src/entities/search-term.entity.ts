import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganizationEntity } from './organization.entity';

/** A normalised word of the organisation's directory, for typo tolerance (filled by triggers on `users`). */
@Entity('directory_search_terms')
@Index('directory_search_terms_length_idx', { synchronize: false })
@Index('directory_search_terms_trgm_idx', { synchronize: false })
export class SearchTermEntity {
  @PrimaryColumn('uuid') organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'organization_id' }) organization?: OrganizationEntity;
  @PrimaryColumn('text') term!: string;
}
