import { graphql } from '@pillars/web/graphql';

export const PeopleSearchDocument = graphql(`
  query PeopleSearch($query: String, $teamId: ID, $location: String, $status: UserStatus, $first: Int, $after: String) {
    people(query: $query, teamId: $teamId, location: $location, status: $status, first: $first, after: $after) {
      edges {
        cursor
        node {
          ...PersonSummary
          email
          location
          status
          roles
          ...UserMemberships
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

export const UserProfileDocument = graphql(`
  query UserProfile($id: ID!, $reportsFirst: Int) {
    user(id: $id) {
      ...PersonSummary
      email
      location
      timeZone
      status
      former
      startDate
      directReportCount
      manager {
        ...PersonSummary
      }
      managerChain {
        ...PersonSummary
      }
      peers {
        ...PersonSummary
      }
      reports(first: $reportsFirst) {
        edges {
          node {
            ...PersonSummary
          }
        }
        pageInfo {
          ...PageInfoFields
        }
      }
      ...UserMemberships
      ...UserAbilityFlags
    }
  }
`);

export const OrgChartDocument = graphql(`
  query OrgChart($id: ID!, $reportsFirst: Int) {
    user(id: $id) {
      ...OrgChartPerson
      managerChain {
        ...OrgChartPerson
      }
      peers {
        ...OrgChartPerson
      }
      reports(first: $reportsFirst) {
        edges {
          node {
            ...OrgChartPerson
          }
        }
        pageInfo {
          ...PageInfoFields
        }
      }
    }
  }
`);

/**
 * The next page of a person's direct reports, for "show more" (merged into `User.reports` by the
 * type policy; the fields are those of both the profile and the org chart).
 */
export const UserReportsPageDocument = graphql(`
  query UserReportsPage($id: ID!, $first: Int, $after: String) {
    user(id: $id) {
      id
      reports(first: $first, after: $after) {
        edges {
          node {
            ...OrgChartPerson
          }
        }
        pageInfo {
          ...PageInfoFields
        }
      }
    }
  }
`);

export const TeamPageDocument = graphql(`
  query TeamPage($id: ID!, $first: Int, $after: String) {
    team(id: $id) {
      ...TeamRef
      description
      contact
      ...TeamLeadership
      ancestors {
        ...TeamRef
      }
      children(first: 100) {
        edges {
          node {
            ...TeamRef
            memberCount
            childCount
          }
        }
      }
      abilities {
        canEdit
        canManageMembers
        canEditDescription
        canAppointLead
      }
      members(first: $first, after: $after) {
        edges {
          cursor
          node {
            role
            joinedAt
            user {
              ...PersonSummary
              location
            }
          }
        }
        pageInfo {
          ...PageInfoFields
        }
      }
    }
  }
`);

/** Top-level teams for the admin tree; deeper levels load when a node opens. */
export const DepartmentsDocument = graphql(`
  query Departments {
    departments {
      ...TeamRef
      childCount
    }
  }
`);

/** Every team with its path, for filters and pickers. */
export const TeamOptionsDocument = graphql(`
  query TeamOptions($query: String, $first: Int) {
    teamOptions(query: $query, first: $first) {
      edges {
        node {
          id
          name
          path
          depth
        }
      }
    }
  }
`);

/** One team with its path, for a picker whose chosen team is not among the loaded options. */
export const TeamOptionDocument = graphql(`
  query TeamOption($id: ID!) {
    team(id: $id) {
      ...TeamRef
      ancestors {
        ...TeamRef
      }
    }
  }
`);

export const TeamChildrenDocument = graphql(`
  query TeamChildren($id: ID!) {
    team(id: $id) {
      ...TeamRef
      memberCount
      children(first: 100) {
        edges {
          node {
            ...TeamRef
            memberCount
            childCount
          }
        }
      }
    }
  }
`);

export const LocationsDocument = graphql(`
  query Locations {
    locations {
      location
      people
    }
  }
`);

/** The top of the manager tree, a page at a time; branches open with `OrgBranch`. */
export const OrgChartRootsDocument = graphql(`
  query OrgChartRoots($first: Int, $after: String) {
    orgChartRoots(first: $first, after: $after) {
      edges {
        cursor
        node {
          ...OrgChartPerson
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

/** One branch of the manager tree: a person's direct reports with their own counts. */
export const OrgBranchDocument = graphql(`
  query OrgBranch($id: ID!) {
    user(id: $id) {
      id
      directReportCount
      directReports {
        ...OrgChartPerson
      }
    }
  }
`);

/** The top of the team tree (departments) with what a tree node shows. */
export const TeamTreeRootsDocument = graphql(`
  query TeamTreeRoots {
    departments {
      ...TeamTreeNode
    }
  }
`);

/**
 * One branch of the team tree: a team's first 50 sub-teams by name (the node says how many more).
 * 50, not 100: with each node's lead, 100 would pass the API's query cost limit (QUERY_TOO_COMPLEX).
 */
export const TeamTreeBranchDocument = graphql(`
  query TeamTreeBranch($id: ID!) {
    team(id: $id) {
      id
      childCount
      children(first: 50) {
        edges {
          node {
            ...TeamTreeNode
          }
        }
      }
    }
  }
`);

/** The directory page: the people search with its total and "did you mean". */
export const DirectorySearchDocument = graphql(`
  query DirectorySearch($query: String, $teamId: ID, $includeSubTeams: Boolean, $location: String, $first: Int, $after: String) {
    people(query: $query, teamId: $teamId, includeSubTeams: $includeSubTeams, location: $location, first: $first, after: $after) {
      totalCount
      didYouMean {
        query
        location
      }
      edges {
        cursor
        node {
          ...PersonSummary
          location
          ...UserMemberships
        }
      }
      pageInfo {
        ...PageInfoFields
      }
    }
  }
`);

/** The header search's suggestions: a few people as you type. */
export const PeopleSuggestionsDocument = graphql(`
  query PeopleSuggestions($query: String!, $first: Int!) {
    people(query: $query, first: $first) {
      totalCount
      edges {
        node {
          ...PersonSummary
        }
      }
    }
  }
`);

/** The filtered directory as CSV (HR and admins). */
export const PeopleExportDocument = graphql(`
  query PeopleExport($query: String, $teamId: ID, $includeSubTeams: Boolean, $location: String) {
    peopleExport(query: $query, teamId: $teamId, includeSubTeams: $includeSubTeams, location: $location) {
      csv
      rows
      truncated
    }
  }
`);
