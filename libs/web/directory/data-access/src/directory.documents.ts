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
  query UserProfile($id: ID!) {
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
      directReports {
        ...PersonSummary
      }
      ...UserMemberships
      ...UserAbilityFlags
    }
  }
`);

export const OrgChartDocument = graphql(`
  query OrgChart($id: ID!) {
    user(id: $id) {
      ...OrgChartPerson
      managerChain {
        ...OrgChartPerson
      }
      directReports {
        ...OrgChartPerson
      }
    }
  }
`);

export const TeamPageDocument = graphql(`
  query TeamPage($id: ID!, $first: Int, $after: String) {
    team(id: $id) {
      ...TeamRef
      description
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
