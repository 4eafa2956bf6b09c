import { CreateFiles1797300000000 } from './1797300000000-create-files';

export const FILE_MIGRATIONS = [CreateFiles1797300000000];
