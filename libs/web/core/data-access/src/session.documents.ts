import { graphql } from '@pillars/web/graphql';

/** The signed-in person as the shell needs them; sign-in returns the same, so the cache stays whole. */
export const SessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    name
    email
    initials
    photoThumbnailUrl
    title
    locale
    timeZone
    roles
  }
`);

/** What the viewer may do across the organisation: routes and navigation follow it, never role names. */
export const ViewerAbilityFlagsFragment = graphql(`
  fragment ViewerAbilityFlags on ViewerAbilities {
    canManagePeople
    canAssignRoles
    canManageTeams
    canImport
    canManageAudiences
    canReadMailOutbox
    canManagePolicies
    canViewCompliance
    canVerifyPolicyEvidence
    canManageTraining
    canViewTrainingMatrix
    canAnnounce
    canAnnounceToAnyone
  }
`);

export const MeDocument = graphql(`
  query Me {
    me {
      ...SessionUser
    }
    abilities {
      ...ViewerAbilityFlags
    }
  }
`);

export const SignInDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        ...SessionUser
      }
      abilities {
        ...ViewerAbilityFlags
      }
    }
  }
`);

export const SignOutDocument = graphql(`
  mutation SignOut {
    signOut {
      ok
    }
  }
`);

export const SignOutEverywhereDocument = graphql(`
  mutation SignOutEverywhere {
    signOutEverywhere {
      ok
      revokedSessions
    }
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      ok
      revokedSessions
    }
  }
`);

export const UpdateMySettingsDocument = graphql(`
  mutation UpdateMySettings($input: UpdateMySettingsInput!) {
    updateMySettings(input: $input) {
      user {
        id
        locale
        timeZone
      }
    }
  }
`);

/** Who an invitation or reset link is for (the link stays unused). */
export const AccountLinkDocument = graphql(`
  query AccountLink($token: String!) {
    accountLink(token: $token) {
      purpose
      name
    }
  }
`);

export const RequestPasswordResetDocument = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

/** Uses the link, signs in: returns what sign-in returns, so the cache holds the new session. */
export const SetPasswordFromLinkDocument = graphql(`
  mutation SetPasswordFromLink($input: SetPasswordFromLinkInput!) {
    setPasswordFromLink(input: $input) {
      user {
        ...SessionUser
      }
      abilities {
        ...ViewerAbilityFlags
      }
    }
  }
`);
