import { PrimaryGeneratedColumn, Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The outbox: written in the command's transaction, delivered after commit. */
@Entity('domain_events')
@Index('domain_events_pending_idx', { synchronize: false })
export class DomainEventEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'bigint', generatedIdentity: 'ALWAYS', generated: 'identity' }) seq!: string;
  @Column('uuid') @Index() organizationId!: string;
  @Column('text') type!: string;
  @Column('jsonb') payload!: Record<string, unknown>;
  @Column('uuid', { nullable: true }) actorId!: string | null;
  @Column('timestamptz', { default: () => 'now()' }) createdAt!: Date;
  @Column('timestamptz', { nullable: true }) dispatchedAt!: Date | null;
  @Column('timestamptz', { nullable: true }) claimedUntil!: Date | null;
  @Column('int', { default: 0 }) attempts!: number;
  @Column('text', { nullable: true }) lastError!: string | null;
}

/** One row per (handler, event): makes handlers idempotent across retries and processes. */
@Entity('processed_events')
export class ProcessedEventEntity {
  @PrimaryColumn('text') handler!: string;
  @PrimaryColumn('uuid') eventId!: string;
  @Column('timestamptz', { default: () => 'now()' }) processedAt!: Date;
}
