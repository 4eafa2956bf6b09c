import type { FileEntity } from './file.entity';
import type { FileModel } from './file.model';

export const presentFile = (f: FileEntity): FileModel => ({
  id: f.id,
  name: f.name,
  mime: f.mime,
  bytes: f.bytes,
  width: f.width,
  height: f.height,
  url: `/files/${f.id}`,
  thumbnailUrl: f.thumbnailKey ? `/files/${f.id}/thumbnail` : null,
});
