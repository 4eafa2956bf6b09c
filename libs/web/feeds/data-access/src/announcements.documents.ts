import { graphql } from '@pillars/web/graphql';

/** An announcement's part of a post card (null for other posts); `audienceId` is set for those who may track it. */
export const PostAnnouncementFragment = graphql(`
  fragment PostAnnouncement on Post {
    announcement {
      mustRead
      audienceId
      myReceipt {
        deliveredAt
        seenAt
        readAt
        acknowledgedAt
      }
    }
  }
`);

export const PublishAnnouncementDocument = graphql(`
  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {
    publishAnnouncement(input: $input) {
      post {
        ...PostCard
      }
    }
  }
`);

export const MarkAnnouncementSeenDocument = graphql(`
  mutation MarkAnnouncementSeen($id: ID!) {
    markAnnouncementSeen(id: $id) {
      post {
        id
        ...PostAnnouncement
      }
    }
  }
`);

export const MarkAnnouncementReadDocument = graphql(`
  mutation MarkAnnouncementRead($id: ID!) {
    markAnnouncementRead(id: $id) {
      post {
        id
        ...PostAnnouncement
      }
    }
  }
`);

export const AcknowledgeAnnouncementDocument = graphql(`
  mutation AcknowledgeAnnouncement($id: ID!) {
    acknowledgeAnnouncement(id: $id) {
      post {
        id
        ...PostAnnouncement
      }
    }
  }
`);

export const ReachCountsFragment = graphql(`
  fragment ReachCountsFields on ReachCounts {
    audience
    delivered
    seen
    read
    acknowledged
    seenPercent
    readPercent
    acknowledgedPercent
  }
`);

export const AnnouncementReachDocument = graphql(`
  query AnnouncementReach($id: ID!, $first: Int, $after: String) {
    announcementReach(id: $id) {
      id
      audienceId
      mustRead
      lastRemindedAt
      totals {
        ...ReachCountsFields
      }
      teams(first: $first, after: $after) {
        edges {
          cursor
          node {
            teamId
            name
            counts {
              ...ReachCountsFields
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

export const AnnouncementPendingDocument = graphql(`
  query AnnouncementPending($id: ID!, $state: AnnouncementPendingState!, $first: Int, $after: String) {
    announcementPending(id: $id, state: $state, first: $first, after: $after) {
      edges {
        cursor
        node {
          deliveredAt
          seenAt
          readAt
          user {
            id
            name
            initials
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

export const RemindAnnouncementDocument = graphql(`
  mutation RemindAnnouncement($id: ID!) {
    remindAnnouncement(id: $id) {
      remindedCount
      nextReminderAt
    }
  }
`);
