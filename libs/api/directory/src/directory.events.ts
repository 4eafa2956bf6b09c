/** Events the directory appends to the outbox; audiences and realtime react to them. */
export const DirectoryEvents = {
  organizationCreated: 'directory.organization.created',
  userCreated: 'directory.user.created',
  userUpdated: 'directory.user.updated',
  userStatusChanged: 'directory.user.status_changed',
  managerChanged: 'directory.user.manager_changed',
  membershipChanged: 'directory.membership.changed',
  teamChanged: 'directory.team.changed',
  imported: 'directory.imported',
} as const;
export const DIRECTORY_EVENT_TYPES = Object.values(DirectoryEvents);

/** Every directory event names the users whose audience membership may have changed. */
export interface DirectoryEventPayload {
  userIds?: string[];
  teamIds?: string[];
  /** Managers whose list of direct reports changed besides the current one (the former manager). */
  managerIds?: string[];
  /** true when the change may affect many users (team move, import): refresh the organisation. */
  wholeOrganization?: boolean;
  /**
   * A team move: the moved team's ancestors before and after it (nearest first, computed in the
   * move's transaction), so only audiences over the trees it left or entered are re-checked.
   */
  ancestorIdsBefore?: string[];
  ancestorIdsAfter?: string[];
}

/**
 * Account mail requests, kept out of DIRECTORY_EVENT_TYPES (they change no membership). They carry
 * ids only; the handler that mails (notifications' AccountMailHandler) issues the link with
 * `AccountTokens.issue` in its own transaction, so no raw token is ever stored, not even in the outbox.
 */
export const AccountEvents = {
  invited: 'directory.user.invited',
  passwordResetRequested: 'directory.user.password_reset_requested',
  passwordSet: 'directory.user.password_set',
} as const;
export interface AccountEventPayload {
  userIds: string[];
}
