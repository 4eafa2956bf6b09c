import { graphql } from '@pillars/web/graphql';

export const PeopleSearchDocument = graphql(`
  query PeopleSearch($query: String, $teamId: ID, $location: String, $status: UserStatus, $first: Int, $after: String) {
    people(query: $query, teamId: $teamId, location: $location, status: $status, first: $first, after: $after) {
      edges {
        cursor
        node {
          id
          name
          initials
          title
          email
          location
          status
          roles
          teams {
            role
            team {
              id
              name
            }
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const UserProfileDocument = graphql(`
  query UserProfile($id: ID!) {
    user(id: $id) {
      id
      name
      initials
      title
      email
      location
      timeZone
      status
      startDate
      directReportCount
      manager {
        id
        name
        initials
        title
      }
      managerChain {
        id
        name
        initials
        title
      }
      directReports {
        id
        name
        initials
        title
      }
      teams {
        role
        team {
          id
          name
        }
      }
      abilities {
        canEdit
        canSuspend
        canAssignRoles
      }
    }
  }
`);

export const OrgChartDocument = graphql(`
  query OrgChart($id: ID!) {
    user(id: $id) {
      id
      name
      initials
      title
      directReportCount
      managerChain {
        id
        name
        initials
        title
        directReportCount
      }
      directReports {
        id
        name
        initials
        title
        directReportCount
      }
    }
  }
`);

export const TeamPageDocument = graphql(`
  query TeamPage($id: ID!, $first: Int, $after: String) {
    team(id: $id) {
      id
      name
      description
      memberCount
      ancestors {
        id
        name
      }
      lead {
        id
        name
        initials
        title
      }
      children(first: 100) {
        edges {
          node {
            id
            name
            memberCount
          }
        }
      }
      abilities {
        canEdit
        canManageMembers
      }
      members(first: $first, after: $after) {
        edges {
          cursor
          node {
            role
            joinedAt
            user {
              id
              name
              initials
              title
              location
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

/** Departments and three levels below them: enough for filters and pickers. */
/** Top-level teams for the admin tree; deeper levels load when a node opens. */
export const DepartmentsDocument = graphql(`
  query Departments {
    departments {
      id
      name
    }
  }
`);

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
      id
      name
      ancestors {
        id
        name
      }
    }
  }
`);

export const TeamChildrenDocument = graphql(`
  query TeamChildren($id: ID!) {
    team(id: $id) {
      id
      name
      memberCount
      children(first: 100) {
        edges {
          node {
            id
            name
            memberCount
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
