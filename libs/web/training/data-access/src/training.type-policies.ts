import type { TypePolicies } from '@apollo/client';

/** The player is one enrolment's view: keyed by its enrolment so a mutation's payload replaces the query's. */
export const trainingTypePolicies: TypePolicies = {
  TrainingPlayer: { keyFields: ['enrolment', ['id']] },
  TrainingPlayerModule: { keyFields: false },
};

/** Socket events that change what these queries show. */
export const TRAINING_QUERIES = ['MyTraining', 'TrainingPlayer', 'TrainingMatrix'];
