import type { AudienceModel, AudienceMemberModel, AudienceRuleModel } from './audience.model';
import { AudienceRule, AudienceRuleKind, parseStoredRules } from './audience.rules';

export interface AudienceRow {
  id: string;
  organizationId: string;
  rules: unknown;
  memberCount: number;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  viewerIsMember: boolean;
}
export interface PersonRow {
  id: string;
  name: string;
  title: string | null;
  location: string | null;
  addedAt?: Date | null;
}

const initialsOf = (name: string): string =>
  name.split(/\s+/).filter(Boolean).slice(0, 2).map((part) => Array.from(part)[0] ?? '').join('').toLocaleUpperCase();

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
    rules: { include: rules.include.map(presentRule), exclude: rules.exclude.map(presentRule) },
    version: a.version,
    memberCount: a.memberCount,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
    organizationId: a.organizationId,
    viewerIsMember: a.viewerIsMember,
  };
};

export const presentMember = (u: PersonRow): AudienceMemberModel => ({
  userId: u.id,
  name: u.name,
  title: u.title,
  location: u.location,
  initials: initialsOf(u.name),
  addedAt: u.addedAt ?? null,
});
