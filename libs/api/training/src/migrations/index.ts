import { CreateTraining1798500000000 } from './1798500000000-create-training';

/** The training domain's migrations. */
export const TRAINING_MIGRATIONS = [CreateTraining1798500000000];
