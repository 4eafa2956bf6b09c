import { Args, ArgsType, Context, Field, ID, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, Db, PageArgs, Public, ParseIdPipe, SingleLineText, ViewerAbilitiesModel, type GqlContext } from '@pillars/api/core';
import { PeopleDirectory } from '@pillars/api/directory';
import { Role } from '@pillars/shared/types';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { CertificatesService } from './certificates.service';
import { CoursesService } from './courses.service';
import { EnrolmentsService } from './enrolments.service';
import { ProgressService } from './progress.service';
import { TrainingQueriesService } from './training-queries.service';
import { AssignTrainingInput, ReviewTrainingEvidenceInput, SubmitTrainingQuizInput, TrainingCourseInput } from './training.inputs';
import {
  MyTrainingModel, TrainingAssignmentModel, TrainingCertificateCheckModel, TrainingCountsModel, TrainingCourseConnection, TrainingCourseModel, TrainingCourseStatus, TrainingEnrolmentConnection,
  TrainingMatrixModel, TrainingPlayerModel, TrainingQuizAttemptModel, TrainingRollupModel, TrainingSessionSeatModel,
} from './training.model';
import { governsTraining } from './training.policy';

@ArgsType()
class ModuleArgs {
  @Field(() => ID) @IsUUID() enrolmentId!: string;
  @Field(() => ID) @IsUUID() moduleId!: string;
}
@ArgsType()
class SessionArgs {
  @Field(() => ID) @IsUUID() enrolmentId!: string;
  @Field(() => ID) @IsUUID() sessionId!: string;
}
@ArgsType()
class EvidenceArgs extends ModuleArgs {
  @Field(() => ID, { description: 'The learner\'s own upload (POST /files).' }) @IsUUID() fileId!: string;
}
@ArgsType()
class MatrixArgs {
  @Field(() => ID, { nullable: true, description: 'HR only: whose line (default: the viewer\'s).' }) @IsOptional() @IsUUID() managerId?: string;
  @Field(() => ID, { nullable: true, description: 'Only people in this team or a team below it (HR without managerId: across the organisation; others: within the line).' })
  @IsOptional()
  @IsUUID()
  teamId?: string;
}
@ArgsType()
class NudgeArgs {
  @Field(() => ID) @IsUUID() courseId!: string;
  @Field(() => ID, { nullable: true, description: 'One person; omitted: everyone overdue the viewer may see.' }) @IsOptional() @IsUUID() userId?: string;
  @Field(() => ID, { nullable: true, description: 'Only people in this team or a team below it, as the matrix filtered by it shows them.' }) @IsOptional() @IsUUID() teamId?: string;
}
@ArgsType()
class VerifyArgs {
  @Field({ description: 'The certificate\'s verification code.' }) @SingleLineText({ max: 64 }) code!: string;
}
@ArgsType()
class HistoryArgs extends PageArgs {
  @Field(() => ID) @IsUUID() userId!: string;
}
@ArgsType()
class CatalogueArgs extends PageArgs {
  @Field(() => TrainingCourseStatus, { nullable: true, description: 'One status only.' }) @IsOptional() @IsEnum(TrainingCourseStatus) status?: TrainingCourseStatus;
}
@ArgsType()
class RollupArgs {
  @Field(() => ID, { nullable: true, description: 'One course; omitted: every required course.' }) @IsOptional() @IsUUID() courseId?: string;
}

@ObjectType('TrainingEnrolmentPayload')
class TrainingEnrolmentPayload {
  @Field(() => TrainingPlayerModel) player!: TrainingPlayerModel;
}

/** The training tracker's API: thin, one service call each (DESIGN §4 "Training tracker"). */
@Resolver()
export class TrainingResolver {
  constructor(
    private readonly courses: CoursesService,
    private readonly enrolments: EnrolmentsService,
    private readonly progress: ProgressService,
    private readonly queries: TrainingQueriesService,
    private readonly certificates: CertificatesService,
  ) {}

  @Query(() => TrainingCourseConnection, { description: 'The catalogue by title: published courses; HR, admins and owners also drafts and archived ones.' })
  trainingCourses(@CurrentActor() actor: Actor, @Args() a: CatalogueArgs) {
    return this.courses.listCourses(actor, a);
  }

  @Query(() => TrainingCourseModel)
  trainingCourse(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.courses.getCourse(actor, id);
  }

  @Mutation(() => TrainingCourseModel, { description: 'A draft course (HR and admins).' })
  async createTrainingCourse(@CurrentActor() actor: Actor, @Args('input') input: TrainingCourseInput) {
    return this.courses.getCourse(actor, await this.courses.createCourse(actor, input));
  }

