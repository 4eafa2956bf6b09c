import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { connectionOf } from '@pillars/api/core';
import { FileModel } from '@pillars/api/files';

export enum TrainingCourseStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  ARCHIVED = 'ARCHIVED',
}
export enum TrainingModuleKind {
  MARKDOWN = 'MARKDOWN',
  EXTERNAL_LINK = 'EXTERNAL_LINK',
  QUIZ = 'QUIZ',
  POLICY_ACK = 'POLICY_ACK',
  EVIDENCE_UPLOAD = 'EVIDENCE_UPLOAD',
  ATTENDANCE = 'ATTENDANCE',
}
export enum TrainingDueKind {
  AFTER_ASSIGNMENT = 'AFTER_ASSIGNMENT',
  AFTER_JOINING = 'AFTER_JOINING',
  FIXED_DATE = 'FIXED_DATE',
}
export enum TrainingRecurrenceKind {
  NONE = 'NONE',
  EVERY_MONTHS = 'EVERY_MONTHS',
  ON_EXPIRY = 'ON_EXPIRY',
}
/** A person's standing in one course (the matrix cell, "my training"'s sections). */
export enum TrainingStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  OVERDUE = 'OVERDUE',
  DONE = 'DONE',
  EXPIRING = 'EXPIRING',
  EXPIRED = 'EXPIRED',
}
export enum TrainingEvidenceStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
}
registerEnumType(TrainingCourseStatus, { name: 'TrainingCourseStatus' });
registerEnumType(TrainingModuleKind, { name: 'TrainingModuleKind', description: 'MARKDOWN and EXTERNAL_LINK: completed by the learner\'s confirmation; QUIZ: by passing; POLICY_ACK: by acknowledging the policy in force; EVIDENCE_UPLOAD: by an approved upload; ATTENDANCE: confirmed by a manager or trainer.' });
registerEnumType(TrainingDueKind, { name: 'TrainingDueKind' });
registerEnumType(TrainingRecurrenceKind, { name: 'TrainingRecurrenceKind', description: 'EVERY_MONTHS: re-enrol N months after each completion; ON_EXPIRY: when the completion expires (the course\'s validity).' });
registerEnumType(TrainingStatus, { name: 'TrainingStatus', description: 'EXPIRING: completed, expires within 30 days.' });
registerEnumType(TrainingEvidenceStatus, { name: 'TrainingEvidenceStatus' });

@ObjectType('TrainingQuizBankOption')
export class TrainingQuizBankOptionModel {
  @Field() text!: string;
  @Field() correct!: boolean;
}
@ObjectType('TrainingQuizBankQuestion', { description: 'A question of the bank with its key: only for those who manage the course.' })
export class TrainingQuizBankQuestionModel {
  @Field() prompt!: string;
  @Field() multiple!: boolean;
  @Field(() => [TrainingQuizBankOptionModel]) options!: TrainingQuizBankOptionModel[];
}

@ObjectType('TrainingSession', { description: 'ATTENDANCE: one live session.' })
export class TrainingSessionModel {
  @Field(() => ID) id!: string;
  @Field() startsAt!: Date;
  @Field(() => Date, { nullable: true }) endsAt!: Date | null;
  @Field({ description: 'A room, an address or a meeting link.' }) place!: string;
  @Field(() => Int) capacity!: number;
  @Field(() => Int, { description: 'Seats not booked yet.' }) seatsLeft!: number;
}

@ObjectType('TrainingSessionSeat', { description: 'A booked seat of a session, for those who confirm attendance.' })
export class TrainingSessionSeatModel {
  @Field(() => ID) enrolmentId!: string;
  @Field(() => ID) userId!: string;
  @Field() name!: string;
  @Field() bookedAt!: Date;
  @Field({ description: 'Attendance confirmed (the module is done).' }) attended!: boolean;
}

@ObjectType('TrainingModule')
export class TrainingModuleModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) position!: number;
  @Field(() => TrainingModuleKind) kind!: TrainingModuleKind;
  @Field() title!: string;
  @Field(() => String, { nullable: true, description: 'MARKDOWN: sanitised HTML.' }) contentHtml!: string | null;
  @Field(() => String, { nullable: true, description: 'MARKDOWN: the source (for editors).' }) content!: string | null;
  @Field(() => String, { nullable: true }) url!: string | null;
  @Field(() => ID, { nullable: true }) policyId!: string | null;
  @Field(() => Int, { nullable: true }) passMark!: number | null;
  @Field(() => Int, { nullable: true }) maxAttempts!: number | null;
  @Field(() => Int, { nullable: true, description: 'QUIZ: questions drawn per attempt.' }) drawCount!: number | null;
  @Field(() => Int, { nullable: true, description: 'QUIZ: size of the question bank.' }) questionCount!: number | null;
  @Field(() => [TrainingQuizBankQuestionModel], { nullable: true, description: 'QUIZ: the bank with its key, for the editor (trainingCourse, by those who manage it); null otherwise.' })
  questionBank!: TrainingQuizBankQuestionModel[] | null;
  @Field(() => [TrainingSessionModel], { description: 'ATTENDANCE: the live sessions by start; empty for other kinds.' }) sessions!: TrainingSessionModel[];
}

