import { graphql } from '@pillars/web/graphql';

export const PostAuthorFragment = graphql(`
  fragment PostAuthor on User {
    id
    name
    initials
    photoThumbnailUrl
  }
`);

/** Everything a post card shows; feeds, `post(id)` and mutations select it so the cache stays whole. */
export const PostCardFragment = graphql(`
  fragment PostCard on Post {
    id
    teamId
    body
    bodyHtml
    language
    topics
    status
    rejectionReason
    isAnnouncement
    pinnedUntil
    ...PostAnnouncement
    version
    editedAt
    createdAt
    commentCount
    myReaction
    author {
      ...PostAuthor
    }
    abilities {
      canEdit
      canDelete
      canModerate
    }
    reactionCounts {
      kind
      count
    }
    attachments {
      id
      name
      mime
      bytes
      url
      thumbnailUrl
      width
      height
    }
  }
`);

export const FeedPageFragment = graphql(`
  fragment FeedPage on PostConnection {
    edges {
      cursor
      node {
        ...PostCard
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

export const HomeFeedDocument = graphql(`
  query HomeFeed($first: Int, $after: String) {
    homeFeed(first: $first, after: $after) {
      ...FeedPage
    }
  }
`);

export const CompanyFeedDocument = graphql(`
  query CompanyFeed($first: Int, $after: String) {
    companyFeed(first: $first, after: $after) {
      ...FeedPage
    }
  }
`);

export const TeamFeedPostsDocument = graphql(`
  query TeamFeedPosts($teamId: ID!, $first: Int, $after: String) {
    teamFeedPosts(teamId: $teamId, first: $first, after: $after) {
      ...FeedPage
    }
  }
`);

export const TopicFeedDocument = graphql(`
  query TopicFeed($topic: String!, $first: Int, $after: String) {
    topicFeed(topic: $topic, first: $first, after: $after) {
      ...FeedPage
    }
  }
`);

export const PendingPostsDocument = graphql(`
  query PendingPosts($teamId: ID!, $first: Int, $after: String) {
    pendingPosts(teamId: $teamId, first: $first, after: $after) {
      ...FeedPage
    }
  }
`);

export const PostDocument = graphql(`
  query Post($id: ID!) {
    post(id: $id) {
      ...PostCard
    }
  }
`);

export const PostVersionsDocument = graphql(`
  query PostVersions($id: ID!) {
    post(id: $id) {
      id
      version
      earlierVersions {
        version
        bodyHtml
        createdAt
      }
    }
  }
`);

export const TeamFeedDocument = graphql(`
  query TeamFeed($teamId: ID!) {
    teamFeed(teamId: $teamId) {
      teamId
      visibility
      requiresApproval
      viewerIsMember
      canConfigure
      viewerFollows
    }
  }
`);

export const TopicDocument = graphql(`
  query Topic($topic: String!) {
    topic(topic: $topic) {
      topic
      viewerFollows
    }
  }
`);

export const ConfigureTeamFeedDocument = graphql(`
  mutation ConfigureTeamFeed($input: TeamFeedSettingsInput!) {
    configureTeamFeed(input: $input) {
      teamId
      visibility
      requiresApproval
      viewerIsMember
      canConfigure
    }
  }
`);

export const CreatePostDocument = graphql(`
  mutation CreatePost($input: CreatePostInput!) {
    createPost(input: $input) {
      post {
        ...PostCard
      }
    }
  }
`);

export const UpdatePostDocument = graphql(`
  mutation UpdatePost($input: UpdatePostInput!) {
    updatePost(input: $input) {
      post {
        ...PostCard
      }
    }
  }
`);

export const DeletePostDocument = graphql(`
  mutation DeletePost($id: ID!) {
    deletePost(id: $id) {
      id
    }
  }
`);

export const ModeratePostDocument = graphql(`
  mutation ModeratePost($input: ModeratePostInput!) {
    moderatePost(input: $input) {
      post {
        ...PostCard
      }
    }
  }
`);

export const ReactDocument = graphql(`
  mutation React($input: ReactInput!) {
    react(input: $input) {
      post {
        id
        myReaction
        reactionCounts {
          kind
          count
        }
      }
    }
  }
`);

export const PostReactorsDocument = graphql(`
  query PostReactors($id: ID!, $kind: ReactionKind, $first: Int, $after: String) {
    post(id: $id) {
      id
      reactors(kind: $kind, first: $first, after: $after) {
        edges {
          cursor
          node {
            kind
            user {
              ...PostAuthor
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

export const CommentFieldsFragment = graphql(`
  fragment CommentFields on Comment {
    id
    postId
    parentId
    body
    bodyHtml
    createdAt
    canDelete
    author {
      ...PostAuthor
    }
  }
`);

/** A page of replies (one level): the thread's first ones, and each "more replies" page after them. */
export const CommentRepliesPageFragment = graphql(`
  fragment CommentRepliesPage on CommentConnection {
    edges {
      cursor
      node {
        ...CommentFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`);

export const PostCommentsDocument = graphql(`
  query PostComments($id: ID!, $first: Int, $after: String) {
    post(id: $id) {
      id
      commentCount
      comments(first: $first, after: $after) {
        edges {
          cursor
          node {
            ...CommentFields
            replies(first: 10) {
              ...CommentRepliesPage
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

/** The next page of one comment's replies; merged into `Comment.replies` by the type policy. */
export const CommentRepliesDocument = graphql(`
  query CommentReplies($id: ID!, $first: Int, $after: String) {
    comment(id: $id) {
      id
      replies(first: $first, after: $after) {
        ...CommentRepliesPage
      }
    }
  }
`);

export const CreateCommentDocument = graphql(`
  mutation CreateComment($input: CreateCommentInput!) {
    createComment(input: $input) {
      comment {
        ...CommentFields
      }
    }
  }
`);

export const DeleteCommentDocument = graphql(`
  mutation DeleteComment($id: ID!) {
    deleteComment(id: $id) {
      id
    }
  }
`);

export const MentionSuggestionsDocument = graphql(`
  query MentionSuggestions($query: String!, $teamId: ID) {
    mentionSuggestions(query: $query, teamId: $teamId) {
      people {
        ...PostAuthor
        title
      }
      teams {
        id
        name
      }
    }
  }
`);

export const RenderPostPreviewDocument = graphql(`
  query RenderPostPreview($body: String!, $teamId: ID) {
    renderPostPreview(body: $body, teamId: $teamId) {
      html
      topics
    }
  }
`);

export const DiscoverDocument = graphql(`
  query Discover {
    discover {
      teams {
        teamId
        postCount
        viewerFollows
      }
      topics {
        topic
        postCount
        viewerFollows
      }
    }
  }
`);

export const FollowDocument = graphql(`
  mutation Follow($input: FollowInput!) {
    follow(input: $input) {
      kind
      target
      following
    }
  }
`);

export const UnfollowDocument = graphql(`
  mutation Unfollow($input: FollowInput!) {
    unfollow(input: $input) {
      kind
      target
      following
    }
  }
`);

/** The teams the viewer belongs to: where the home feed's composer may post. */
export const MyFeedTeamsDocument = graphql(`
  query MyFeedTeams($id: ID!) {
    user(id: $id) {
      id
      teams {
        role
        team {
          id
          name
        }
      }
    }
  }
`);
