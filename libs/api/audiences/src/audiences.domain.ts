import { defineDomain } from '@pillars/api/core';
import { AUDIENCE_ENTITIES } from './audience.entities';
import { AudienceErrorCode } from './audience.errors';
import { AudiencesModule } from './audiences.module';
import { AUDIENCE_MIGRATIONS } from './migrations';

/** The shared audience model: what it contributes to the app. */
export const audiencesDomain = defineDomain({
  name: 'audiences',
  module: AudiencesModule,
  entities: AUDIENCE_ENTITIES,
  migrations: AUDIENCE_MIGRATIONS,
  errorCodes: [AudienceErrorCode],
});
