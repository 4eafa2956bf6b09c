import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from './user.entity';

/**
 * An invitation or password-reset link. Only the SHA-256 of the token is stored; a token works
 * once (`used_at`), until `expires_at`, and issuing a new one of the same purpose deletes the older.
 */
@Entity('user_tokens')
@Index('user_tokens_user_purpose_idx', ['userId', 'purpose'])
export class UserTokenEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organizationId!: string;
  @Column('uuid') userId!: string;
  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' }) @JoinColumn({ name: 'user_id' }) user?: UserEntity;
  @Column('text') purpose!: 'INVITE' | 'RESET';
  @Column('text', { unique: true }) tokenHash!: string;
  @Column('timestamptz', { default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz') expiresAt!: Date;
  @Column('timestamptz', { nullable: true }) usedAt!: Date | null;
}