@ObjectType('TrainingCourse')
export class TrainingCourseModel {
  @Field(() => ID) id!: string;
  @Field(() => TrainingCourseStatus) status!: TrainingCourseStatus;
  @Field() category!: string;
  @Field(() => ID) ownerId!: string;
  @Field() selfEnrol!: boolean;
  @Field(() => ID) versionId!: string;
  @Field(() => Int) version!: number;
  @Field() title!: string;
  @Field() description!: string;
  @Field(() => Int) estimatedMinutes!: number;
  @Field(() => [String]) languages!: string[];
  @Field(() => Int, { nullable: true, description: 'A completion is valid this long; null: forever.' }) validityMonths!: number | null;
  @Field(() => [TrainingModuleModel]) modules!: TrainingModuleModel[];
}

export const TrainingCourseConnection = connectionOf(TrainingCourseModel, 'TrainingCourse');

@ObjectType('TrainingCertificate')
export class TrainingCertificateModel {
  @Field(() => ID) id!: string;
  @Field({ description: 'Unguessable; the public check takes it.' }) code!: string;
  @Field() completedAt!: Date;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field({ description: 'Same-origin PDF download path (session cookie).' }) pdfUrl!: string;
}

@ObjectType('TrainingEnrolment')
export class TrainingEnrolmentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) courseId!: string;
  @Field(() => ID) userId!: string;
  @Field() courseTitle!: string;
  @Field(() => Int) cycle!: number;
  @Field(() => TrainingStatus) status!: TrainingStatus;
  @Field() enrolledAt!: Date;
  @Field(() => Date, { nullable: true }) dueAt!: Date | null;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field(() => Int) modulesDone!: number;
  @Field(() => Int) modulesTotal!: number;
  @Field(() => TrainingCertificateModel, { nullable: true }) certificate!: TrainingCertificateModel | null;
}

export const TrainingEnrolmentConnection = connectionOf(TrainingEnrolmentModel, 'TrainingEnrolment');

@ObjectType('MyTraining', { description: 'The viewer\'s current enrolment per course, by section.' })
export class MyTrainingModel {
  @Field(() => [TrainingEnrolmentModel], { description: 'Not started, not due within 7 days.' }) assigned!: TrainingEnrolmentModel[];
  @Field(() => [TrainingEnrolmentModel]) inProgress!: TrainingEnrolmentModel[];
  @Field(() => [TrainingEnrolmentModel], { description: 'Open, due within 7 days.' }) dueSoon!: TrainingEnrolmentModel[];
  @Field(() => [TrainingEnrolmentModel]) overdue!: TrainingEnrolmentModel[];
  @Field(() => [TrainingEnrolmentModel], { description: 'Completed (valid, expiring or expired), with certificates.' }) completed!: TrainingEnrolmentModel[];
}

@ObjectType('TrainingEvidence')
export class TrainingEvidenceModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) enrolmentId!: string;
  @Field(() => ID) moduleId!: string;
  @Field(() => ID) userId!: string;
  @Field(() => TrainingEvidenceStatus) status!: TrainingEvidenceStatus;
  @Field(() => String, { nullable: true }) reason!: string | null;
  @Field() submittedAt!: Date;
  @Field(() => [FileModel]) files!: FileModel[];
}

@ObjectType('TrainingPlayerModule')
export class TrainingPlayerModuleModel {
  @Field(() => TrainingModuleModel) module!: TrainingModuleModel;
  @Field() done!: boolean;
  @Field(() => Date, { nullable: true }) completedAt!: Date | null;
  @Field(() => Int, { nullable: true }) score!: number | null;
  @Field(() => TrainingEvidenceStatus, { nullable: true, description: 'EVIDENCE_UPLOAD: the latest upload\'s review.' }) evidenceStatus!: TrainingEvidenceStatus | null;
  @Field(() => String, { nullable: true }) evidenceReason!: string | null;
  @Field(() => ID, { nullable: true, description: 'ATTENDANCE: the session the learner booked a seat in.' }) bookedSessionId!: string | null;
}

@ObjectType('TrainingPlayer', { description: 'One enrolment\'s course version with the learner\'s progress.' })
export class TrainingPlayerModel {
  @Field(() => TrainingEnrolmentModel) enrolment!: TrainingEnrolmentModel;
  @Field(() => TrainingCourseModel) course!: TrainingCourseModel;
  @Field(() => [TrainingPlayerModuleModel]) modules!: TrainingPlayerModuleModel[];
  @Field(() => ID, { nullable: true, description: 'Where to resume: the first module not done; null when all are.' }) resumeModuleId!: string | null;
}