  @Mutation(() => TrainingCourseModel, { description: 'A draft is rewritten; a published course gets a new version (enrolments in progress keep theirs).' })
  async updateTrainingCourse(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string, @Args('input') input: TrainingCourseInput) {
    return this.courses.getCourse(actor, await this.courses.updateCourse(actor, id, input));
  }

  @Mutation(() => TrainingCourseModel)
  async publishTrainingCourse(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.courses.getCourse(actor, await this.courses.setStatus(actor, id, TrainingCourseStatus.PUBLISHED));
  }

  @Mutation(() => TrainingCourseModel, { description: 'Ends its assignments (no more enrolments or renewals); history stays.' })
  async archiveTrainingCourse(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }, ParseIdPipe) id: string) {
    return this.courses.getCourse(actor, await this.courses.setStatus(actor, id, TrainingCourseStatus.ARCHIVED));
  }

  @Mutation(() => TrainingAssignmentModel, { description: 'Assigns a published course to an audience (HR, admins, the owner: anyone; a manager: their own line only).' })
  assignTraining(@CurrentActor() actor: Actor, @Args('input') input: AssignTrainingInput) {
    return this.enrolments.assign(actor, input);
  }

  @Mutation(() => TrainingEnrolmentPayload, { description: 'Enrols the viewer in an optional published course.' })
  async selfEnrolTraining(@CurrentActor() actor: Actor, @Args('courseId', { type: () => ID }, ParseIdPipe) courseId: string) {
    return { player: await this.queries.player(actor, await this.enrolments.selfEnrol(actor, courseId)) };
  }

  @Query(() => TrainingEnrolmentConnection, { description: 'A person\'s every enrolment, newest first: their own; a manager their line\'s; HR anyone\'s (empty otherwise).' })
  trainingHistory(@CurrentActor() actor: Actor, @Args() a: HistoryArgs) {
    return this.queries.history(actor, a.userId, a);
  }

  @Query(() => MyTrainingModel)
  myTraining(@CurrentActor() actor: Actor) {
    return this.queries.myTraining(actor);
  }

  @Query(() => TrainingPlayerModel, { description: 'An enrolment with its modules and progress: the learner\'s own; a manager their line\'s; HR anyone\'s.' })
  trainingPlayer(@CurrentActor() actor: Actor, @Args('enrolmentId', { type: () => ID }, ParseIdPipe) enrolmentId: string) {
    return this.queries.player(actor, enrolmentId);
  }

  @Mutation(() => TrainingEnrolmentPayload, { description: 'MARKDOWN, EXTERNAL_LINK (confirmation) or POLICY_ACK (the policy in force acknowledged). Again: no change.' })
  async completeTrainingModule(@CurrentActor() actor: Actor, @Args() a: ModuleArgs) {
    return { player: await this.queries.player(actor, await this.progress.completeModule(actor, a.enrolmentId, a.moduleId)) };
  }

  @Mutation(() => TrainingEnrolmentPayload, { description: 'ATTENDANCE: confirmed by a trainer (owner, HR, admin) or the person\'s manager, for someone booked in a session that has started (TRAINING_SESSION_NOT_BOOKED, TRAINING_SESSION_NOT_STARTED).' })
  async confirmTrainingAttendance(@CurrentActor() actor: Actor, @Args() a: ModuleArgs) {
    return { player: await this.queries.player(actor, await this.progress.confirmAttendance(actor, a.enrolmentId, a.moduleId)) };
  }

  @Mutation(() => TrainingEnrolmentPayload, { description: 'ATTENDANCE: the learner books one seat in a session not started yet (moving from another session of the module); TRAINING_SESSION_FULL, TRAINING_SESSION_STARTED.' })
  async bookTrainingSession(@CurrentActor() actor: Actor, @Args() a: SessionArgs) {
    return { player: await this.queries.player(actor, await this.progress.bookSession(actor, a.enrolmentId, a.sessionId)) };
  }

  @Mutation(() => TrainingEnrolmentPayload, { description: 'ATTENDANCE: the learner gives their seat back before the session starts (TRAINING_SESSION_STARTED after). Without a booking: no change.' })
  async cancelTrainingSessionBooking(@CurrentActor() actor: Actor, @Args() a: ModuleArgs) {
    return { player: await this.queries.player(actor, await this.progress.cancelSessionBooking(actor, a.enrolmentId, a.moduleId)) };
  }

  @Query(() => [TrainingSessionSeatModel], { description: 'ATTENDANCE: a session\'s booked seats, for confirming attendance: the course\'s trainers (owner, HR, admins) all; a manager their line\'s.' })
  trainingSessionRoster(@CurrentActor() actor: Actor, @Args('sessionId', { type: () => ID }, ParseIdPipe) sessionId: string) {
    return this.queries.sessionRoster(actor, sessionId);
  }

  @Mutation(() => TrainingQuizAttemptModel, { description: 'The open attempt, or a new random draw from the bank.' })
  startTrainingQuiz(@CurrentActor() actor: Actor, @Args() a: ModuleArgs) {
    return this.progress.startQuiz(actor, a.enrolmentId, a.moduleId);
  }

  @Mutation(() => TrainingEnrolmentPayload, { description: 'Grades the attempt; TRAINING_QUIZ_FAILED below the pass mark (the attempt counts).' })
  async submitTrainingQuiz(@CurrentActor() actor: Actor, @Args('input') input: SubmitTrainingQuizInput) {
    return { player: await this.queries.player(actor, await this.progress.submitQuiz(actor, input)) };
  }

  @Mutation(() => ID, { description: 'EVIDENCE_UPLOAD: hands an upload in for review; returns the evidence id.' })
  submitTrainingEvidence(@CurrentActor() actor: Actor, @Args() a: EvidenceArgs) {
    return this.progress.submitEvidence(actor, a.enrolmentId, a.moduleId, a.fileId);
  }

  @Mutation(() => ID, { description: 'The person\'s manager or HR approves, or rejects with a reason.' })
  reviewTrainingEvidence(@CurrentActor() actor: Actor, @Args('input') input: ReviewTrainingEvidenceInput) {
    return this.progress.reviewEvidence(actor, input);
  }

  @Query(() => TrainingMatrixModel, { description: 'People of the viewer\'s whole line × required courses.' })
  trainingMatrix(@CurrentActor() actor: Actor, @Args() a: MatrixArgs) {
    return this.queries.matrix(actor, a.managerId, a.teamId);
  }

  @Query(() => String, { description: 'The matrix as CSV (RFC 4180, CRLF).' })
  trainingMatrixCsv(@CurrentActor() actor: Actor, @Args() a: MatrixArgs) {
    return this.queries.matrixCsv(actor, a.managerId, a.teamId);
  }

  @Query(() => TrainingRollupModel, { description: 'HR: the organisation by team tree.' })
  trainingRollup(@CurrentActor() actor: Actor, @Args() a: RollupArgs) {
    return this.queries.rollup(actor, a.courseId);
  }

  @Query(() => TrainingCountsModel, { description: 'A course\'s completion among the records the viewer may see.' })
  trainingCourseCompletion(@CurrentActor() actor: Actor, @Args('courseId', { type: () => ID }, ParseIdPipe) courseId: string) {
    return this.queries.courseCompletion(actor, courseId);
  }

  @Mutation(() => Int, { description: 'Reminds one person, or everyone overdue, of a course (notification and email); RATE_LIMITED. Returns how many.' })
  nudgeTraining(@CurrentActor() actor: Actor, @Args() a: NudgeArgs) {
    return this.queries.nudge(actor, a.courseId, a.userId ?? null, a.teamId ?? null);
  }

  @Public()
  @Query(() => TrainingCertificateCheckModel, { description: 'Public: checks a certificate code; name, course, date and validity only. TRAINING_CERTIFICATE_UNKNOWN otherwise; RATE_LIMITED past 30 checks in 10 minutes from one address.' })
  verifyTrainingCertificate(@Args() a: VerifyArgs, @Context() ctx: GqlContext) {
    // Express resolves the address through `trust proxy` (core's app setup), as sign-in does.
    return this.certificates.verify(a.code, ctx.req.ip ?? 'unknown');
  }
}

/** The training part of `abilities`. */
@Resolver(() => ViewerAbilitiesModel)
export class TrainingAbilitiesResolver {
  constructor(
    private readonly people: PeopleDirectory,
    private readonly db: Db,
  ) {}

  @ResolveField(() => Boolean, { description: 'May create courses (HR and admins; owners manage their own).' })
  canManageTraining(@Parent() { actor }: ViewerAbilitiesModel): boolean {
    return governsTraining(actor);
  }

  @ResolveField(() => Boolean, { description: 'May open the training matrix: HR, or anyone with reports.' })
  async canViewTrainingMatrix(@Parent() { actor }: ViewerAbilitiesModel): Promise<boolean> {
    return actor.hasRole(Role.HR) || this.people.hasReports(this.db.manager, actor.organizationId, actor.userId);
  }
}
