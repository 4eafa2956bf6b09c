import { graphql } from '@pillars/web/graphql';

/** The signed-in person as the shell needs them; sign-in returns the same, so the cache stays whole. */
export const SessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    name
    email
    initials
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
    canManageTeams
    canImport
    canManageAudiences
    canReadMailOutbox
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
