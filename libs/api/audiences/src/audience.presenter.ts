import type { UserModel } from '@pillars/api/directory';
import type { AudienceModel, AudienceMemberModel, AudienceRuleModel } from './audience.model';
import { AudienceRule, AudienceRuleKind, parseStoredRules } from './audience.rules';

export interface AudienceRow {
  id: string;
  organizationId: string;
  name: string | null;
  ownerId: string | null;
  sharedKind: string | null;
  rules: unknown;
  memberCount: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  viewerIsMember: boolean;
}

const presentRule = (r: AudienceRule): AudienceRuleModel => {
  switch (r.kind) {
    case AudienceRuleKind.TEAM:
      return { kind: r.kind, teamId: r.teamId, includeSubTeams: r.includeSubTeams };
    case AudienceRuleKind.LOCATION:
      return { kind: r.kind, location: r.location };
    case AudienceRuleKind.ROLE:
      return { kind: r.kind, role: r.role };
    case AudienceRuleKind.MANAGER_LINE:
      return { kind: r.kind, managerId: r.managerId, direct: r.direct };
    case AudienceRuleKind.USERS:
      return { kind: r.kind, userIds: r.userIds };
    default:
      return { kind: r.kind };
  }
};

/** Whitelists fields; stored rules are re-validated on the way out. */
export const presentAudience = (a: AudienceRow): AudienceModel => {
  const rules = parseStoredRules(a.rules);
  return {
    id: a.id,
    name: a.name,
    rules: { include: rules.include.map(presentRule), exclude: rules.exclude.map(presentRule) },
    version: a.version,
    memberCount: a.memberCount,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    organizationId: a.organizationId,
    ownerId: a.ownerId,
    viewerIsMember: a.viewerIsMember,
  };
};

/** A person as the directory presents them, cut down to what an audience shows. */
export const presentMember = (u: UserModel, addedAt: Date | null = null): AudienceMemberModel => ({
  userId: u.id,
  name: u.name,
  title: u.title,
  location: u.location,
  initials: u.initials,
  addedAt,
});
