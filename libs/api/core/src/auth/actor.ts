import { Role } from '@pillars/shared/types';

/** The signed-in user as services see it: identity, roles and the facts policies need. */
export class Actor {
  constructor(
    readonly userId: string,
    readonly organizationId: string,
    readonly roles: readonly Role[],
    readonly sessionId: string,
    readonly ledTeamIds: readonly string[] = [],
    readonly locale = 'en',
  ) {}

  hasRole(role: Role): boolean {
    return role === Role.EMPLOYEE || this.roles.includes(role);
  }
  get isAdmin(): boolean {
    return this.roles.includes(Role.ADMIN);
  }
  leadsTeam(teamId: string | null | undefined): boolean {
    return !!teamId && this.ledTeamIds.includes(teamId);
  }
}

/** Implemented by the directory: turns a session token into an Actor (or null). */
export interface ActorLoader {
  loadBySessionToken(token: string): Promise<Actor | null>;
}
export const ACTOR_LOADER = Symbol('ACTOR_LOADER');
