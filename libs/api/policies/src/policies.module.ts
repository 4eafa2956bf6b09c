import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AudiencesModule } from '@pillars/api/audiences';
import { NotificationsModule } from '@pillars/api/notifications';
import { AcknowledgementsService } from './acknowledgements.service';
import { ComplianceResolver, PolicyAbilitiesResolver, PolicyAcknowledgementUserResolver } from './compliance.resolver';
import { ComplianceService } from './compliance.service';
import { AcknowledgePolicyPayloadResolver, PoliciesResolver, PolicyVersionResolver } from './policies.resolver';
import { PoliciesService } from './policies.service';
import { PolicyAssignmentsService } from './policy-assignments.service';
import { PolicyFanoutJobs } from './policy-fanout.jobs';
import { PolicyLoaders } from './policy.loaders';
import { PolicyQueriesService } from './policy-queries.service';
import { PolicyQuizResolver } from './policy-quiz.resolver';
import { PolicyQuizService } from './policy-quiz.service';
import { PolicyScheduleJobs } from './policy-schedule.jobs';
import { PolicyGateGuard } from './policy-gate.guard';
import { PolicyDiffResolver } from './policy-diff.resolver';
import { PolicyReminderJobs } from './policy-reminders.jobs';
import { PolicyEvidencePdfController } from './policy-evidence-pdf.controller';
import { PolicyReviewResolver, PolicyReviewsResolver, PolicyVersionReviewsResolver } from './policy-reviews.resolver';
import { PolicyReviewsService } from './policy-reviews.service';
import { PolicyAcknowledgementLookup } from './policy-acknowledgement-lookup';

/** Policies and guidelines (Governance pillar, DESIGN §4): the directory's people, the shared audiences. */
@Module({
  imports: [NotificationsModule, AudiencesModule],
  controllers: [PolicyEvidencePdfController],
  providers: [PoliciesService, PolicyQueriesService, AcknowledgementsService, PolicyAssignmentsService, PolicyFanoutJobs, PolicyLoaders, PoliciesResolver, PolicyVersionResolver, AcknowledgePolicyPayloadResolver,
    PolicyQuizService, PolicyQuizResolver, PolicyScheduleJobs, PolicyReminderJobs,
    ComplianceService, ComplianceResolver, PolicyAcknowledgementUserResolver, PolicyAbilitiesResolver, PolicyDiffResolver,
    PolicyReviewsService, PolicyReviewsResolver, PolicyAcknowledgementLookup, PolicyVersionReviewsResolver, PolicyReviewResolver,
    // The gate holds back every root field but its allow-list, app-wide.
    { provide: APP_GUARD, useClass: PolicyGateGuard }],
  exports: [PolicyAcknowledgementLookup],
})
export class PoliciesModule {}
