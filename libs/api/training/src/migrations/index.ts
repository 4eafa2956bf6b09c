import { CreateTraining1798500000000 } from './1798500000000-create-training';
import { TrainingCurrentEnrolmentsIndex1798650000000 } from './1798650000000-training-current-enrolments-index';
import { TrainingPendingEvidenceIndex1798930000000 } from './1798930000000-training-pending-evidence-index';

/** The training domain's migrations. */
export const TRAINING_MIGRATIONS = [CreateTraining1798500000000, TrainingCurrentEnrolmentsIndex1798650000000, TrainingPendingEvidenceIndex1798930000000];
