import { defineDomain } from '@pillars/api/core';
import { TRAINING_MIGRATIONS } from './migrations';
import { TRAINING_ENTITIES } from './training.entities';
import { TrainingErrorCode } from './training.errors';
import { TrainingModule } from './training.module';

/** The training tracker of the Governance pillar: courses, assignments, completion, recertification, certificates (DESIGN §4). */
export const trainingDomain = defineDomain({
  name: 'training',
  module: TrainingModule,
  entities: TRAINING_ENTITIES,
  migrations: TRAINING_MIGRATIONS,
  errorCodes: [TrainingErrorCode],
});
