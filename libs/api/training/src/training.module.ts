import { Module } from '@nestjs/common';
import { AudiencesModule } from '@pillars/api/audiences';
import { FilesModule } from '@pillars/api/files';
import { NotificationsModule } from '@pillars/api/notifications';
import { PoliciesModule } from '@pillars/api/policies';
import { CertificatePdfController } from './certificate-pdf.controller';
import { CertificatesService } from './certificates.service';
import { CoursesService } from './courses.service';
import { EnrolmentsService } from './enrolments.service';
import { ProgressService } from './progress.service';
import { TrainingQueriesService } from './training-queries.service';
import { TrainingReviewResolver } from './training-review.resolver';
import { TrainingReviewService } from './training-review.service';
import { TrainingJobs } from './training.jobs';
import { TrainingAbilitiesResolver, TrainingResolver } from './training.resolver';

/** The training tracker (Governance pillar, DESIGN §4): the shared audiences, policies' acknowledgement lookup, files, notifications. */
@Module({
  imports: [NotificationsModule, AudiencesModule, FilesModule, PoliciesModule],
  controllers: [CertificatePdfController],
  providers: [CoursesService, EnrolmentsService, ProgressService, TrainingQueriesService, CertificatesService, TrainingJobs, TrainingResolver, TrainingAbilitiesResolver, TrainingReviewService, TrainingReviewResolver],
})
export class TrainingModule {}
