import { MigrationInterface, QueryRunner } from 'typeorm';

/** Reviewers list an organisation's pending evidence newest first (pendingTrainingEvidence): its sort key, pending rows only. */
export class TrainingPendingEvidenceIndex1798930000000 implements MigrationInterface {
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "training_evidence_pending_idx" ON "training_evidence" ("organization_id", "submitted_at" DESC, "id" DESC) WHERE "status" = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "training_evidence_pending_idx"`);
  }
}