@ObjectType('TrainingQuizOption')
export class TrainingQuizOptionModel {
  @Field(() => ID) id!: string;
  @Field() text!: string;
}
@ObjectType('TrainingQuizQuestion')
export class TrainingQuizQuestionModel {
  @Field(() => ID) id!: string;
  @Field() prompt!: string;
  @Field() multiple!: boolean;
  @Field(() => [TrainingQuizOptionModel]) options!: TrainingQuizOptionModel[];
}
@ObjectType('TrainingQuizAttempt', { description: 'A drawn attempt: its questions in their order, never the key.' })
export class TrainingQuizAttemptModel {
  @Field(() => ID) id!: string;
  @Field(() => Int) number!: number;
  @Field(() => Int) maxAttempts!: number;
  @Field(() => Int) passMark!: number;
  @Field(() => [TrainingQuizQuestionModel]) questions!: TrainingQuizQuestionModel[];
}

@ObjectType('TrainingAssignment')
export class TrainingAssignmentModel {
  @Field(() => ID) id!: string;
  @Field(() => ID) courseId!: string;
  @Field(() => ID) audienceId!: string;
  @Field(() => TrainingDueKind) dueKind!: TrainingDueKind;
  @Field(() => Int, { nullable: true }) dueDays!: number | null;
  @Field(() => Date, { nullable: true }) dueDate!: Date | null;
  @Field(() => TrainingRecurrenceKind) recurrence!: TrainingRecurrenceKind;
  @Field(() => Int, { nullable: true }) recurrenceMonths!: number | null;
  @Field(() => Int, { description: 'People enrolled by this assignment when it was made.' }) enrolled!: number;
}

@ObjectType('TrainingCertificateCheck', { description: 'The public check: nothing more than name, course, date and validity.' })
export class TrainingCertificateCheckModel {
  @Field() personName!: string;
  @Field() courseTitle!: string;
  @Field() completedAt!: Date;
  @Field(() => Date, { nullable: true }) expiresAt!: Date | null;
  @Field({ description: 'Not expired now.' }) valid!: boolean;
}

@ObjectType('TrainingMatrixColumn')
export class TrainingMatrixColumnModel {
  @Field(() => ID) courseId!: string;
  @Field() title!: string;
}
@ObjectType('TrainingMatrixRow', {
  description: 'One person: a status and its date per column, in the order of the columns (null where the course is not required of them).',
})
export class TrainingMatrixRowModel {
  @Field(() => ID) userId!: string;
  @Field() name!: string;
  @Field(() => ID, { nullable: true, description: 'The id of the team the row is grouped under; null: no team.' }) teamId!: string | null;
  @Field(() => String, { nullable: true, description: 'The team the row is grouped under (first by name); null: no team.' }) teamName!: string | null;
  @Field(() => Int) overdueCount!: number;
  @Field(() => [TrainingStatus], { nullable: 'items', description: "One per column: the status of the person's current enrolment; null: not required." })
  statuses!: (TrainingStatus | null)[];
  @Field(() => [Date], { nullable: 'items', description: 'One per column: the date the status speaks of (completed for DONE, expiry for EXPIRING and EXPIRED, due otherwise); null: none.' })
  dates!: (Date | null)[];
}
@ObjectType('TrainingMatrix')
export class TrainingMatrixModel {
  @Field(() => [TrainingMatrixColumnModel]) columns!: TrainingMatrixColumnModel[];
  @Field(() => [TrainingMatrixRowModel], { description: 'By team, then most overdue, then name.' }) rows!: TrainingMatrixRowModel[];
}

@ObjectType('TrainingCounts')
export class TrainingCountsModel {
  @Field(() => Int, { description: 'Required enrolments (current cycle per person and course).' }) required!: number;
  @Field(() => Int) done!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Int) expired!: number;
  @Field({ description: 'done / required, in percent (one decimal).' }) percent!: number;
}
@ObjectType('TrainingRollupGroup')
export class TrainingRollupGroupModel {
  @Field(() => ID) teamId!: string;
  @Field() name!: string;
  @Field(() => ID, { nullable: true, description: 'The team above (null: a top team): the groups are the team tree.' }) parentId!: string | null;
  @Field(() => TrainingCountsModel) counts!: TrainingCountsModel;
}
@ObjectType('TrainingRollup', { description: 'HR: the organisation by team tree (each team counts its sub-teams).' })
export class TrainingRollupModel {
  @Field(() => TrainingCountsModel) totals!: TrainingCountsModel;
  @Field(() => [TrainingRollupGroupModel]) groups!: TrainingRollupGroupModel[];
}
