import type { TeamEntity } from '../entities/team.entity';
import type { TeamModel } from './team.model';

export const presentTeam = (t: TeamEntity): TeamModel => ({
  id: t.id,
  name: t.name,
  description: t.description,
  contact: t.contact,
  parentId: t.parentId,
  organizationId: t.organizationId,
});
