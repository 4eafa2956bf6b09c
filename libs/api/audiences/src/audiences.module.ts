import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AudienceAbilitiesResolver } from './audience-abilities.resolver';
import { AUDIENCE_ENTITIES } from './audience.entities';
import { AudienceCandidates } from './audience-candidates.service';
import { AudienceDirectory } from './audience-directory.service';
import { AudienceMembershipService } from './audience-membership.service';
import { AudienceRefreshHandler } from './audience-refresh.handler';
import { AudiencesResolver } from './audiences.resolver';
import { AudienceRuleResolver } from './audience-rule.resolver';
import { AudiencesService } from './audiences.service';
import { AudienceUsages } from './audience-usages';
import { SavedAudiencesService } from './saved-audiences.service';

/** The shared audience model (DESIGN §3): rules, one SQL resolver, materialised membership. */
@Module({
  imports: [TypeOrmModule.forFeature(AUDIENCE_ENTITIES)],
  providers: [AudiencesService, AudienceCandidates, AudienceMembershipService, AudienceRefreshHandler, AudiencesResolver, AudienceRuleResolver, AudienceAbilitiesResolver, AudienceDirectory, AudienceUsages, SavedAudiencesService],
  exports: [AudienceDirectory, AudienceUsages],
})
export class AudiencesModule {}
