import { Module } from '@nestjs/common';
import { AudiencesModule } from '@pillars/api/audiences';
import { NotificationsModule } from '@pillars/api/notifications';
import { AcknowledgementsService } from './acknowledgements.service';
import { ComplianceResolver, PolicyAbilitiesResolver, PolicyAcknowledgementUserResolver } from './compliance.resolver';
import { ComplianceService } from './compliance.service';
import { PoliciesResolver, PolicyVersionResolver } from './policies.resolver';
import { PoliciesService } from './policies.service';
import { PolicyAssignmentsService } from './policy-assignments.service';
import { PolicyFanoutJobs } from './policy-fanout.jobs';
import { PolicyLoaders } from './policy.loaders';
import { PolicyQueriesService } from './policy-queries.service';

/** Policies and guidelines (Governance pillar, DESIGN §4): the directory's people, the shared audiences. */
@Module({
  imports: [NotificationsModule, AudiencesModule],
  providers: [PoliciesService, PolicyQueriesService, AcknowledgementsService, PolicyAssignmentsService, PolicyFanoutJobs, PolicyLoaders, PoliciesResolver, PolicyVersionResolver,
    ComplianceService, ComplianceResolver, PolicyAcknowledgementUserResolver, PolicyAbilitiesResolver],
})
export class PoliciesModule {}
