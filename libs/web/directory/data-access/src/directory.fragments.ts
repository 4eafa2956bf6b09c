import { graphql } from '@pillars/web/graphql';

/** A person as cards, lists and pickers show them. */
export const PersonSummaryFragment = graphql(`
  fragment PersonSummary on User {
    id
    name
    initials
    photoThumbnailUrl
    title
  }
`);

export const TeamRefFragment = graphql(`
  fragment TeamRef on Team {
    id
    name
  }
`);

export const UserMembershipsFragment = graphql(`
  fragment UserMemberships on User {
    teams {
      role
      team {
        ...TeamRef
      }
    }
  }
`);

export const UserAbilityFlagsFragment = graphql(`
  fragment UserAbilityFlags on User {
    abilities {
      canEdit
      canSuspend
      canAssignRoles
    }
  }
`);

/** What the admin form edits; `updateUser` returns the same so the cache stays whole. */
export const UserDetailsFragment = graphql(`
  fragment UserDetails on User {
    id
    name
    initials
    email
    title
    location
    locale
    timeZone
    startDate
    manager {
      ...PersonSummary
    }
  }
`);

/** A team's lead and head count, which every membership change may alter. */
export const TeamLeadershipFragment = graphql(`
  fragment TeamLeadership on Team {
    id
    memberCount
    lead {
      ...PersonSummary
    }
  }
`);

export const OrgChartPersonFragment = graphql(`
  fragment OrgChartPerson on User {
    ...PersonSummary
    directReportCount
  }
`);

export const PageInfoFieldsFragment = graphql(`
  fragment PageInfoFields on PageInfo {
    hasNextPage
    endCursor
  }
`);

/**
 * A node of the team tree. Fields inline, not through TeamRef/PersonSummary: the API's cost limit
 * multiplies nested fragment spreads, and a branch asks for 50 of these.
 */
export const TeamTreeNodeFragment = graphql(`
  fragment TeamTreeNode on Team {
    id
    name
    memberCount
    childCount
    lead {
      id
      name
    }
  }
`);

/** What a person writes on their own profile (issue 14), with the photo. */
export const UserProfileFieldsFragment = graphql(`
  fragment UserProfileFields on User {
    about
    pronouns
    phone
    workingHours {
      days
      start
      end
    }
    languages
    skills
    photoUrl
    photoThumbnailUrl
  }
`);
