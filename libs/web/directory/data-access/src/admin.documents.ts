import { graphql } from '@pillars/web/graphql';

export const AdminUserDocument = graphql(`
  query AdminUser($id: ID!) {
    user(id: $id) {
      ...UserDetails
      status
      roles
      ...UserAbilityFlags
      abilities {
        canResendInvitation
      }
    }
  }
`);

export const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        id
        name
      }
    }
  }
`);

export const UpdateUserDocument = graphql(`
  mutation UpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      user {
        ...UserDetails
      }
    }
  }
`);

export const SetUserStatusDocument = graphql(`
  mutation SetUserStatus($input: SetUserStatusInput!) {
    setUserStatus(input: $input) {
      user {
        id
        status
      }
    }
  }
`);

export const AssignRolesDocument = graphql(`
  mutation AssignRoles($input: AssignRolesInput!) {
    assignRoles(input: $input) {
      user {
        id
        roles
      }
    }
  }
`);

export const CreateTeamDocument = graphql(`
  mutation CreateTeam($input: CreateTeamInput!) {
    createTeam(input: $input) {
      team {
        ...TeamRef
        parent {
          id
        }
      }
    }
  }
`);

export const UpdateTeamDocument = graphql(`
  mutation UpdateTeam($input: UpdateTeamInput!) {
    updateTeam(input: $input) {
      team {
        ...TeamRef
        description
        parent {
          ...TeamRef
        }
      }
    }
  }
`);

export const SetTeamLeadDocument = graphql(`
  mutation SetTeamLead($input: TeamMemberInput!) {
    setTeamLead(input: $input) {
      team {
        ...TeamLeadership
      }
    }
  }
`);

export const AddTeamMemberDocument = graphql(`
  mutation AddTeamMember($input: TeamMemberInput!) {
    addTeamMember(input: $input) {
      team {
        id
        memberCount
      }
    }
  }
`);

export const RemoveTeamMemberDocument = graphql(`
  mutation RemoveTeamMember($input: TeamMemberInput!) {
    removeTeamMember(input: $input) {
      team {
        ...TeamLeadership
      }
    }
  }
`);

export const ResendInvitationDocument = graphql(`
  mutation ResendInvitation($id: ID!) {
    resendInvitation(id: $id) {
      user {
        id
      }
    }
  }
`);

export const SendPasswordResetDocument = graphql(`
  mutation SendPasswordReset($id: ID!) {
    sendPasswordReset(id: $id) {
      user {
        id
      }
    }
  }
`);

export const UpdateTeamDescriptionDocument = graphql(`
  mutation UpdateTeamDescription($input: UpdateTeamInput!) {
    updateTeam(input: $input) {
      team {
        id
        description
        contact
      }
    }
  }
`);
