import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

/** The player is one enrolment's view: keyed by its enrolment so a mutation's payload replaces the query's. */
export const trainingTypePolicies: TypePolicies = {
  TrainingPlayer: { keyFields: ['enrolment', ['id']] },
  TrainingPlayerModule: { keyFields: false },
  // A player shows the version its enrolment started; the editor the current one: one entry per version.
  TrainingCourse: { keyFields: ['id', 'versionId'] },
  TrainingQuizBankQuestion: { keyFields: false },
  Query: { fields: { trainingCourses: relayStylePagination(['status']), trainingHistory: relayStylePagination(['userId']), pendingTrainingEvidence: relayStylePagination([]) } },
};

/** Socket events that change what these queries show. */
export const TRAINING_QUERIES = ['MyTraining', 'TrainingPlayer', 'TrainingMatrix'];
