import { Injectable } from '@nestjs/common';
import { Actor, AppError, Db, RateLimiter, SqlParams } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import { TrainingErrorCode } from './training.errors';
import type { TrainingCertificateCheckModel } from './training.model';
import { visibleRecordsSql } from './training.policy';

/**
 * Public checks per client address (every check counts, known code or not): enough for a person
 * checking a few certificates, a wall for anyone scraping or guessing. In Redis with REDIS_URL,
 * so shared by every API process.
 */
export const CERTIFICATE_CHECK_RATE = { limit: 30, windowSeconds: 600 } as const;

/** base64url of 16 random bytes. */
const CODE = /^[A-Za-z0-9_-]{22}$/;

export interface CertificateRow {
  id: string;
  code: string;
  personName: string;
  courseTitle: string;
  completedAt: Date;
  expiresAt: Date | null;
  organizationName: string;
}

/**
 * Certificates: the public check (no session: name, course, completion date and validity, and
 * nothing else, read from the certificate's own copy) and the PDF's content for those who may read
 * the record (the person, their managers, HR).
 */
@Injectable()
export class CertificatesService {
  constructor(
    private readonly db: Db,
    private readonly people: PeopleDirectory,
    private readonly limiter: RateLimiter,
  ) {}

  /** The public check, RATE_LIMITED (`retryAfter`) past CERTIFICATE_CHECK_RATE checks from one address. */
  async verify(code: string, clientIp: string): Promise<TrainingCertificateCheckModel> {
    await this.limiter.hit(`training:certificate-check:${clientIp.slice(0, 100)}`, CERTIFICATE_CHECK_RATE.limit, CERTIFICATE_CHECK_RATE.windowSeconds);
    if (!CODE.test(code)) throw new AppError(TrainingErrorCode.TRAINING_CERTIFICATE_UNKNOWN, {}, 'Unknown certificate');
    const [row] = await this.db.query<{ personName: string; courseTitle: string; completedAt: Date; expiresAt: Date | null }>(
      `SELECT person_name AS "personName", course_title AS "courseTitle", completed_at AS "completedAt", expires_at AS "expiresAt" FROM training_certificates WHERE code = $1`,
      [code],
    );
    if (!row) throw new AppError(TrainingErrorCode.TRAINING_CERTIFICATE_UNKNOWN, {}, 'Unknown certificate');
    return { personName: row.personName, courseTitle: row.courseTitle, completedAt: row.completedAt, expiresAt: row.expiresAt, valid: row.expiresAt === null || new Date(row.expiresAt).getTime() > Date.now() };
  }

  async forPdf(actor: Actor, certificateId: string): Promise<CertificateRow> {
    const p = new SqlParams();
    const visible = visibleRecordsSql(actor, p, () => this.people.selectionSql({ include: { linesOf: [actor.userId] } }, actor.organizationId, p));
    const [row] = await this.db.query<Omit<CertificateRow, 'organizationName'>>(
      `SELECT c.id, c.code, c.person_name AS "personName", c.course_title AS "courseTitle", c.completed_at AS "completedAt", c.expires_at AS "expiresAt"
         FROM training_certificates c JOIN training_enrolments e ON e.id = c.enrolment_id
        WHERE c.id = ${p.add(certificateId)} AND c.organization_id = ${p.add(actor.organizationId)} AND ${visible}`,
      p.values,
    );
    if (!row) throw AppError.notFound('certificate');
    return { ...row, organizationName: await this.people.organizationName(this.db.manager, actor.organizationId) };
  }
}
