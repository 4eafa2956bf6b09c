import { CreateTraining1798500000000 } from './1798500000000-create-training';
import { TrainingCurrentEnrolmentsIndex1798650000000 } from './1798650000000-training-current-enrolments-index';
import { TrainingSessions1798900000000 } from './1798900000000-training-sessions';
import { TrainingPendingEvidenceIndex1798930000000 } from './1798930000000-training-pending-evidence-index';
import { TrainingModuleLineage1799005000000 } from './1799005000000-training-module-lineage';

/** The training domain's migrations. */
export const TRAINING_MIGRATIONS = [CreateTraining1798500000000, TrainingCurrentEnrolmentsIndex1798650000000, TrainingSessions1798900000000, TrainingPendingEvidenceIndex1798930000000, TrainingModuleLineage1799005000000];
