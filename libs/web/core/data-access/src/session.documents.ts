import { graphql } from '@pillars/web/graphql';

export const MeDocument = graphql(`
  query Me {
    me {
      id
      name
      email
      initials
      title
      locale
      timeZone
      roles
    }
  }
`);

export const SignInDocument = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      user {
        id
        name
        email
        initials
        title
        locale
        timeZone
        roles
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
