import { FileEntity } from './file.entity';

export const FILE_ENTITIES = [FileEntity];
