/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment AudienceSummary on Audience {\n    id\n    name\n    version\n    memberCount\n    createdAt\n  }\n": typeof types.AudienceSummaryFragmentDoc,
    "\n  query AudiencePreview($rules: AudienceRulesInput!) {\n    audiencePreview(rules: $rules) {\n      count\n      sample {\n        userId\n        name\n        initials\n        title\n      }\n    }\n  }\n": typeof types.AudiencePreviewDocument,
    "\n  mutation CreateAudience($input: CreateAudienceInput!) {\n    createAudience(input: $input) {\n      audience {\n        ...AudienceSummary\n      }\n    }\n  }\n": typeof types.CreateAudienceDocument,
    "\n  query AudienceSummary($id: ID!) {\n    audience(id: $id) {\n      id\n      version\n      memberCount\n    }\n  }\n": typeof types.AudienceSummaryDocument,
    "\n  fragment SavedAudienceRow on Audience {\n    id\n    name\n    memberCount\n    version\n    updatedAt\n    owner {\n      id\n      name\n    }\n    usages {\n      kind\n      count\n    }\n    abilities {\n      canEdit\n    }\n  }\n": typeof types.SavedAudienceRowFragmentDoc,
    "\n  query SavedAudiences($first: Int, $after: String, $query: String) {\n    savedAudiences(first: $first, after: $after, query: $query) {\n      edges {\n        cursor\n        node {\n          ...SavedAudienceRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.SavedAudiencesDocument,
    "\n  fragment StoredAudienceRule on AudienceRule {\n    kind\n    teamId\n    includeSubTeams\n    location\n    role\n    managerId\n    direct\n    userIds\n    people {\n      userId\n      name\n    }\n  }\n": typeof types.StoredAudienceRuleFragmentDoc,
    "\n  query SavedAudience($id: ID!) {\n    audience(id: $id) {\n      ...SavedAudienceRow\n      rules {\n        include {\n          ...StoredAudienceRule\n        }\n        exclude {\n          ...StoredAudienceRule\n        }\n      }\n    }\n  }\n": typeof types.SavedAudienceDocument,
    "\n  mutation UpdateAudience($input: UpdateAudienceInput!) {\n    updateAudience(input: $input) {\n      audience {\n        ...SavedAudienceRow\n      }\n    }\n  }\n": typeof types.UpdateAudienceDocument,
    "\n  query AudiencePreviewMembers($rules: AudienceRulesInput!, $first: Int, $after: String) {\n    audiencePreviewMembers(rules: $rules, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          userId\n          name\n          initials\n          title\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AudiencePreviewMembersDocument,
    "\n  query AudienceChoices($query: String) {\n    savedAudiences(first: 50, query: $query) {\n      edges {\n        node {\n          id\n          name\n          memberCount\n        }\n      }\n    }\n  }\n": typeof types.AudienceChoicesDocument,
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    initials\n    photoThumbnailUrl\n    title\n    locale\n    timeZone\n    roles\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  fragment ViewerAbilityFlags on ViewerAbilities {\n    canManagePeople\n    canAssignRoles\n    canManageTeams\n    canImport\n    canManageAudiences\n    canReadMailOutbox\n    canManagePolicies\n    canViewCompliance\n    canVerifyPolicyEvidence\n    canManageTraining\n    canViewTrainingMatrix\n    canAnnounce\n    canAnnounceToAnyone\n  }\n": typeof types.ViewerAbilityFlagsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n    abilities {\n      ...ViewerAbilityFlags\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        ...SessionUser\n      }\n      abilities {\n        ...ViewerAbilityFlags\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      ok\n    }\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere {\n      ok\n      revokedSessions\n    }\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n      revokedSessions\n    }\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation UpdateMySettings($input: UpdateMySettingsInput!) {\n    updateMySettings(input: $input) {\n      user {\n        id\n        locale\n        timeZone\n      }\n    }\n  }\n": typeof types.UpdateMySettingsDocument,
    "\n  query AccountLink($token: String!) {\n    accountLink(token: $token) {\n      purpose\n      name\n    }\n  }\n": typeof types.AccountLinkDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation SetPasswordFromLink($input: SetPasswordFromLinkInput!) {\n    setPasswordFromLink(input: $input) {\n      user {\n        ...SessionUser\n      }\n      abilities {\n        ...ViewerAbilityFlags\n      }\n    }\n  }\n": typeof types.SetPasswordFromLinkDocument,
    "\n  query SetupStatus {\n    setupStatus {\n      needed\n    }\n  }\n": typeof types.SetupStatusDocument,
    "\n  mutation CompleteSetup($input: CompleteSetupInput!) {\n    completeSetup(input: $input) {\n      user {\n        ...SessionUser\n      }\n      abilities {\n        ...ViewerAbilityFlags\n      }\n    }\n  }\n": typeof types.CompleteSetupDocument,
    "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...UserDetails\n      status\n      roles\n      ...UserAbilityFlags\n      abilities {\n        canResendInvitation\n      }\n    }\n  }\n": typeof types.AdminUserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": typeof types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...UserDetails\n      }\n    }\n  }\n": typeof types.UpdateUserDocument,
    "\n  mutation SetUserStatus($input: SetUserStatusInput!) {\n    setUserStatus(input: $input) {\n      user {\n        id\n        status\n      }\n    }\n  }\n": typeof types.SetUserStatusDocument,
    "\n  mutation AssignRoles($input: AssignRolesInput!) {\n    assignRoles(input: $input) {\n      user {\n        id\n        roles\n      }\n    }\n  }\n": typeof types.AssignRolesDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team {\n        ...TeamRef\n        parent {\n          id\n        }\n      }\n    }\n  }\n": typeof types.CreateTeamDocument,
    "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team {\n        ...TeamRef\n        description\n        parent {\n          ...TeamRef\n        }\n      }\n    }\n  }\n": typeof types.UpdateTeamDocument,
    "\n  mutation SetTeamLead($input: TeamMemberInput!) {\n    setTeamLead(input: $input) {\n      team {\n        ...TeamLeadership\n      }\n    }\n  }\n": typeof types.SetTeamLeadDocument,
    "\n  mutation AddTeamMember($input: TeamMemberInput!) {\n    addTeamMember(input: $input) {\n      team {\n        id\n        memberCount\n      }\n    }\n  }\n": typeof types.AddTeamMemberDocument,
    "\n  mutation RemoveTeamMember($input: TeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      team {\n        ...TeamLeadership\n      }\n    }\n  }\n": typeof types.RemoveTeamMemberDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation SendPasswordReset($id: ID!) {\n    sendPasswordReset(id: $id) {\n      user {\n        id\n      }\n    }\n  }\n": typeof types.SendPasswordResetDocument,
    "\n  mutation UpdateTeamDescription($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team {\n        id\n        description\n        contact\n      }\n    }\n  }\n": typeof types.UpdateTeamDescriptionDocument,
    "\n  query PeopleSearch($query: String, $teamId: ID, $location: String, $status: UserStatus, $first: Int, $after: String) {\n    people(query: $query, teamId: $teamId, location: $location, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PersonSummary\n          email\n          location\n          status\n          roles\n          ...UserMemberships\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.PeopleSearchDocument,
    "\n  query UserProfile($id: ID!, $reportsFirst: Int) {\n    user(id: $id) {\n      ...PersonSummary\n      email\n      location\n      timeZone\n      status\n      former\n      startDate\n      ...UserProfileFields\n      directReportCount\n      manager {\n        ...PersonSummary\n      }\n      managerChain {\n        ...PersonSummary\n      }\n      peers {\n        ...PersonSummary\n      }\n      reports(first: $reportsFirst) {\n        edges {\n          node {\n            ...PersonSummary\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n      ...UserMemberships\n      ...UserAbilityFlags\n    }\n  }\n": typeof types.UserProfileDocument,
    "\n  query OrgChart($id: ID!, $reportsFirst: Int) {\n    user(id: $id) {\n      ...OrgChartPerson\n      managerChain {\n        ...OrgChartPerson\n      }\n      peers {\n        ...OrgChartPerson\n      }\n      reports(first: $reportsFirst) {\n        edges {\n          node {\n            ...OrgChartPerson\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n": typeof types.OrgChartDocument,
    "\n  query UserReportsPage($id: ID!, $first: Int, $after: String) {\n    user(id: $id) {\n      id\n      reports(first: $first, after: $after) {\n        edges {\n          node {\n            ...OrgChartPerson\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n": typeof types.UserReportsPageDocument,
    "\n  query TeamPage($id: ID!, $first: Int, $after: String) {\n    team(id: $id) {\n      ...TeamRef\n      description\n      contact\n      ...TeamLeadership\n      ancestors {\n        ...TeamRef\n      }\n      children(first: 100) {\n        edges {\n          node {\n            ...TeamRef\n            memberCount\n            childCount\n          }\n        }\n      }\n      abilities {\n        canEdit\n        canManageMembers\n        canEditDescription\n        canAppointLead\n      }\n      members(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            role\n            joinedAt\n            user {\n              ...PersonSummary\n              location\n            }\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n": typeof types.TeamPageDocument,
    "\n  query Departments {\n    departments {\n      ...TeamRef\n      childCount\n    }\n  }\n": typeof types.DepartmentsDocument,
    "\n  query TeamOptions($query: String, $first: Int) {\n    teamOptions(query: $query, first: $first) {\n      edges {\n        node {\n          id\n          name\n          path\n          depth\n        }\n      }\n    }\n  }\n": typeof types.TeamOptionsDocument,
    "\n  query TeamOption($id: ID!) {\n    team(id: $id) {\n      ...TeamRef\n      ancestors {\n        ...TeamRef\n      }\n    }\n  }\n": typeof types.TeamOptionDocument,
    "\n  query TeamChildren($id: ID!) {\n    team(id: $id) {\n      ...TeamRef\n      memberCount\n      children(first: 100) {\n        edges {\n          node {\n            ...TeamRef\n            memberCount\n            childCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.TeamChildrenDocument,
    "\n  query Locations {\n    locations {\n      location\n      people\n    }\n  }\n": typeof types.LocationsDocument,
    "\n  query OrgChartRoots($first: Int, $after: String) {\n    orgChartRoots(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...OrgChartPerson\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.OrgChartRootsDocument,
    "\n  query OrgBranch($id: ID!) {\n    user(id: $id) {\n      id\n      directReportCount\n      directReports {\n        ...OrgChartPerson\n      }\n    }\n  }\n": typeof types.OrgBranchDocument,
    "\n  query TeamTreeRoots {\n    departments {\n      ...TeamTreeNode\n    }\n  }\n": typeof types.TeamTreeRootsDocument,
    "\n  query TeamTreeBranch($id: ID!) {\n    team(id: $id) {\n      id\n      childCount\n      children(first: 50) {\n        edges {\n          node {\n            ...TeamTreeNode\n          }\n        }\n      }\n    }\n  }\n": typeof types.TeamTreeBranchDocument,
    "\n  query DirectorySearch($query: String, $teamId: ID, $includeSubTeams: Boolean, $location: String, $skill: String, $first: Int, $after: String) {\n    people(query: $query, teamId: $teamId, includeSubTeams: $includeSubTeams, location: $location, skill: $skill, first: $first, after: $after) {\n      totalCount\n      didYouMean {\n        query\n        location\n      }\n      edges {\n        cursor\n        node {\n          ...PersonSummary\n          location\n          skills\n          photoThumbnailUrl\n          ...UserMemberships\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": typeof types.DirectorySearchDocument,
    "\n  query PeopleSuggestions($query: String!, $first: Int!) {\n    people(query: $query, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...PersonSummary\n        }\n      }\n    }\n  }\n": typeof types.PeopleSuggestionsDocument,
    "\n  query PeopleExport($query: String, $teamId: ID, $includeSubTeams: Boolean, $location: String, $skill: String) {\n    peopleExport(query: $query, teamId: $teamId, includeSubTeams: $includeSubTeams, location: $location, skill: $skill) {\n      csv\n      rows\n      truncated\n    }\n  }\n": typeof types.PeopleExportDocument,
    "\n  fragment PersonSummary on User {\n    id\n    name\n    initials\n    photoThumbnailUrl\n    title\n  }\n": typeof types.PersonSummaryFragmentDoc,
    "\n  fragment TeamRef on Team {\n    id\n    name\n  }\n": typeof types.TeamRefFragmentDoc,
    "\n  fragment UserMemberships on User {\n    teams {\n      role\n      team {\n        ...TeamRef\n      }\n    }\n  }\n": typeof types.UserMembershipsFragmentDoc,
    "\n  fragment UserAbilityFlags on User {\n    abilities {\n      canEdit\n      canSuspend\n      canAssignRoles\n    }\n  }\n": typeof types.UserAbilityFlagsFragmentDoc,
    "\n  fragment UserDetails on User {\n    id\n    name\n    initials\n    email\n    title\n    location\n    locale\n    timeZone\n    startDate\n    manager {\n      ...PersonSummary\n    }\n  }\n": typeof types.UserDetailsFragmentDoc,
    "\n  fragment TeamLeadership on Team {\n    id\n    memberCount\n    lead {\n      ...PersonSummary\n    }\n  }\n": typeof types.TeamLeadershipFragmentDoc,
    "\n  fragment OrgChartPerson on User {\n    ...PersonSummary\n    directReportCount\n  }\n": typeof types.OrgChartPersonFragmentDoc,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": typeof types.PageInfoFieldsFragmentDoc,
    "\n  fragment TeamTreeNode on Team {\n    id\n    name\n    memberCount\n    childCount\n    lead {\n      id\n      name\n    }\n  }\n": typeof types.TeamTreeNodeFragmentDoc,
    "\n  fragment UserProfileFields on User {\n    about\n    pronouns\n    phone\n    workingHours {\n      days\n      start\n      end\n    }\n    languages\n    skills\n    photoUrl\n    photoThumbnailUrl\n  }\n": typeof types.UserProfileFieldsFragmentDoc,
    "\n  fragment DirectoryImportRowErrorFields on DirectoryImportRowError {\n    line\n    column\n    code\n    message\n  }\n": typeof types.DirectoryImportRowErrorFieldsFragmentDoc,
    "\n  mutation PreviewDirectoryImport($input: PreviewDirectoryImportInput!) {\n    previewDirectoryImport(input: $input) {\n      total\n      toCreate\n      toUpdate\n      unchanged\n      teamsToCreate\n      newTeamPaths\n      maxNewTeams\n      rejectedRows\n      errorCount\n      errors {\n        ...DirectoryImportRowErrorFields\n      }\n      rejectedCsv\n    }\n  }\n": typeof types.PreviewDirectoryImportDocument,
    "\n  mutation ApplyDirectoryImport($input: ApplyDirectoryImportInput!) {\n    applyDirectoryImport(input: $input) {\n      importId\n      mode\n      total\n      toCreate\n      toUpdate\n      unchanged\n      teamsToCreate\n      newTeamPaths\n      rejectedRows\n      errorCount\n      errors {\n        ...DirectoryImportRowErrorFields\n      }\n      rejectedCsv\n    }\n  }\n": typeof types.ApplyDirectoryImportDocument,
    "\n  query MyProfile($id: ID!) {\n    user(id: $id) {\n      ...PersonSummary\n      location\n      timeZone\n      manager {\n        ...PersonSummary\n      }\n      ...UserMemberships\n      ...UserProfileFields\n    }\n  }\n": typeof types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      user {\n        id\n        timeZone\n        ...UserProfileFields\n      }\n    }\n  }\n": typeof types.UpdateMyProfileDocument,
    "\n  mutation SetMyPhoto($input: SetMyPhotoInput!) {\n    setMyPhoto(input: $input) {\n      user {\n        id\n        photoUrl\n        photoThumbnailUrl\n      }\n    }\n  }\n": typeof types.SetMyPhotoDocument,
    "\n  mutation RemoveMyPhoto {\n    removeMyPhoto {\n      user {\n        id\n        photoUrl\n        photoThumbnailUrl\n      }\n    }\n  }\n": typeof types.RemoveMyPhotoDocument,
    "\n  fragment PostAnnouncement on Post {\n    announcement {\n      mustRead\n      audienceId\n      myReceipt {\n        deliveredAt\n        seenAt\n        readAt\n        acknowledgedAt\n      }\n    }\n  }\n": typeof types.PostAnnouncementFragmentDoc,
    "\n  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      post {\n        ...PostCard\n      }\n    }\n  }\n": typeof types.PublishAnnouncementDocument,
    "\n  mutation MarkAnnouncementSeen($id: ID!) {\n    markAnnouncementSeen(id: $id) {\n      post {\n        id\n        ...PostAnnouncement\n      }\n    }\n  }\n": typeof types.MarkAnnouncementSeenDocument,
    "\n  mutation MarkAnnouncementRead($id: ID!) {\n    markAnnouncementRead(id: $id) {\n      post {\n        id\n        ...PostAnnouncement\n      }\n    }\n  }\n": typeof types.MarkAnnouncementReadDocument,
    "\n  mutation AcknowledgeAnnouncement($id: ID!) {\n    acknowledgeAnnouncement(id: $id) {\n      post {\n        id\n        ...PostAnnouncement\n      }\n    }\n  }\n": typeof types.AcknowledgeAnnouncementDocument,
    "\n  fragment ReachCountsFields on ReachCounts {\n    audience\n    delivered\n    seen\n    read\n    acknowledged\n    seenPercent\n    readPercent\n    acknowledgedPercent\n  }\n": typeof types.ReachCountsFieldsFragmentDoc,
    "\n  query AnnouncementReach($id: ID!, $first: Int, $after: String) {\n    announcementReach(id: $id) {\n      id\n      audienceId\n      mustRead\n      lastRemindedAt\n      totals {\n        ...ReachCountsFields\n      }\n      teams(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            teamId\n            name\n            counts {\n              ...ReachCountsFields\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.AnnouncementReachDocument,
    "\n  query AnnouncementPending($id: ID!, $state: AnnouncementPendingState!, $first: Int, $after: String) {\n    announcementPending(id: $id, state: $state, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          deliveredAt\n          seenAt\n          readAt\n          user {\n            id\n            name\n            initials\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.AnnouncementPendingDocument,
    "\n  mutation RemindAnnouncement($id: ID!) {\n    remindAnnouncement(id: $id) {\n      remindedCount\n      nextReminderAt\n    }\n  }\n": typeof types.RemindAnnouncementDocument,
    "\n  fragment PostAuthor on User {\n    id\n    name\n    initials\n    photoThumbnailUrl\n  }\n": typeof types.PostAuthorFragmentDoc,
    "\n  fragment PostCard on Post {\n    id\n    teamId\n    body\n    bodyHtml\n    language\n    topics\n    status\n    rejectionReason\n    isAnnouncement\n    pinnedUntil\n    ...PostAnnouncement\n    version\n    editedAt\n    createdAt\n    commentCount\n    myReaction\n    author {\n      ...PostAuthor\n    }\n    abilities {\n      canEdit\n      canDelete\n      canModerate\n    }\n    reactionCounts {\n      kind\n      count\n    }\n    attachments {\n      id\n      name\n      mime\n      bytes\n      url\n      thumbnailUrl\n      width\n      height\n    }\n  }\n": typeof types.PostCardFragmentDoc,
    "\n  fragment FeedPage on PostConnection {\n    edges {\n      cursor\n      node {\n        ...PostCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.FeedPageFragmentDoc,
    "\n  query HomeFeed($first: Int, $after: String) {\n    homeFeed(first: $first, after: $after) {\n      ...FeedPage\n    }\n  }\n": typeof types.HomeFeedDocument,
    "\n  query CompanyFeed($first: Int, $after: String) {\n    companyFeed(first: $first, after: $after) {\n      ...FeedPage\n    }\n  }\n": typeof types.CompanyFeedDocument,
    "\n  query TeamFeedPosts($teamId: ID!, $first: Int, $after: String) {\n    teamFeedPosts(teamId: $teamId, first: $first, after: $after) {\n      ...FeedPage\n    }\n  }\n": typeof types.TeamFeedPostsDocument,
    "\n  query TopicFeed($topic: String!, $first: Int, $after: String) {\n    topicFeed(topic: $topic, first: $first, after: $after) {\n      ...FeedPage\n    }\n  }\n": typeof types.TopicFeedDocument,
    "\n  query PendingPosts($teamId: ID!, $first: Int, $after: String) {\n    pendingPosts(teamId: $teamId, first: $first, after: $after) {\n      ...FeedPage\n    }\n  }\n": typeof types.PendingPostsDocument,
    "\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostCard\n    }\n  }\n": typeof types.PostDocument,
    "\n  query PostVersions($id: ID!) {\n    post(id: $id) {\n      id\n      version\n      earlierVersions {\n        version\n        bodyHtml\n        createdAt\n      }\n    }\n  }\n": typeof types.PostVersionsDocument,
    "\n  query TeamFeed($teamId: ID!) {\n    teamFeed(teamId: $teamId) {\n      teamId\n      visibility\n      requiresApproval\n      viewerIsMember\n      canConfigure\n      viewerFollows\n    }\n  }\n": typeof types.TeamFeedDocument,
    "\n  query Topic($topic: String!) {\n    topic(topic: $topic) {\n      topic\n      viewerFollows\n    }\n  }\n": typeof types.TopicDocument,
    "\n  mutation ConfigureTeamFeed($input: TeamFeedSettingsInput!) {\n    configureTeamFeed(input: $input) {\n      teamId\n      visibility\n      requiresApproval\n      viewerIsMember\n      canConfigure\n    }\n  }\n": typeof types.ConfigureTeamFeedDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      post {\n        ...PostCard\n      }\n    }\n  }\n": typeof types.CreatePostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      post {\n        ...PostCard\n      }\n    }\n  }\n": typeof types.UpdatePostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n    }\n  }\n": typeof types.DeletePostDocument,
    "\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      post {\n        ...PostCard\n      }\n    }\n  }\n": typeof types.ModeratePostDocument,
    "\n  mutation React($input: ReactInput!) {\n    react(input: $input) {\n      post {\n        id\n        myReaction\n        reactionCounts {\n          kind\n          count\n        }\n      }\n    }\n  }\n": typeof types.ReactDocument,
    "\n  query PostReactors($id: ID!, $kind: ReactionKind, $first: Int, $after: String) {\n    post(id: $id) {\n      id\n      reactors(kind: $kind, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            kind\n            user {\n              ...PostAuthor\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.PostReactorsDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    postId\n    parentId\n    body\n    bodyHtml\n    createdAt\n    canDelete\n    author {\n      ...PostAuthor\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  fragment CommentRepliesPage on CommentConnection {\n    edges {\n      cursor\n      node {\n        ...CommentFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": typeof types.CommentRepliesPageFragmentDoc,
    "\n  query PostComments($id: ID!, $first: Int, $after: String) {\n    post(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...CommentFields\n            replies(first: 10) {\n              ...CommentRepliesPage\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.PostCommentsDocument,
    "\n  query CommentReplies($id: ID!, $first: Int, $after: String) {\n    comment(id: $id) {\n      id\n      replies(first: $first, after: $after) {\n        ...CommentRepliesPage\n      }\n    }\n  }\n": typeof types.CommentRepliesDocument,
    "\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      comment {\n        ...CommentFields\n      }\n    }\n  }\n": typeof types.CreateCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      id\n    }\n  }\n": typeof types.DeleteCommentDocument,
    "\n  query MentionSuggestions($query: String!, $teamId: ID) {\n    mentionSuggestions(query: $query, teamId: $teamId) {\n      people {\n        ...PostAuthor\n        title\n      }\n      teams {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MentionSuggestionsDocument,
    "\n  query RenderPostPreview($body: String!, $teamId: ID) {\n    renderPostPreview(body: $body, teamId: $teamId) {\n      html\n      topics\n    }\n  }\n": typeof types.RenderPostPreviewDocument,
    "\n  query Discover {\n    discover {\n      teams {\n        teamId\n        postCount\n        viewerFollows\n      }\n      topics {\n        topic\n        postCount\n        viewerFollows\n      }\n    }\n  }\n": typeof types.DiscoverDocument,
    "\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      kind\n      target\n      following\n    }\n  }\n": typeof types.FollowDocument,
    "\n  mutation Unfollow($input: FollowInput!) {\n    unfollow(input: $input) {\n      kind\n      target\n      following\n    }\n  }\n": typeof types.UnfollowDocument,
    "\n  query MyFeedTeams($id: ID!) {\n    user(id: $id) {\n      id\n      teams {\n        role\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MyFeedTeamsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": typeof types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          available\n          targetType\n          targetId\n          data {\n            key\n            id\n          }\n          actorCount\n          createdAt\n          updatedAt\n          readAt\n          actors {\n            id\n            name\n            initials\n            photoThumbnailUrl\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(input: { ids: $ids }) {\n      unreadCount\n    }\n  }\n": typeof types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      unreadCount\n    }\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n      defaultChannel\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      channel\n      defaultChannel\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  query MailOutbox($first: Int, $after: String) {\n    mailOutbox(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MailOutboxDocument,
    "\n  fragment PolicyStatusFields on PolicyReaderStatus {\n    state\n    dueAt\n    acknowledgedAt\n    acknowledgedVersion\n    acknowledgedVersionId\n  }\n": typeof types.PolicyStatusFieldsFragmentDoc,
    "\n  fragment PolicyCardFields on Policy {\n    id\n    title\n    kind\n    category\n    tags\n    retiredAt\n    currentVersion {\n      id\n      label\n      effectiveAt\n    }\n    viewerStatus {\n      ...PolicyStatusFields\n    }\n  }\n": typeof types.PolicyCardFieldsFragmentDoc,
    "\n  query Policies($first: Int, $after: String) {\n    policies(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PolicyCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PoliciesDocument,
    "\n  query MyPolicies($first: Int, $after: String) {\n    myPolicies(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          policy {\n            ...PolicyCardFields\n          }\n          status {\n            ...PolicyStatusFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyPoliciesDocument,
    "\n  fragment PolicyVersionFields on PolicyVersion {\n    id\n    label\n    major\n    minor\n    isMajor\n    status\n    changeSummary\n    effectiveAt\n    publishedAt\n    languages\n    fallbackLanguage\n    acknowledgementMethod\n    dueInDays\n  }\n": typeof types.PolicyVersionFieldsFragmentDoc,
    "\n  fragment PolicyReviewFields on PolicyReview {\n    reviewer {\n      id\n      name\n    }\n    decision\n    comment\n    requestedAt\n    decidedAt\n  }\n": typeof types.PolicyReviewFieldsFragmentDoc,
    "\n  query Policy($id: ID!, $language: String) {\n    policy(id: $id) {\n      ...PolicyCardFields\n      owner {\n        id\n        name\n      }\n      abilities {\n        canManage\n        canAcknowledge\n      }\n      currentVersion {\n        ...PolicyVersionFields\n        reading(language: $language) {\n          language\n          requestedLanguage\n          isFallback\n          title\n          bodyHtml\n          acknowledgementText\n          textHash\n        }\n        changesSinceSigned(language: $language) {\n          fromVersionId\n          fromLabel\n          fromLanguage\n          toLanguage\n          addedWords\n          removedWords\n          changes {\n            kind\n            text\n          }\n        }\n      }\n      draftVersion {\n        ...PolicyVersionFields\n        reviews {\n          ...PolicyReviewFields\n        }\n      }\n      versions {\n        ...PolicyVersionFields\n      }\n    }\n  }\n": typeof types.PolicyDocument,
    "\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      policy {\n        ...PolicyCardFields\n      }\n    }\n  }\n": typeof types.CreatePolicyDocument,
    "\n  mutation DraftPolicyVersion($input: DraftPolicyVersionInput!) {\n    draftPolicyVersion(input: $input) {\n      version {\n        ...PolicyVersionFields\n      }\n    }\n  }\n": typeof types.DraftPolicyVersionDocument,
    "\n  mutation PublishPolicyVersion($id: ID!) {\n    publishPolicyVersion(id: $id) {\n      version {\n        ...PolicyVersionFields\n      }\n    }\n  }\n": typeof types.PublishPolicyVersionDocument,
    "\n  mutation AcknowledgePolicy($input: AcknowledgePolicyInput!) {\n    acknowledgePolicy(input: $input) {\n      acknowledgement {\n        id\n        versionLabel\n        acknowledgedAt\n      }\n      policy {\n        ...PolicyCardFields\n        abilities {\n          canManage\n          canAcknowledge\n        }\n      }\n    }\n  }\n": typeof types.AcknowledgePolicyDocument,
    "\n  mutation StartPolicyQuiz($input: StartPolicyQuizInput!) {\n    startPolicyQuiz(input: $input) {\n      attempt {\n        id\n        versionId\n        language\n        number\n        maxAttempts\n        passMark\n        questions {\n          id\n          prompt\n          multiple\n          options {\n            id\n            text\n          }\n        }\n      }\n    }\n  }\n": typeof types.StartPolicyQuizDocument,
    "\n  query PolicyEvidence($policyId: ID!, $versionId: ID, $first: Int, $after: String) {\n    policyEvidence(policyId: $policyId, versionId: $versionId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          position\n          versionLabel\n          language\n          method\n          acknowledgedAt\n          textHash\n          hash\n          intact\n          user {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PolicyEvidenceDocument,
    "\n  query VerifyPolicyEvidence {\n    verifyPolicyEvidence {\n      ok\n      checked\n      headPosition\n      problems {\n        kind\n        position\n        rowId\n        missing\n      }\n    }\n  }\n": typeof types.VerifyPolicyEvidenceDocument,
    "\n  query PolicyCompliance($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID, $location: String, $role: Role) {\n    policyCompliance(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, location: $location, role: $role) {\n      versionId\n      policyId\n      versionLabel\n      groupBy\n      parentId\n      parentName\n      organizationWide\n      totals {\n        audience\n        acknowledged\n        pending\n        overdue\n        percent\n      }\n      groups {\n        id\n        name\n        audience\n        acknowledged\n        pending\n        overdue\n        percent\n      }\n    }\n  }\n": typeof types.PolicyComplianceDocument,
    "\n  query PolicyCompliancePeople($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID, $first: Int, $after: String, $location: String, $role: Role) {\n    policyCompliancePeople(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, first: $first, after: $after, location: $location, role: $role) {\n      edges {\n        cursor\n        node {\n          user {\n            id\n            name\n          }\n          state\n          dueAt\n          acknowledgedAt\n          acknowledgedVersion\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PolicyCompliancePeopleDocument,
    "\n  query PolicyComplianceCsv($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID, $location: String, $role: Role) {\n    policyComplianceCsv(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, location: $location, role: $role)\n  }\n": typeof types.PolicyComplianceCsvDocument,
    "\n  query PolicyEvidenceCsv($versionId: ID!) {\n    policyEvidenceCsv(versionId: $versionId)\n  }\n": typeof types.PolicyEvidenceCsvDocument,
    "\n  query PolicyComplianceTrend($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID, $location: String, $role: Role) {\n    policyComplianceTrend(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, location: $location, role: $role) {\n      day\n      audience\n      acknowledged\n      pending\n      overdue\n      percent\n    }\n  }\n": typeof types.PolicyComplianceTrendDocument,
    "\n  mutation RequestPolicyReview($input: RequestPolicyReviewInput!) {\n    requestPolicyReview(input: $input) {\n      version {\n        id\n        reviews {\n          ...PolicyReviewFields\n        }\n      }\n    }\n  }\n": typeof types.RequestPolicyReviewDocument,
    "\n  fragment PolicyReviewRequestFields on PolicyReviewRequest {\n    policyId\n    policyTitle\n    policyKind\n    policyCategory\n    version {\n      id\n      label\n      status\n      isMajor\n      changeSummary\n      languages\n      acknowledgementMethod\n    }\n    review {\n      decision\n      comment\n      requestedAt\n      decidedAt\n      requestedBy {\n        id\n        name\n      }\n    }\n  }\n": typeof types.PolicyReviewRequestFieldsFragmentDoc,
    "\n  query MyPolicyReviews($first: Int, $after: String) {\n    myPolicyReviews(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PolicyReviewRequestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.MyPolicyReviewsDocument,
    "\n  query PolicyReviewRequest($versionId: ID!, $language: String) {\n    policyReviewRequest(versionId: $versionId) {\n      ...PolicyReviewRequestFields\n      version {\n        id\n        reading(language: $language) {\n          language\n          isFallback\n          title\n          bodyHtml\n          acknowledgementText\n        }\n      }\n    }\n  }\n": typeof types.PolicyReviewRequestDocument,
    "\n  mutation ReviewPolicyVersion($input: ReviewPolicyVersionInput!) {\n    reviewPolicyVersion(input: $input) {\n      request {\n        ...PolicyReviewRequestFields\n      }\n    }\n  }\n": typeof types.ReviewPolicyVersionDocument,
    "\n  fragment SearchHitFields on SearchHit {\n    kind\n    id\n    title\n    snippetHtml\n    url\n    updatedAt\n    language\n    author {\n      id\n      name\n      initials\n      teams {\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SearchHitFieldsFragmentDoc,
    "\n  query Search($query: String!, $kinds: [SearchKind!], $first: Int, $after: String, $authorId: ID, $language: String, $updatedSince: DateTime, $typing: Boolean) {\n    search(query: $query, kinds: $kinds, first: $first, after: $after, authorId: $authorId, language: $language, updatedSince: $updatedSince, typing: $typing) {\n      edges {\n        cursor\n        node {\n          ...SearchHitFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      counts {\n        kind\n        count\n        capped\n      }\n    }\n  }\n": typeof types.SearchDocument,
    "\n  query Similar($text: String!, $kinds: [SearchKind!], $first: Int) {\n    similar(text: $text, kinds: $kinds, first: $first) {\n      ...SearchHitFields\n    }\n  }\n": typeof types.SimilarDocument,
    "\n  query SearchSuggestion($query: String!, $kinds: [SearchKind!]) {\n    searchSuggestion(query: $query, kinds: $kinds)\n  }\n": typeof types.SearchSuggestionDocument,
    "\n  query PendingTrainingEvidence($first: Int, $after: String) {\n    pendingTrainingEvidence(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          enrolmentId\n          userId\n          personName\n          courseId\n          courseTitle\n          moduleTitle\n          submittedAt\n          file {\n            id\n            name\n            mime\n            url\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.PendingTrainingEvidenceDocument,
    "\n  query PendingTrainingEvidenceCount {\n    pendingTrainingEvidenceCount\n  }\n": typeof types.PendingTrainingEvidenceCountDocument,
    "\n  mutation ReviewTrainingEvidence($input: ReviewTrainingEvidenceInput!) {\n    reviewTrainingEvidence(input: $input)\n  }\n": typeof types.ReviewTrainingEvidenceDocument,
    "\n  mutation NudgeTraining($courseId: ID!, $userId: ID, $teamId: ID) {\n    nudgeTraining(courseId: $courseId, userId: $userId, teamId: $teamId)\n  }\n": typeof types.NudgeTrainingDocument,
    "\n  fragment TrainingCountsFields on TrainingCounts {\n    required\n    done\n    overdue\n    expired\n    percent\n  }\n": typeof types.TrainingCountsFieldsFragmentDoc,
    "\n  query TrainingRollup($courseId: ID) {\n    trainingRollup(courseId: $courseId) {\n      totals {\n        ...TrainingCountsFields\n      }\n      groups {\n        teamId\n        name\n        parentId\n        counts {\n          ...TrainingCountsFields\n        }\n      }\n    }\n  }\n": typeof types.TrainingRollupDocument,
    "\n  query TrainingCourseReport($courseId: ID!) {\n    trainingCourseCompletion(courseId: $courseId) {\n      ...TrainingCountsFields\n    }\n    trainingCompletionTrend(courseId: $courseId) {\n      month\n      required\n      done\n      percent\n    }\n  }\n": typeof types.TrainingCourseReportDocument,
    "\n  fragment TrainingEnrolmentFields on TrainingEnrolment {\n    id\n    userId\n    courseId\n    courseTitle\n    cycle\n    status\n    enrolledAt\n    dueAt\n    completedAt\n    expiresAt\n    modulesDone\n    modulesTotal\n    certificate {\n      id\n      code\n      completedAt\n      expiresAt\n      pdfUrl\n    }\n  }\n": typeof types.TrainingEnrolmentFieldsFragmentDoc,
    "\n  query MyTraining {\n    myTraining {\n      assigned {\n        ...TrainingEnrolmentFields\n      }\n      inProgress {\n        ...TrainingEnrolmentFields\n      }\n      dueSoon {\n        ...TrainingEnrolmentFields\n      }\n      overdue {\n        ...TrainingEnrolmentFields\n      }\n      completed {\n        ...TrainingEnrolmentFields\n      }\n    }\n  }\n": typeof types.MyTrainingDocument,
    "\n  fragment TrainingPlayerFields on TrainingPlayer {\n    resumeModuleId\n    enrolment {\n      ...TrainingEnrolmentFields\n    }\n    course {\n      id\n      versionId\n      title\n      description\n      estimatedMinutes\n      validityMonths\n    }\n    modules {\n      done\n      completedAt\n      score\n      evidenceStatus\n      evidenceReason\n      bookedSessionId\n      module {\n        id\n        kind\n        title\n        position\n        contentHtml\n        url\n        policyId\n        passMark\n        maxAttempts\n        drawCount\n        sessions {\n          id\n          startsAt\n          endsAt\n          place\n          capacity\n          seatsLeft\n        }\n      }\n    }\n  }\n": typeof types.TrainingPlayerFieldsFragmentDoc,
    "\n  query TrainingPlayer($enrolmentId: ID!) {\n    trainingPlayer(enrolmentId: $enrolmentId) {\n      ...TrainingPlayerFields\n    }\n  }\n": typeof types.TrainingPlayerDocument,
    "\n  mutation CompleteTrainingModule($enrolmentId: ID!, $moduleId: ID!) {\n    completeTrainingModule(enrolmentId: $enrolmentId, moduleId: $moduleId) {\n      player {\n        ...TrainingPlayerFields\n      }\n    }\n  }\n": typeof types.CompleteTrainingModuleDocument,
    "\n  mutation BookTrainingSession($enrolmentId: ID!, $sessionId: ID!) {\n    bookTrainingSession(enrolmentId: $enrolmentId, sessionId: $sessionId) {\n      player {\n        ...TrainingPlayerFields\n      }\n    }\n  }\n": typeof types.BookTrainingSessionDocument,
    "\n  mutation CancelTrainingSessionBooking($enrolmentId: ID!, $moduleId: ID!) {\n    cancelTrainingSessionBooking(enrolmentId: $enrolmentId, moduleId: $moduleId) {\n      player {\n        ...TrainingPlayerFields\n      }\n    }\n  }\n": typeof types.CancelTrainingSessionBookingDocument,
    "\n  mutation ConfirmTrainingAttendance($enrolmentId: ID!, $moduleId: ID!) {\n    confirmTrainingAttendance(enrolmentId: $enrolmentId, moduleId: $moduleId) {\n      player {\n        ...TrainingPlayerFields\n      }\n    }\n  }\n": typeof types.ConfirmTrainingAttendanceDocument,
    "\n  mutation StartTrainingQuiz($enrolmentId: ID!, $moduleId: ID!) {\n    startTrainingQuiz(enrolmentId: $enrolmentId, moduleId: $moduleId) {\n      id\n      number\n      maxAttempts\n      passMark\n      questions {\n        id\n        prompt\n        multiple\n        options {\n          id\n          text\n        }\n      }\n    }\n  }\n": typeof types.StartTrainingQuizDocument,
    "\n  mutation SubmitTrainingQuiz($input: SubmitTrainingQuizInput!) {\n    submitTrainingQuiz(input: $input) {\n      player {\n        ...TrainingPlayerFields\n      }\n    }\n  }\n": typeof types.SubmitTrainingQuizDocument,
    "\n  mutation SubmitTrainingEvidence($enrolmentId: ID!, $moduleId: ID!, $fileId: ID!) {\n    submitTrainingEvidence(enrolmentId: $enrolmentId, moduleId: $moduleId, fileId: $fileId)\n  }\n": typeof types.SubmitTrainingEvidenceDocument,
    "\n  query TrainingMatrix($managerId: ID, $teamId: ID) {\n    trainingMatrix(managerId: $managerId, teamId: $teamId) {\n      columns {\n        courseId\n        title\n      }\n      rows {\n        userId\n        name\n        teamId\n        teamName\n        overdueCount\n        statuses\n        dates\n      }\n    }\n  }\n": typeof types.TrainingMatrixDocument,
    "\n  query TrainingMatrixCsv($managerId: ID, $teamId: ID) {\n    trainingMatrixCsv(managerId: $managerId, teamId: $teamId)\n  }\n": typeof types.TrainingMatrixCsvDocument,
    "\n  query VerifyTrainingCertificate($code: String!) {\n    verifyTrainingCertificate(code: $code) {\n      personName\n      courseTitle\n      completedAt\n      expiresAt\n      valid\n    }\n  }\n": typeof types.VerifyTrainingCertificateDocument,
    "\n  fragment TrainingCourseCardFields on TrainingCourse {\n    id\n    versionId\n    status\n    version\n    title\n    category\n    estimatedMinutes\n    validityMonths\n    languages\n    modules {\n      id\n      kind\n    }\n  }\n": typeof types.TrainingCourseCardFieldsFragmentDoc,
    "\n  query TrainingCourses($first: Int, $after: String, $status: TrainingCourseStatus) {\n    trainingCourses(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          ...TrainingCourseCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TrainingCoursesDocument,
    "\n  fragment TrainingCourseEditorFields on TrainingCourse {\n    id\n    status\n    version\n    versionId\n    title\n    description\n    category\n    estimatedMinutes\n    languages\n    validityMonths\n    selfEnrol\n    modules {\n      id\n      position\n      kind\n      title\n      content\n      url\n      policyId\n      passMark\n      maxAttempts\n      drawCount\n      sessions {\n        id\n        startsAt\n        endsAt\n        place\n        capacity\n        seatsLeft\n      }\n      questionBank {\n        prompt\n        multiple\n        options {\n          text\n          correct\n        }\n      }\n    }\n  }\n": typeof types.TrainingCourseEditorFieldsFragmentDoc,
    "\n  query TrainingCourse($id: ID!) {\n    trainingCourse(id: $id) {\n      ...TrainingCourseEditorFields\n    }\n  }\n": typeof types.TrainingCourseDocument,
    "\n  mutation CreateTrainingCourse($input: TrainingCourseInput!) {\n    createTrainingCourse(input: $input) {\n      ...TrainingCourseEditorFields\n    }\n  }\n": typeof types.CreateTrainingCourseDocument,
    "\n  mutation UpdateTrainingCourse($id: ID!, $input: TrainingCourseInput!) {\n    updateTrainingCourse(id: $id, input: $input) {\n      ...TrainingCourseEditorFields\n    }\n  }\n": typeof types.UpdateTrainingCourseDocument,
    "\n  mutation PublishTrainingCourse($id: ID!) {\n    publishTrainingCourse(id: $id) {\n      ...TrainingCourseEditorFields\n    }\n  }\n": typeof types.PublishTrainingCourseDocument,
    "\n  mutation ArchiveTrainingCourse($id: ID!) {\n    archiveTrainingCourse(id: $id) {\n      ...TrainingCourseEditorFields\n    }\n  }\n": typeof types.ArchiveTrainingCourseDocument,
    "\n  mutation AssignTraining($input: AssignTrainingInput!) {\n    assignTraining(input: $input) {\n      id\n      enrolled\n    }\n  }\n": typeof types.AssignTrainingDocument,
    "\n  query TrainingHistory($userId: ID!, $first: Int, $after: String) {\n    user(id: $userId) {\n      id\n      name\n    }\n    trainingHistory(userId: $userId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TrainingEnrolmentFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.TrainingHistoryDocument,
    "\n  query WikiPageEditors($id: ID!) {\n    wikiPage(id: $id) {\n      id\n      editors {\n        id\n        name\n        initials\n        photoThumbnailUrl\n      }\n    }\n  }\n": typeof types.WikiPageEditorsDocument,
    "\n  mutation RestoreArchivedWikiPage($pageId: ID!) {\n    restoreArchivedWikiPage(pageId: $pageId) {\n      page {\n        ...WikiPageFields\n      }\n    }\n  }\n": typeof types.RestoreArchivedWikiPageDocument,
    "\n  query WikiSpaceArchiveSetting($id: ID!) {\n    wikiSpace(id: $id) {\n      id\n      archiveUnverifiedAfterDays\n    }\n  }\n": typeof types.WikiSpaceArchiveSettingDocument,
    "\n  mutation SetWikiSpaceArchiveSetting($input: UpdateWikiSpaceInput!) {\n    updateWikiSpace(input: $input) {\n      space {\n        id\n        archiveUnverifiedAfterDays\n      }\n    }\n  }\n": typeof types.SetWikiSpaceArchiveSettingDocument,
    "\n  query RenderWikiPreview($spaceId: ID!, $body: String!) {\n    renderWikiPreview(spaceId: $spaceId, body: $body) {\n      html\n      brokenLinks\n    }\n  }\n": typeof types.RenderWikiPreviewDocument,
    "\n  fragment WikiSpaceFields on WikiSpace {\n    id\n    key\n    name\n    description\n    visibility\n    outsiderAccess\n    reviewCycleMonths\n    viewerRole\n    abilities {\n      canEdit\n      canAdmin\n    }\n  }\n": typeof types.WikiSpaceFieldsFragmentDoc,
    "\n  fragment WikiTreePageFields on WikiPage {\n    id\n    slug\n    title\n    language\n    position\n    hasChildren\n  }\n": typeof types.WikiTreePageFieldsFragmentDoc,
    "\n  fragment WikiPageFields on WikiPage {\n    id\n    slug\n    title\n    language\n    body\n    bodyHtml\n    revisionNumber\n    hasChildren\n    reviewBy\n    needsVerification\n    verifiedAt\n    archivedAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n    verifiedBy {\n      id\n      name\n    }\n    abilities {\n      canEdit\n      canAdmin\n    }\n    breadcrumbs {\n      id\n      title\n      slug\n    }\n    space {\n      ...WikiSpaceFields\n    }\n  }\n": typeof types.WikiPageFieldsFragmentDoc,
    "\n  query WikiSpaces($first: Int, $after: String) {\n    wikiSpaces(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...WikiSpaceFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": typeof types.WikiSpacesDocument,
    "\n  query WikiSpaceByKey($key: String!) {\n    wikiSpaceByKey(key: $key) {\n      ...WikiSpaceFields\n    }\n  }\n": typeof types.WikiSpaceByKeyDocument,
    "\n  query WikiTreeLevel($spaceId: ID!, $parentId: ID, $first: Int, $after: String) {\n    wikiSpace(id: $spaceId) {\n      id\n      pages(parentId: $parentId, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...WikiTreePageFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.WikiTreeLevelDocument,
    "\n  query WikiPageBySlug($spaceKey: String!, $slug: String!) {\n    wikiPageBySlug(spaceKey: $spaceKey, slug: $slug) {\n      ...WikiPageFields\n      viewStats {\n        views\n        viewers\n        last30Days\n      }\n      backlinks {\n        id\n        title\n        slug\n        spaceKey\n        spaceName\n      }\n    }\n  }\n": typeof types.WikiPageBySlugDocument,
    "\n  query WikiEditPage($spaceKey: String!, $slug: String!) {\n    wikiPageBySlug(spaceKey: $spaceKey, slug: $slug) {\n      ...WikiPageFields\n      myDraft {\n        baseRevision\n        title\n        body\n        updatedAt\n      }\n    }\n  }\n": typeof types.WikiEditPageDocument,
    "\n  query WikiRevision($pageId: ID!, $number: Int!) {\n    wikiRevision(pageId: $pageId, number: $number) {\n      id\n      number\n      title\n      body\n      bodyHtml\n      summary\n      language\n      restoredFrom\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n": typeof types.WikiRevisionDocument,
    "\n  query WikiRevisions($spaceKey: String!, $slug: String!, $first: Int, $after: String) {\n    wikiPageBySlug(spaceKey: $spaceKey, slug: $slug) {\n      id\n      slug\n      title\n      revisionNumber\n      abilities {\n        canEdit\n        canAdmin\n      }\n      space {\n        id\n        key\n        name\n      }\n      revisions(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            number\n            title\n            summary\n            language\n            restoredFrom\n            createdAt\n            author {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.WikiRevisionsDocument,
    "\n  query WikiDiff($pageId: ID!, $from: Int!, $to: Int!) {\n    wikiDiff(pageId: $pageId, from: $from, to: $to) {\n      from\n      to\n      titleParts {\n        kind\n        value\n      }\n      parts {\n        kind\n        value\n      }\n    }\n  }\n": typeof types.WikiDiffDocument,
    "\n  query WikiTemplates {\n    wikiTemplates {\n      id\n      name\n      description\n      title\n      body\n      language\n      builtIn\n    }\n  }\n": typeof types.WikiTemplatesDocument,
    "\n  query WikiLinkTargets($query: String!, $spaceId: ID) {\n    wikiLinkTargets(query: $query, spaceId: $spaceId) {\n      id\n      title\n      slug\n      spaceId\n      spaceKey\n      spaceName\n    }\n  }\n": typeof types.WikiLinkTargetsDocument,
    "\n  mutation CreateWikiSpace($input: CreateWikiSpaceInput!) {\n    createWikiSpace(input: $input) {\n      space {\n        ...WikiSpaceFields\n      }\n    }\n  }\n": typeof types.CreateWikiSpaceDocument,
    "\n  mutation CreateWikiPage($input: CreateWikiPageInput!) {\n    createWikiPage(input: $input) {\n      page {\n        ...WikiTreePageFields\n      }\n    }\n  }\n": typeof types.CreateWikiPageDocument,
    "\n  mutation SaveWikiPage($input: SaveWikiPageInput!) {\n    saveWikiPage(input: $input) {\n      page {\n        ...WikiPageFields\n      }\n      revision {\n        id\n        number\n      }\n    }\n  }\n": typeof types.SaveWikiPageDocument,
    "\n  mutation RestoreWikiRevision($input: RestoreWikiRevisionInput!) {\n    restoreWikiRevision(input: $input) {\n      page {\n        ...WikiPageFields\n      }\n      revision {\n        id\n        number\n      }\n    }\n  }\n": typeof types.RestoreWikiRevisionDocument,
    "\n  mutation SaveWikiDraft($input: SaveWikiDraftInput!) {\n    saveWikiDraft(input: $input) {\n      draft {\n        baseRevision\n        title\n        body\n        updatedAt\n      }\n    }\n  }\n": typeof types.SaveWikiDraftDocument,
    "\n  mutation DiscardWikiDraft($pageId: ID!) {\n    discardWikiDraft(pageId: $pageId) {\n      page {\n        id\n        myDraft {\n          baseRevision\n        }\n      }\n    }\n  }\n": typeof types.DiscardWikiDraftDocument,
    "\n  mutation RecordWikiPageView($pageId: ID!) {\n    recordWikiPageView(pageId: $pageId)\n  }\n": typeof types.RecordWikiPageViewDocument,
    "\n  mutation MoveWikiPage($input: MoveWikiPageInput!) {\n    moveWikiPage(input: $input) {\n      page {\n        id\n        breadcrumbs {\n          id\n          title\n          slug\n        }\n      }\n    }\n  }\n": typeof types.MoveWikiPageDocument,
    "\n  mutation VerifyWikiPage($pageId: ID!) {\n    verifyWikiPage(pageId: $pageId) {\n      page {\n        id\n        archivedAt\n        reviewBy\n        needsVerification\n        verifiedAt\n        verifiedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.VerifyWikiPageDocument,
    "\n  query WikiPageLocation($id: ID!) {\n    wikiPage(id: $id) {\n      id\n      slug\n      space {\n        id\n        key\n      }\n    }\n  }\n": typeof types.WikiPageLocationDocument,
    "\n  query WikiViewer {\n    abilities {\n      canCreateWikiSpaces\n      canManageWikiTemplates\n    }\n  }\n": typeof types.WikiViewerDocument,
    "\n  query WikiSpaceSettings($key: String!, $first: Int, $after: String) {\n    wikiSpaceByKey(key: $key) {\n      ...WikiSpaceFields\n      team {\n        id\n        name\n      }\n      members(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            role\n            user {\n              id\n              name\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": typeof types.WikiSpaceSettingsDocument,
    "\n  mutation UpdateWikiSpace($input: UpdateWikiSpaceInput!) {\n    updateWikiSpace(input: $input) {\n      space {\n        ...WikiSpaceFields\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.UpdateWikiSpaceDocument,
    "\n  mutation SetWikiSpaceMember($input: SetWikiSpaceMemberInput!) {\n    setWikiSpaceMember(input: $input) {\n      space {\n        ...WikiSpaceFields\n      }\n    }\n  }\n": typeof types.SetWikiSpaceMemberDocument,
    "\n  fragment WikiTemplateFields on WikiTemplate {\n    id\n    name\n    description\n    title\n    body\n    language\n    builtIn\n  }\n": typeof types.WikiTemplateFieldsFragmentDoc,
    "\n  mutation CreateWikiTemplate($input: CreateWikiTemplateInput!) {\n    createWikiTemplate(input: $input) {\n      template {\n        ...WikiTemplateFields\n      }\n    }\n  }\n": typeof types.CreateWikiTemplateDocument,
    "\n  mutation UpdateWikiTemplate($input: UpdateWikiTemplateInput!) {\n    updateWikiTemplate(input: $input) {\n      template {\n        ...WikiTemplateFields\n      }\n    }\n  }\n": typeof types.UpdateWikiTemplateDocument,
    "\n  mutation DeleteWikiTemplate($id: ID!) {\n    deleteWikiTemplate(id: $id)\n  }\n": typeof types.DeleteWikiTemplateDocument,
    "\n  query WikiPageStewardship($id: ID!) {\n    wikiPage(id: $id) {\n      id\n      reviewCycleMonths\n      reviewBy\n      needsVerification\n      owner {\n        id\n        name\n      }\n      space {\n        id\n        reviewCycleMonths\n      }\n    }\n  }\n": typeof types.WikiPageStewardshipDocument,
    "\n  mutation SetWikiPageOwner($input: SetWikiPageOwnerInput!) {\n    setWikiPageOwner(input: $input) {\n      page {\n        id\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.SetWikiPageOwnerDocument,
    "\n  mutation SetWikiPageReviewCycle($input: SetWikiPageReviewCycleInput!) {\n    setWikiPageReviewCycle(input: $input) {\n      page {\n        id\n        reviewCycleMonths\n        reviewBy\n        needsVerification\n      }\n    }\n  }\n": typeof types.SetWikiPageReviewCycleDocument,
    "\n  query WikiSpaceReports($spaceId: ID!) {\n    wikiBrokenLinks(spaceId: $spaceId) {\n      label\n      target\n      page {\n        id\n        title\n        slug\n        spaceKey\n      }\n    }\n    wikiDepartedOwnerPages(spaceId: $spaceId) {\n      id\n      title\n      slug\n      language\n      updatedAt\n      owner {\n        id\n        name\n      }\n    }\n  }\n": typeof types.WikiSpaceReportsDocument,
};
const documents: Documents = {
    "\n  fragment AudienceSummary on Audience {\n    id\n    name\n    version\n    memberCount\n    createdAt\n  }\n": types.AudienceSummaryFragmentDoc,
    "\n  query AudiencePreview($rules: AudienceRulesInput!) {\n    audiencePreview(rules: $rules) {\n      count\n      sample {\n        userId\n        name\n        initials\n        title\n      }\n    }\n  }\n": types.AudiencePreviewDocument,
    "\n  mutation CreateAudience($input: CreateAudienceInput!) {\n    createAudience(input: $input) {\n      audience {\n        ...AudienceSummary\n      }\n    }\n  }\n": types.CreateAudienceDocument,
    "\n  query AudienceSummary($id: ID!) {\n    audience(id: $id) {\n      id\n      version\n      memberCount\n    }\n  }\n": types.AudienceSummaryDocument,
    "\n  fragment SavedAudienceRow on Audience {\n    id\n    name\n    memberCount\n    version\n    updatedAt\n    owner {\n      id\n      name\n    }\n    usages {\n      kind\n      count\n    }\n    abilities {\n      canEdit\n    }\n  }\n": types.SavedAudienceRowFragmentDoc,
    "\n  query SavedAudiences($first: Int, $after: String, $query: String) {\n    savedAudiences(first: $first, after: $after, query: $query) {\n      edges {\n        cursor\n        node {\n          ...SavedAudienceRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.SavedAudiencesDocument,
    "\n  fragment StoredAudienceRule on AudienceRule {\n    kind\n    teamId\n    includeSubTeams\n    location\n    role\n    managerId\n    direct\n    userIds\n    people {\n      userId\n      name\n    }\n  }\n": types.StoredAudienceRuleFragmentDoc,
    "\n  query SavedAudience($id: ID!) {\n    audience(id: $id) {\n      ...SavedAudienceRow\n      rules {\n        include {\n          ...StoredAudienceRule\n        }\n        exclude {\n          ...StoredAudienceRule\n        }\n      }\n    }\n  }\n": types.SavedAudienceDocument,
    "\n  mutation UpdateAudience($input: UpdateAudienceInput!) {\n    updateAudience(input: $input) {\n      audience {\n        ...SavedAudienceRow\n      }\n    }\n  }\n": types.UpdateAudienceDocument,
    "\n  query AudiencePreviewMembers($rules: AudienceRulesInput!, $first: Int, $after: String) {\n    audiencePreviewMembers(rules: $rules, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          userId\n          name\n          initials\n          title\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AudiencePreviewMembersDocument,
    "\n  query AudienceChoices($query: String) {\n    savedAudiences(first: 50, query: $query) {\n      edges {\n        node {\n          id\n          name\n          memberCount\n        }\n      }\n    }\n  }\n": types.AudienceChoicesDocument,
    "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    initials\n    photoThumbnailUrl\n    title\n    locale\n    timeZone\n    roles\n  }\n": types.SessionUserFragmentDoc,
    "\n  fragment ViewerAbilityFlags on ViewerAbilities {\n    canManagePeople\n    canAssignRoles\n    canManageTeams\n    canImport\n    canManageAudiences\n    canReadMailOutbox\n    canManagePolicies\n    canViewCompliance\n    canVerifyPolicyEvidence\n    canManageTraining\n    canViewTrainingMatrix\n    canAnnounce\n    canAnnounceToAnyone\n  }\n": types.ViewerAbilityFlagsFragmentDoc,
    "\n  query Me {\n    me {\n      ...SessionUser\n    }\n    abilities {\n      ...ViewerAbilityFlags\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        ...SessionUser\n      }\n      abilities {\n        ...ViewerAbilityFlags\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut {\n      ok\n    }\n  }\n": types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere {\n      ok\n      revokedSessions\n    }\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n      revokedSessions\n    }\n  }\n": types.ChangePasswordDocument,
    "\n  mutation UpdateMySettings($input: UpdateMySettingsInput!) {\n    updateMySettings(input: $input) {\n      user {\n        id\n        locale\n        timeZone\n      }\n    }\n  }\n": types.UpdateMySettingsDocument,
    "\n  query AccountLink($token: String!) {\n    accountLink(token: $token) {\n      purpose\n      name\n    }\n  }\n": types.AccountLinkDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation SetPasswordFromLink($input: SetPasswordFromLinkInput!) {\n    setPasswordFromLink(input: $input) {\n      user {\n        ...SessionUser\n      }\n      abilities {\n        ...ViewerAbilityFlags\n      }\n    }\n  }\n": types.SetPasswordFromLinkDocument,
    "\n  query SetupStatus {\n    setupStatus {\n      needed\n    }\n  }\n": types.SetupStatusDocument,
    "\n  mutation CompleteSetup($input: CompleteSetupInput!) {\n    completeSetup(input: $input) {\n      user {\n        ...SessionUser\n      }\n      abilities {\n        ...ViewerAbilityFlags\n      }\n    }\n  }\n": types.CompleteSetupDocument,
    "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...UserDetails\n      status\n      roles\n      ...UserAbilityFlags\n      abilities {\n        canResendInvitation\n      }\n    }\n  }\n": types.AdminUserDocument,
    "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n": types.CreateUserDocument,
    "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...UserDetails\n      }\n    }\n  }\n": types.UpdateUserDocument,
    "\n  mutation SetUserStatus($input: SetUserStatusInput!) {\n    setUserStatus(input: $input) {\n      user {\n        id\n        status\n      }\n    }\n  }\n": types.SetUserStatusDocument,
    "\n  mutation AssignRoles($input: AssignRolesInput!) {\n    assignRoles(input: $input) {\n      user {\n        id\n        roles\n      }\n    }\n  }\n": types.AssignRolesDocument,
    "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team {\n        ...TeamRef\n        parent {\n          id\n        }\n      }\n    }\n  }\n": types.CreateTeamDocument,
    "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team {\n        ...TeamRef\n        description\n        parent {\n          ...TeamRef\n        }\n      }\n    }\n  }\n": types.UpdateTeamDocument,
    "\n  mutation SetTeamLead($input: TeamMemberInput!) {\n    setTeamLead(input: $input) {\n      team {\n        ...TeamLeadership\n      }\n    }\n  }\n": types.SetTeamLeadDocument,
    "\n  mutation AddTeamMember($input: TeamMemberInput!) {\n    addTeamMember(input: $input) {\n      team {\n        id\n        memberCount\n      }\n    }\n  }\n": types.AddTeamMemberDocument,
    "\n  mutation RemoveTeamMember($input: TeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      team {\n        ...TeamLeadership\n      }\n    }\n  }\n": types.RemoveTeamMemberDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      user {\n        id\n      }\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation SendPasswordReset($id: ID!) {\n    sendPasswordReset(id: $id) {\n      user {\n        id\n      }\n    }\n  }\n": types.SendPasswordResetDocument,
    "\n  mutation UpdateTeamDescription($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team {\n        id\n        description\n        contact\n      }\n    }\n  }\n": types.UpdateTeamDescriptionDocument,
    "\n  query PeopleSearch($query: String, $teamId: ID, $location: String, $status: UserStatus, $first: Int, $after: String) {\n    people(query: $query, teamId: $teamId, location: $location, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PersonSummary\n          email\n          location\n          status\n          roles\n          ...UserMemberships\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.PeopleSearchDocument,
    "\n  query UserProfile($id: ID!, $reportsFirst: Int) {\n    user(id: $id) {\n      ...PersonSummary\n      email\n      location\n      timeZone\n      status\n      former\n      startDate\n      ...UserProfileFields\n      directReportCount\n      manager {\n        ...PersonSummary\n      }\n      managerChain {\n        ...PersonSummary\n      }\n      peers {\n        ...PersonSummary\n      }\n      reports(first: $reportsFirst) {\n        edges {\n          node {\n            ...PersonSummary\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n      ...UserMemberships\n      ...UserAbilityFlags\n    }\n  }\n": types.UserProfileDocument,
    "\n  query OrgChart($id: ID!, $reportsFirst: Int) {\n    user(id: $id) {\n      ...OrgChartPerson\n      managerChain {\n        ...OrgChartPerson\n      }\n      peers {\n        ...OrgChartPerson\n      }\n      reports(first: $reportsFirst) {\n        edges {\n          node {\n            ...OrgChartPerson\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n": types.OrgChartDocument,
    "\n  query UserReportsPage($id: ID!, $first: Int, $after: String) {\n    user(id: $id) {\n      id\n      reports(first: $first, after: $after) {\n        edges {\n          node {\n            ...OrgChartPerson\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n": types.UserReportsPageDocument,
    "\n  query TeamPage($id: ID!, $first: Int, $after: String) {\n    team(id: $id) {\n      ...TeamRef\n      description\n      contact\n      ...TeamLeadership\n      ancestors {\n        ...TeamRef\n      }\n      children(first: 100) {\n        edges {\n          node {\n            ...TeamRef\n            memberCount\n            childCount\n          }\n        }\n      }\n      abilities {\n        canEdit\n        canManageMembers\n        canEditDescription\n        canAppointLead\n      }\n      members(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            role\n            joinedAt\n            user {\n              ...PersonSummary\n              location\n            }\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n": types.TeamPageDocument,
    "\n  query Departments {\n    departments {\n      ...TeamRef\n      childCount\n    }\n  }\n": types.DepartmentsDocument,
    "\n  query TeamOptions($query: String, $first: Int) {\n    teamOptions(query: $query, first: $first) {\n      edges {\n        node {\n          id\n          name\n          path\n          depth\n        }\n      }\n    }\n  }\n": types.TeamOptionsDocument,
    "\n  query TeamOption($id: ID!) {\n    team(id: $id) {\n      ...TeamRef\n      ancestors {\n        ...TeamRef\n      }\n    }\n  }\n": types.TeamOptionDocument,
    "\n  query TeamChildren($id: ID!) {\n    team(id: $id) {\n      ...TeamRef\n      memberCount\n      children(first: 100) {\n        edges {\n          node {\n            ...TeamRef\n            memberCount\n            childCount\n          }\n        }\n      }\n    }\n  }\n": types.TeamChildrenDocument,
    "\n  query Locations {\n    locations {\n      location\n      people\n    }\n  }\n": types.LocationsDocument,
    "\n  query OrgChartRoots($first: Int, $after: String) {\n    orgChartRoots(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...OrgChartPerson\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.OrgChartRootsDocument,
    "\n  query OrgBranch($id: ID!) {\n    user(id: $id) {\n      id\n      directReportCount\n      directReports {\n        ...OrgChartPerson\n      }\n    }\n  }\n": types.OrgBranchDocument,
    "\n  query TeamTreeRoots {\n    departments {\n      ...TeamTreeNode\n    }\n  }\n": types.TeamTreeRootsDocument,
    "\n  query TeamTreeBranch($id: ID!) {\n    team(id: $id) {\n      id\n      childCount\n      children(first: 50) {\n        edges {\n          node {\n            ...TeamTreeNode\n          }\n        }\n      }\n    }\n  }\n": types.TeamTreeBranchDocument,
    "\n  query DirectorySearch($query: String, $teamId: ID, $includeSubTeams: Boolean, $location: String, $skill: String, $first: Int, $after: String) {\n    people(query: $query, teamId: $teamId, includeSubTeams: $includeSubTeams, location: $location, skill: $skill, first: $first, after: $after) {\n      totalCount\n      didYouMean {\n        query\n        location\n      }\n      edges {\n        cursor\n        node {\n          ...PersonSummary\n          location\n          skills\n          photoThumbnailUrl\n          ...UserMemberships\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n": types.DirectorySearchDocument,
    "\n  query PeopleSuggestions($query: String!, $first: Int!) {\n    people(query: $query, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...PersonSummary\n        }\n      }\n    }\n  }\n": types.PeopleSuggestionsDocument,
    "\n  query PeopleExport($query: String, $teamId: ID, $includeSubTeams: Boolean, $location: String, $skill: String) {\n    peopleExport(query: $query, teamId: $teamId, includeSubTeams: $includeSubTeams, location: $location, skill: $skill) {\n      csv\n      rows\n      truncated\n    }\n  }\n": types.PeopleExportDocument,
    "\n  fragment PersonSummary on User {\n    id\n    name\n    initials\n    photoThumbnailUrl\n    title\n  }\n": types.PersonSummaryFragmentDoc,
    "\n  fragment TeamRef on Team {\n    id\n    name\n  }\n": types.TeamRefFragmentDoc,
    "\n  fragment UserMemberships on User {\n    teams {\n      role\n      team {\n        ...TeamRef\n      }\n    }\n  }\n": types.UserMembershipsFragmentDoc,
    "\n  fragment UserAbilityFlags on User {\n    abilities {\n      canEdit\n      canSuspend\n      canAssignRoles\n    }\n  }\n": types.UserAbilityFlagsFragmentDoc,
    "\n  fragment UserDetails on User {\n    id\n    name\n    initials\n    email\n    title\n    location\n    locale\n    timeZone\n    startDate\n    manager {\n      ...PersonSummary\n    }\n  }\n": types.UserDetailsFragmentDoc,
    "\n  fragment TeamLeadership on Team {\n    id\n    memberCount\n    lead {\n      ...PersonSummary\n    }\n  }\n": types.TeamLeadershipFragmentDoc,
    "\n  fragment OrgChartPerson on User {\n    ...PersonSummary\n    directReportCount\n  }\n": types.OrgChartPersonFragmentDoc,
    "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n": types.PageInfoFieldsFragmentDoc,
    "\n  fragment TeamTreeNode on Team {\n    id\n    name\n    memberCount\n    childCount\n    lead {\n      id\n      name\n    }\n  }\n": types.TeamTreeNodeFragmentDoc,
    "\n  fragment UserProfileFields on User {\n    about\n    pronouns\n    phone\n    workingHours {\n      days\n      start\n      end\n    }\n    languages\n    skills\n    photoUrl\n    photoThumbnailUrl\n  }\n": types.UserProfileFieldsFragmentDoc,
    "\n  fragment DirectoryImportRowErrorFields on DirectoryImportRowError {\n    line\n    column\n    code\n    message\n  }\n": types.DirectoryImportRowErrorFieldsFragmentDoc,
    "\n  mutation PreviewDirectoryImport($input: PreviewDirectoryImportInput!) {\n    previewDirectoryImport(input: $input) {\n      total\n      toCreate\n      toUpdate\n      unchanged\n      teamsToCreate\n      newTeamPaths\n      maxNewTeams\n      rejectedRows\n      errorCount\n      errors {\n        ...DirectoryImportRowErrorFields\n      }\n      rejectedCsv\n    }\n  }\n": types.PreviewDirectoryImportDocument,
    "\n  mutation ApplyDirectoryImport($input: ApplyDirectoryImportInput!) {\n    applyDirectoryImport(input: $input) {\n      importId\n      mode\n      total\n      toCreate\n      toUpdate\n      unchanged\n      teamsToCreate\n      newTeamPaths\n      rejectedRows\n      errorCount\n      errors {\n        ...DirectoryImportRowErrorFields\n      }\n      rejectedCsv\n    }\n  }\n": types.ApplyDirectoryImportDocument,
    "\n  query MyProfile($id: ID!) {\n    user(id: $id) {\n      ...PersonSummary\n      location\n      timeZone\n      manager {\n        ...PersonSummary\n      }\n      ...UserMemberships\n      ...UserProfileFields\n    }\n  }\n": types.MyProfileDocument,
    "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      user {\n        id\n        timeZone\n        ...UserProfileFields\n      }\n    }\n  }\n": types.UpdateMyProfileDocument,
    "\n  mutation SetMyPhoto($input: SetMyPhotoInput!) {\n    setMyPhoto(input: $input) {\n      user {\n        id\n        photoUrl\n        photoThumbnailUrl\n      }\n    }\n  }\n": types.SetMyPhotoDocument,
    "\n  mutation RemoveMyPhoto {\n    removeMyPhoto {\n      user {\n        id\n        photoUrl\n        photoThumbnailUrl\n      }\n    }\n  }\n": types.RemoveMyPhotoDocument,
    "\n  fragment PostAnnouncement on Post {\n    announcement {\n      mustRead\n      audienceId\n      myReceipt {\n        deliveredAt\n        seenAt\n        readAt\n        acknowledgedAt\n      }\n    }\n  }\n": types.PostAnnouncementFragmentDoc,
    "\n  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      post {\n        ...PostCard\n      }\n    }\n  }\n": types.PublishAnnouncementDocument,
    "\n  mutation MarkAnnouncementSeen($id: ID!) {\n    markAnnouncementSeen(id: $id) {\n      post {\n        id\n        ...PostAnnouncement\n      }\n    }\n  }\n": types.MarkAnnouncementSeenDocument,
    "\n  mutation MarkAnnouncementRead($id: ID!) {\n    markAnnouncementRead(id: $id) {\n      post {\n        id\n        ...PostAnnouncement\n      }\n    }\n  }\n": types.MarkAnnouncementReadDocument,
    "\n  mutation AcknowledgeAnnouncement($id: ID!) {\n    acknowledgeAnnouncement(id: $id) {\n      post {\n        id\n        ...PostAnnouncement\n      }\n    }\n  }\n": types.AcknowledgeAnnouncementDocument,
    "\n  fragment ReachCountsFields on ReachCounts {\n    audience\n    delivered\n    seen\n    read\n    acknowledged\n    seenPercent\n    readPercent\n    acknowledgedPercent\n  }\n": types.ReachCountsFieldsFragmentDoc,
    "\n  query AnnouncementReach($id: ID!, $first: Int, $after: String) {\n    announcementReach(id: $id) {\n      id\n      audienceId\n      mustRead\n      lastRemindedAt\n      totals {\n        ...ReachCountsFields\n      }\n      teams(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            teamId\n            name\n            counts {\n              ...ReachCountsFields\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.AnnouncementReachDocument,
    "\n  query AnnouncementPending($id: ID!, $state: AnnouncementPendingState!, $first: Int, $after: String) {\n    announcementPending(id: $id, state: $state, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          deliveredAt\n          seenAt\n          readAt\n          user {\n            id\n            name\n            initials\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.AnnouncementPendingDocument,
    "\n  mutation RemindAnnouncement($id: ID!) {\n    remindAnnouncement(id: $id) {\n      remindedCount\n      nextReminderAt\n    }\n  }\n": types.RemindAnnouncementDocument,
    "\n  fragment PostAuthor on User {\n    id\n    name\n    initials\n    photoThumbnailUrl\n  }\n": types.PostAuthorFragmentDoc,
    "\n  fragment PostCard on Post {\n    id\n    teamId\n    body\n    bodyHtml\n    language\n    topics\n    status\n    rejectionReason\n    isAnnouncement\n    pinnedUntil\n    ...PostAnnouncement\n    version\n    editedAt\n    createdAt\n    commentCount\n    myReaction\n    author {\n      ...PostAuthor\n    }\n    abilities {\n      canEdit\n      canDelete\n      canModerate\n    }\n    reactionCounts {\n      kind\n      count\n    }\n    attachments {\n      id\n      name\n      mime\n      bytes\n      url\n      thumbnailUrl\n      width\n      height\n    }\n  }\n": types.PostCardFragmentDoc,
    "\n  fragment FeedPage on PostConnection {\n    edges {\n      cursor\n      node {\n        ...PostCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.FeedPageFragmentDoc,
    "\n  query HomeFeed($first: Int, $after: String) {\n    homeFeed(first: $first, after: $after) {\n      ...FeedPage\n    }\n  }\n": types.HomeFeedDocument,
    "\n  query CompanyFeed($first: Int, $after: String) {\n    companyFeed(first: $first, after: $after) {\n      ...FeedPage\n    }\n  }\n": types.CompanyFeedDocument,
    "\n  query TeamFeedPosts($teamId: ID!, $first: Int, $after: String) {\n    teamFeedPosts(teamId: $teamId, first: $first, after: $after) {\n      ...FeedPage\n    }\n  }\n": types.TeamFeedPostsDocument,
    "\n  query TopicFeed($topic: String!, $first: Int, $after: String) {\n    topicFeed(topic: $topic, first: $first, after: $after) {\n      ...FeedPage\n    }\n  }\n": types.TopicFeedDocument,
    "\n  query PendingPosts($teamId: ID!, $first: Int, $after: String) {\n    pendingPosts(teamId: $teamId, first: $first, after: $after) {\n      ...FeedPage\n    }\n  }\n": types.PendingPostsDocument,
    "\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostCard\n    }\n  }\n": types.PostDocument,
    "\n  query PostVersions($id: ID!) {\n    post(id: $id) {\n      id\n      version\n      earlierVersions {\n        version\n        bodyHtml\n        createdAt\n      }\n    }\n  }\n": types.PostVersionsDocument,
    "\n  query TeamFeed($teamId: ID!) {\n    teamFeed(teamId: $teamId) {\n      teamId\n      visibility\n      requiresApproval\n      viewerIsMember\n      canConfigure\n      viewerFollows\n    }\n  }\n": types.TeamFeedDocument,
    "\n  query Topic($topic: String!) {\n    topic(topic: $topic) {\n      topic\n      viewerFollows\n    }\n  }\n": types.TopicDocument,
    "\n  mutation ConfigureTeamFeed($input: TeamFeedSettingsInput!) {\n    configureTeamFeed(input: $input) {\n      teamId\n      visibility\n      requiresApproval\n      viewerIsMember\n      canConfigure\n    }\n  }\n": types.ConfigureTeamFeedDocument,
    "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      post {\n        ...PostCard\n      }\n    }\n  }\n": types.CreatePostDocument,
    "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      post {\n        ...PostCard\n      }\n    }\n  }\n": types.UpdatePostDocument,
    "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n    }\n  }\n": types.DeletePostDocument,
    "\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      post {\n        ...PostCard\n      }\n    }\n  }\n": types.ModeratePostDocument,
    "\n  mutation React($input: ReactInput!) {\n    react(input: $input) {\n      post {\n        id\n        myReaction\n        reactionCounts {\n          kind\n          count\n        }\n      }\n    }\n  }\n": types.ReactDocument,
    "\n  query PostReactors($id: ID!, $kind: ReactionKind, $first: Int, $after: String) {\n    post(id: $id) {\n      id\n      reactors(kind: $kind, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            kind\n            user {\n              ...PostAuthor\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.PostReactorsDocument,
    "\n  fragment CommentFields on Comment {\n    id\n    postId\n    parentId\n    body\n    bodyHtml\n    createdAt\n    canDelete\n    author {\n      ...PostAuthor\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  fragment CommentRepliesPage on CommentConnection {\n    edges {\n      cursor\n      node {\n        ...CommentFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n": types.CommentRepliesPageFragmentDoc,
    "\n  query PostComments($id: ID!, $first: Int, $after: String) {\n    post(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...CommentFields\n            replies(first: 10) {\n              ...CommentRepliesPage\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.PostCommentsDocument,
    "\n  query CommentReplies($id: ID!, $first: Int, $after: String) {\n    comment(id: $id) {\n      id\n      replies(first: $first, after: $after) {\n        ...CommentRepliesPage\n      }\n    }\n  }\n": types.CommentRepliesDocument,
    "\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      comment {\n        ...CommentFields\n      }\n    }\n  }\n": types.CreateCommentDocument,
    "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      id\n    }\n  }\n": types.DeleteCommentDocument,
    "\n  query MentionSuggestions($query: String!, $teamId: ID) {\n    mentionSuggestions(query: $query, teamId: $teamId) {\n      people {\n        ...PostAuthor\n        title\n      }\n      teams {\n        id\n        name\n      }\n    }\n  }\n": types.MentionSuggestionsDocument,
    "\n  query RenderPostPreview($body: String!, $teamId: ID) {\n    renderPostPreview(body: $body, teamId: $teamId) {\n      html\n      topics\n    }\n  }\n": types.RenderPostPreviewDocument,
    "\n  query Discover {\n    discover {\n      teams {\n        teamId\n        postCount\n        viewerFollows\n      }\n      topics {\n        topic\n        postCount\n        viewerFollows\n      }\n    }\n  }\n": types.DiscoverDocument,
    "\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      kind\n      target\n      following\n    }\n  }\n": types.FollowDocument,
    "\n  mutation Unfollow($input: FollowInput!) {\n    unfollow(input: $input) {\n      kind\n      target\n      following\n    }\n  }\n": types.UnfollowDocument,
    "\n  query MyFeedTeams($id: ID!) {\n    user(id: $id) {\n      id\n      teams {\n        role\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MyFeedTeamsDocument,
    "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n": types.UnreadNotificationCountDocument,
    "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          available\n          targetType\n          targetId\n          data {\n            key\n            id\n          }\n          actorCount\n          createdAt\n          updatedAt\n          readAt\n          actors {\n            id\n            name\n            initials\n            photoThumbnailUrl\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(input: { ids: $ids }) {\n      unreadCount\n    }\n  }\n": types.MarkNotificationsReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      unreadCount\n    }\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n      defaultChannel\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      channel\n      defaultChannel\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  query MailOutbox($first: Int, $after: String) {\n    mailOutbox(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MailOutboxDocument,
    "\n  fragment PolicyStatusFields on PolicyReaderStatus {\n    state\n    dueAt\n    acknowledgedAt\n    acknowledgedVersion\n    acknowledgedVersionId\n  }\n": types.PolicyStatusFieldsFragmentDoc,
    "\n  fragment PolicyCardFields on Policy {\n    id\n    title\n    kind\n    category\n    tags\n    retiredAt\n    currentVersion {\n      id\n      label\n      effectiveAt\n    }\n    viewerStatus {\n      ...PolicyStatusFields\n    }\n  }\n": types.PolicyCardFieldsFragmentDoc,
    "\n  query Policies($first: Int, $after: String) {\n    policies(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PolicyCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PoliciesDocument,
    "\n  query MyPolicies($first: Int, $after: String) {\n    myPolicies(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          policy {\n            ...PolicyCardFields\n          }\n          status {\n            ...PolicyStatusFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyPoliciesDocument,
    "\n  fragment PolicyVersionFields on PolicyVersion {\n    id\n    label\n    major\n    minor\n    isMajor\n    status\n    changeSummary\n    effectiveAt\n    publishedAt\n    languages\n    fallbackLanguage\n    acknowledgementMethod\n    dueInDays\n  }\n": types.PolicyVersionFieldsFragmentDoc,
    "\n  fragment PolicyReviewFields on PolicyReview {\n    reviewer {\n      id\n      name\n    }\n    decision\n    comment\n    requestedAt\n    decidedAt\n  }\n": types.PolicyReviewFieldsFragmentDoc,
    "\n  query Policy($id: ID!, $language: String) {\n    policy(id: $id) {\n      ...PolicyCardFields\n      owner {\n        id\n        name\n      }\n      abilities {\n        canManage\n        canAcknowledge\n      }\n      currentVersion {\n        ...PolicyVersionFields\n        reading(language: $language) {\n          language\n          requestedLanguage\n          isFallback\n          title\n          bodyHtml\n          acknowledgementText\n          textHash\n        }\n        changesSinceSigned(language: $language) {\n          fromVersionId\n          fromLabel\n          fromLanguage\n          toLanguage\n          addedWords\n          removedWords\n          changes {\n            kind\n            text\n          }\n        }\n      }\n      draftVersion {\n        ...PolicyVersionFields\n        reviews {\n          ...PolicyReviewFields\n        }\n      }\n      versions {\n        ...PolicyVersionFields\n      }\n    }\n  }\n": types.PolicyDocument,
    "\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      policy {\n        ...PolicyCardFields\n      }\n    }\n  }\n": types.CreatePolicyDocument,
    "\n  mutation DraftPolicyVersion($input: DraftPolicyVersionInput!) {\n    draftPolicyVersion(input: $input) {\n      version {\n        ...PolicyVersionFields\n      }\n    }\n  }\n": types.DraftPolicyVersionDocument,
    "\n  mutation PublishPolicyVersion($id: ID!) {\n    publishPolicyVersion(id: $id) {\n      version {\n        ...PolicyVersionFields\n      }\n    }\n  }\n": types.PublishPolicyVersionDocument,
    "\n  mutation AcknowledgePolicy($input: AcknowledgePolicyInput!) {\n    acknowledgePolicy(input: $input) {\n      acknowledgement {\n        id\n        versionLabel\n        acknowledgedAt\n      }\n      policy {\n        ...PolicyCardFields\n        abilities {\n          canManage\n          canAcknowledge\n        }\n      }\n    }\n  }\n": types.AcknowledgePolicyDocument,
    "\n  mutation StartPolicyQuiz($input: StartPolicyQuizInput!) {\n    startPolicyQuiz(input: $input) {\n      attempt {\n        id\n        versionId\n        language\n        number\n        maxAttempts\n        passMark\n        questions {\n          id\n          prompt\n          multiple\n          options {\n            id\n            text\n          }\n        }\n      }\n    }\n  }\n": types.StartPolicyQuizDocument,
    "\n  query PolicyEvidence($policyId: ID!, $versionId: ID, $first: Int, $after: String) {\n    policyEvidence(policyId: $policyId, versionId: $versionId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          position\n          versionLabel\n          language\n          method\n          acknowledgedAt\n          textHash\n          hash\n          intact\n          user {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PolicyEvidenceDocument,
    "\n  query VerifyPolicyEvidence {\n    verifyPolicyEvidence {\n      ok\n      checked\n      headPosition\n      problems {\n        kind\n        position\n        rowId\n        missing\n      }\n    }\n  }\n": types.VerifyPolicyEvidenceDocument,
    "\n  query PolicyCompliance($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID, $location: String, $role: Role) {\n    policyCompliance(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, location: $location, role: $role) {\n      versionId\n      policyId\n      versionLabel\n      groupBy\n      parentId\n      parentName\n      organizationWide\n      totals {\n        audience\n        acknowledged\n        pending\n        overdue\n        percent\n      }\n      groups {\n        id\n        name\n        audience\n        acknowledged\n        pending\n        overdue\n        percent\n      }\n    }\n  }\n": types.PolicyComplianceDocument,
    "\n  query PolicyCompliancePeople($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID, $first: Int, $after: String, $location: String, $role: Role) {\n    policyCompliancePeople(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, first: $first, after: $after, location: $location, role: $role) {\n      edges {\n        cursor\n        node {\n          user {\n            id\n            name\n          }\n          state\n          dueAt\n          acknowledgedAt\n          acknowledgedVersion\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PolicyCompliancePeopleDocument,
    "\n  query PolicyComplianceCsv($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID, $location: String, $role: Role) {\n    policyComplianceCsv(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, location: $location, role: $role)\n  }\n": types.PolicyComplianceCsvDocument,
    "\n  query PolicyEvidenceCsv($versionId: ID!) {\n    policyEvidenceCsv(versionId: $versionId)\n  }\n": types.PolicyEvidenceCsvDocument,
    "\n  query PolicyComplianceTrend($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID, $location: String, $role: Role) {\n    policyComplianceTrend(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, location: $location, role: $role) {\n      day\n      audience\n      acknowledged\n      pending\n      overdue\n      percent\n    }\n  }\n": types.PolicyComplianceTrendDocument,
    "\n  mutation RequestPolicyReview($input: RequestPolicyReviewInput!) {\n    requestPolicyReview(input: $input) {\n      version {\n        id\n        reviews {\n          ...PolicyReviewFields\n        }\n      }\n    }\n  }\n": types.RequestPolicyReviewDocument,
    "\n  fragment PolicyReviewRequestFields on PolicyReviewRequest {\n    policyId\n    policyTitle\n    policyKind\n    policyCategory\n    version {\n      id\n      label\n      status\n      isMajor\n      changeSummary\n      languages\n      acknowledgementMethod\n    }\n    review {\n      decision\n      comment\n      requestedAt\n      decidedAt\n      requestedBy {\n        id\n        name\n      }\n    }\n  }\n": types.PolicyReviewRequestFieldsFragmentDoc,
    "\n  query MyPolicyReviews($first: Int, $after: String) {\n    myPolicyReviews(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PolicyReviewRequestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.MyPolicyReviewsDocument,
    "\n  query PolicyReviewRequest($versionId: ID!, $language: String) {\n    policyReviewRequest(versionId: $versionId) {\n      ...PolicyReviewRequestFields\n      version {\n        id\n        reading(language: $language) {\n          language\n          isFallback\n          title\n          bodyHtml\n          acknowledgementText\n        }\n      }\n    }\n  }\n": types.PolicyReviewRequestDocument,
    "\n  mutation ReviewPolicyVersion($input: ReviewPolicyVersionInput!) {\n    reviewPolicyVersion(input: $input) {\n      request {\n        ...PolicyReviewRequestFields\n      }\n    }\n  }\n": types.ReviewPolicyVersionDocument,
    "\n  fragment SearchHitFields on SearchHit {\n    kind\n    id\n    title\n    snippetHtml\n    url\n    updatedAt\n    language\n    author {\n      id\n      name\n      initials\n      teams {\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SearchHitFieldsFragmentDoc,
    "\n  query Search($query: String!, $kinds: [SearchKind!], $first: Int, $after: String, $authorId: ID, $language: String, $updatedSince: DateTime, $typing: Boolean) {\n    search(query: $query, kinds: $kinds, first: $first, after: $after, authorId: $authorId, language: $language, updatedSince: $updatedSince, typing: $typing) {\n      edges {\n        cursor\n        node {\n          ...SearchHitFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      counts {\n        kind\n        count\n        capped\n      }\n    }\n  }\n": types.SearchDocument,
    "\n  query Similar($text: String!, $kinds: [SearchKind!], $first: Int) {\n    similar(text: $text, kinds: $kinds, first: $first) {\n      ...SearchHitFields\n    }\n  }\n": types.SimilarDocument,
    "\n  query SearchSuggestion($query: String!, $kinds: [SearchKind!]) {\n    searchSuggestion(query: $query, kinds: $kinds)\n  }\n": types.SearchSuggestionDocument,
    "\n  query PendingTrainingEvidence($first: Int, $after: String) {\n    pendingTrainingEvidence(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          enrolmentId\n          userId\n          personName\n          courseId\n          courseTitle\n          moduleTitle\n          submittedAt\n          file {\n            id\n            name\n            mime\n            url\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.PendingTrainingEvidenceDocument,
    "\n  query PendingTrainingEvidenceCount {\n    pendingTrainingEvidenceCount\n  }\n": types.PendingTrainingEvidenceCountDocument,
    "\n  mutation ReviewTrainingEvidence($input: ReviewTrainingEvidenceInput!) {\n    reviewTrainingEvidence(input: $input)\n  }\n": types.ReviewTrainingEvidenceDocument,
    "\n  mutation NudgeTraining($courseId: ID!, $userId: ID, $teamId: ID) {\n    nudgeTraining(courseId: $courseId, userId: $userId, teamId: $teamId)\n  }\n": types.NudgeTrainingDocument,
    "\n  fragment TrainingCountsFields on TrainingCounts {\n    required\n    done\n    overdue\n    expired\n    percent\n  }\n": types.TrainingCountsFieldsFragmentDoc,
    "\n  query TrainingRollup($courseId: ID) {\n    trainingRollup(courseId: $courseId) {\n      totals {\n        ...TrainingCountsFields\n      }\n      groups {\n        teamId\n        name\n        parentId\n        counts {\n          ...TrainingCountsFields\n        }\n      }\n    }\n  }\n": types.TrainingRollupDocument,
    "\n  query TrainingCourseReport($courseId: ID!) {\n    trainingCourseCompletion(courseId: $courseId) {\n      ...TrainingCountsFields\n    }\n    trainingCompletionTrend(courseId: $courseId) {\n      month\n      required\n      done\n      percent\n    }\n  }\n": types.TrainingCourseReportDocument,
    "\n  fragment TrainingEnrolmentFields on TrainingEnrolment {\n    id\n    userId\n    courseId\n    courseTitle\n    cycle\n    status\n    enrolledAt\n    dueAt\n    completedAt\n    expiresAt\n    modulesDone\n    modulesTotal\n    certificate {\n      id\n      code\n      completedAt\n      expiresAt\n      pdfUrl\n    }\n  }\n": types.TrainingEnrolmentFieldsFragmentDoc,
    "\n  query MyTraining {\n    myTraining {\n      assigned {\n        ...TrainingEnrolmentFields\n      }\n      inProgress {\n        ...TrainingEnrolmentFields\n      }\n      dueSoon {\n        ...TrainingEnrolmentFields\n      }\n      overdue {\n        ...TrainingEnrolmentFields\n      }\n      completed {\n        ...TrainingEnrolmentFields\n      }\n    }\n  }\n": types.MyTrainingDocument,
    "\n  fragment TrainingPlayerFields on TrainingPlayer {\n    resumeModuleId\n    enrolment {\n      ...TrainingEnrolmentFields\n    }\n    course {\n      id\n      versionId\n      title\n      description\n      estimatedMinutes\n      validityMonths\n    }\n    modules {\n      done\n      completedAt\n      score\n      evidenceStatus\n      evidenceReason\n      bookedSessionId\n      module {\n        id\n        kind\n        title\n        position\n        contentHtml\n        url\n        policyId\n        passMark\n        maxAttempts\n        drawCount\n        sessions {\n          id\n          startsAt\n          endsAt\n          place\n          capacity\n          seatsLeft\n        }\n      }\n    }\n  }\n": types.TrainingPlayerFieldsFragmentDoc,
    "\n  query TrainingPlayer($enrolmentId: ID!) {\n    trainingPlayer(enrolmentId: $enrolmentId) {\n      ...TrainingPlayerFields\n    }\n  }\n": types.TrainingPlayerDocument,
    "\n  mutation CompleteTrainingModule($enrolmentId: ID!, $moduleId: ID!) {\n    completeTrainingModule(enrolmentId: $enrolmentId, moduleId: $moduleId) {\n      player {\n        ...TrainingPlayerFields\n      }\n    }\n  }\n": types.CompleteTrainingModuleDocument,
    "\n  mutation BookTrainingSession($enrolmentId: ID!, $sessionId: ID!) {\n    bookTrainingSession(enrolmentId: $enrolmentId, sessionId: $sessionId) {\n      player {\n        ...TrainingPlayerFields\n      }\n    }\n  }\n": types.BookTrainingSessionDocument,
    "\n  mutation CancelTrainingSessionBooking($enrolmentId: ID!, $moduleId: ID!) {\n    cancelTrainingSessionBooking(enrolmentId: $enrolmentId, moduleId: $moduleId) {\n      player {\n        ...TrainingPlayerFields\n      }\n    }\n  }\n": types.CancelTrainingSessionBookingDocument,
    "\n  mutation ConfirmTrainingAttendance($enrolmentId: ID!, $moduleId: ID!) {\n    confirmTrainingAttendance(enrolmentId: $enrolmentId, moduleId: $moduleId) {\n      player {\n        ...TrainingPlayerFields\n      }\n    }\n  }\n": types.ConfirmTrainingAttendanceDocument,
    "\n  mutation StartTrainingQuiz($enrolmentId: ID!, $moduleId: ID!) {\n    startTrainingQuiz(enrolmentId: $enrolmentId, moduleId: $moduleId) {\n      id\n      number\n      maxAttempts\n      passMark\n      questions {\n        id\n        prompt\n        multiple\n        options {\n          id\n          text\n        }\n      }\n    }\n  }\n": types.StartTrainingQuizDocument,
    "\n  mutation SubmitTrainingQuiz($input: SubmitTrainingQuizInput!) {\n    submitTrainingQuiz(input: $input) {\n      player {\n        ...TrainingPlayerFields\n      }\n    }\n  }\n": types.SubmitTrainingQuizDocument,
    "\n  mutation SubmitTrainingEvidence($enrolmentId: ID!, $moduleId: ID!, $fileId: ID!) {\n    submitTrainingEvidence(enrolmentId: $enrolmentId, moduleId: $moduleId, fileId: $fileId)\n  }\n": types.SubmitTrainingEvidenceDocument,
    "\n  query TrainingMatrix($managerId: ID, $teamId: ID) {\n    trainingMatrix(managerId: $managerId, teamId: $teamId) {\n      columns {\n        courseId\n        title\n      }\n      rows {\n        userId\n        name\n        teamId\n        teamName\n        overdueCount\n        statuses\n        dates\n      }\n    }\n  }\n": types.TrainingMatrixDocument,
    "\n  query TrainingMatrixCsv($managerId: ID, $teamId: ID) {\n    trainingMatrixCsv(managerId: $managerId, teamId: $teamId)\n  }\n": types.TrainingMatrixCsvDocument,
    "\n  query VerifyTrainingCertificate($code: String!) {\n    verifyTrainingCertificate(code: $code) {\n      personName\n      courseTitle\n      completedAt\n      expiresAt\n      valid\n    }\n  }\n": types.VerifyTrainingCertificateDocument,
    "\n  fragment TrainingCourseCardFields on TrainingCourse {\n    id\n    versionId\n    status\n    version\n    title\n    category\n    estimatedMinutes\n    validityMonths\n    languages\n    modules {\n      id\n      kind\n    }\n  }\n": types.TrainingCourseCardFieldsFragmentDoc,
    "\n  query TrainingCourses($first: Int, $after: String, $status: TrainingCourseStatus) {\n    trainingCourses(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          ...TrainingCourseCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TrainingCoursesDocument,
    "\n  fragment TrainingCourseEditorFields on TrainingCourse {\n    id\n    status\n    version\n    versionId\n    title\n    description\n    category\n    estimatedMinutes\n    languages\n    validityMonths\n    selfEnrol\n    modules {\n      id\n      position\n      kind\n      title\n      content\n      url\n      policyId\n      passMark\n      maxAttempts\n      drawCount\n      sessions {\n        id\n        startsAt\n        endsAt\n        place\n        capacity\n        seatsLeft\n      }\n      questionBank {\n        prompt\n        multiple\n        options {\n          text\n          correct\n        }\n      }\n    }\n  }\n": types.TrainingCourseEditorFieldsFragmentDoc,
    "\n  query TrainingCourse($id: ID!) {\n    trainingCourse(id: $id) {\n      ...TrainingCourseEditorFields\n    }\n  }\n": types.TrainingCourseDocument,
    "\n  mutation CreateTrainingCourse($input: TrainingCourseInput!) {\n    createTrainingCourse(input: $input) {\n      ...TrainingCourseEditorFields\n    }\n  }\n": types.CreateTrainingCourseDocument,
    "\n  mutation UpdateTrainingCourse($id: ID!, $input: TrainingCourseInput!) {\n    updateTrainingCourse(id: $id, input: $input) {\n      ...TrainingCourseEditorFields\n    }\n  }\n": types.UpdateTrainingCourseDocument,
    "\n  mutation PublishTrainingCourse($id: ID!) {\n    publishTrainingCourse(id: $id) {\n      ...TrainingCourseEditorFields\n    }\n  }\n": types.PublishTrainingCourseDocument,
    "\n  mutation ArchiveTrainingCourse($id: ID!) {\n    archiveTrainingCourse(id: $id) {\n      ...TrainingCourseEditorFields\n    }\n  }\n": types.ArchiveTrainingCourseDocument,
    "\n  mutation AssignTraining($input: AssignTrainingInput!) {\n    assignTraining(input: $input) {\n      id\n      enrolled\n    }\n  }\n": types.AssignTrainingDocument,
    "\n  query TrainingHistory($userId: ID!, $first: Int, $after: String) {\n    user(id: $userId) {\n      id\n      name\n    }\n    trainingHistory(userId: $userId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TrainingEnrolmentFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.TrainingHistoryDocument,
    "\n  query WikiPageEditors($id: ID!) {\n    wikiPage(id: $id) {\n      id\n      editors {\n        id\n        name\n        initials\n        photoThumbnailUrl\n      }\n    }\n  }\n": types.WikiPageEditorsDocument,
    "\n  mutation RestoreArchivedWikiPage($pageId: ID!) {\n    restoreArchivedWikiPage(pageId: $pageId) {\n      page {\n        ...WikiPageFields\n      }\n    }\n  }\n": types.RestoreArchivedWikiPageDocument,
    "\n  query WikiSpaceArchiveSetting($id: ID!) {\n    wikiSpace(id: $id) {\n      id\n      archiveUnverifiedAfterDays\n    }\n  }\n": types.WikiSpaceArchiveSettingDocument,
    "\n  mutation SetWikiSpaceArchiveSetting($input: UpdateWikiSpaceInput!) {\n    updateWikiSpace(input: $input) {\n      space {\n        id\n        archiveUnverifiedAfterDays\n      }\n    }\n  }\n": types.SetWikiSpaceArchiveSettingDocument,
    "\n  query RenderWikiPreview($spaceId: ID!, $body: String!) {\n    renderWikiPreview(spaceId: $spaceId, body: $body) {\n      html\n      brokenLinks\n    }\n  }\n": types.RenderWikiPreviewDocument,
    "\n  fragment WikiSpaceFields on WikiSpace {\n    id\n    key\n    name\n    description\n    visibility\n    outsiderAccess\n    reviewCycleMonths\n    viewerRole\n    abilities {\n      canEdit\n      canAdmin\n    }\n  }\n": types.WikiSpaceFieldsFragmentDoc,
    "\n  fragment WikiTreePageFields on WikiPage {\n    id\n    slug\n    title\n    language\n    position\n    hasChildren\n  }\n": types.WikiTreePageFieldsFragmentDoc,
    "\n  fragment WikiPageFields on WikiPage {\n    id\n    slug\n    title\n    language\n    body\n    bodyHtml\n    revisionNumber\n    hasChildren\n    reviewBy\n    needsVerification\n    verifiedAt\n    archivedAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n    verifiedBy {\n      id\n      name\n    }\n    abilities {\n      canEdit\n      canAdmin\n    }\n    breadcrumbs {\n      id\n      title\n      slug\n    }\n    space {\n      ...WikiSpaceFields\n    }\n  }\n": types.WikiPageFieldsFragmentDoc,
    "\n  query WikiSpaces($first: Int, $after: String) {\n    wikiSpaces(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...WikiSpaceFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n": types.WikiSpacesDocument,
    "\n  query WikiSpaceByKey($key: String!) {\n    wikiSpaceByKey(key: $key) {\n      ...WikiSpaceFields\n    }\n  }\n": types.WikiSpaceByKeyDocument,
    "\n  query WikiTreeLevel($spaceId: ID!, $parentId: ID, $first: Int, $after: String) {\n    wikiSpace(id: $spaceId) {\n      id\n      pages(parentId: $parentId, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...WikiTreePageFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.WikiTreeLevelDocument,
    "\n  query WikiPageBySlug($spaceKey: String!, $slug: String!) {\n    wikiPageBySlug(spaceKey: $spaceKey, slug: $slug) {\n      ...WikiPageFields\n      viewStats {\n        views\n        viewers\n        last30Days\n      }\n      backlinks {\n        id\n        title\n        slug\n        spaceKey\n        spaceName\n      }\n    }\n  }\n": types.WikiPageBySlugDocument,
    "\n  query WikiEditPage($spaceKey: String!, $slug: String!) {\n    wikiPageBySlug(spaceKey: $spaceKey, slug: $slug) {\n      ...WikiPageFields\n      myDraft {\n        baseRevision\n        title\n        body\n        updatedAt\n      }\n    }\n  }\n": types.WikiEditPageDocument,
    "\n  query WikiRevision($pageId: ID!, $number: Int!) {\n    wikiRevision(pageId: $pageId, number: $number) {\n      id\n      number\n      title\n      body\n      bodyHtml\n      summary\n      language\n      restoredFrom\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n": types.WikiRevisionDocument,
    "\n  query WikiRevisions($spaceKey: String!, $slug: String!, $first: Int, $after: String) {\n    wikiPageBySlug(spaceKey: $spaceKey, slug: $slug) {\n      id\n      slug\n      title\n      revisionNumber\n      abilities {\n        canEdit\n        canAdmin\n      }\n      space {\n        id\n        key\n        name\n      }\n      revisions(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            number\n            title\n            summary\n            language\n            restoredFrom\n            createdAt\n            author {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.WikiRevisionsDocument,
    "\n  query WikiDiff($pageId: ID!, $from: Int!, $to: Int!) {\n    wikiDiff(pageId: $pageId, from: $from, to: $to) {\n      from\n      to\n      titleParts {\n        kind\n        value\n      }\n      parts {\n        kind\n        value\n      }\n    }\n  }\n": types.WikiDiffDocument,
    "\n  query WikiTemplates {\n    wikiTemplates {\n      id\n      name\n      description\n      title\n      body\n      language\n      builtIn\n    }\n  }\n": types.WikiTemplatesDocument,
    "\n  query WikiLinkTargets($query: String!, $spaceId: ID) {\n    wikiLinkTargets(query: $query, spaceId: $spaceId) {\n      id\n      title\n      slug\n      spaceId\n      spaceKey\n      spaceName\n    }\n  }\n": types.WikiLinkTargetsDocument,
    "\n  mutation CreateWikiSpace($input: CreateWikiSpaceInput!) {\n    createWikiSpace(input: $input) {\n      space {\n        ...WikiSpaceFields\n      }\n    }\n  }\n": types.CreateWikiSpaceDocument,
    "\n  mutation CreateWikiPage($input: CreateWikiPageInput!) {\n    createWikiPage(input: $input) {\n      page {\n        ...WikiTreePageFields\n      }\n    }\n  }\n": types.CreateWikiPageDocument,
    "\n  mutation SaveWikiPage($input: SaveWikiPageInput!) {\n    saveWikiPage(input: $input) {\n      page {\n        ...WikiPageFields\n      }\n      revision {\n        id\n        number\n      }\n    }\n  }\n": types.SaveWikiPageDocument,
    "\n  mutation RestoreWikiRevision($input: RestoreWikiRevisionInput!) {\n    restoreWikiRevision(input: $input) {\n      page {\n        ...WikiPageFields\n      }\n      revision {\n        id\n        number\n      }\n    }\n  }\n": types.RestoreWikiRevisionDocument,
    "\n  mutation SaveWikiDraft($input: SaveWikiDraftInput!) {\n    saveWikiDraft(input: $input) {\n      draft {\n        baseRevision\n        title\n        body\n        updatedAt\n      }\n    }\n  }\n": types.SaveWikiDraftDocument,
    "\n  mutation DiscardWikiDraft($pageId: ID!) {\n    discardWikiDraft(pageId: $pageId) {\n      page {\n        id\n        myDraft {\n          baseRevision\n        }\n      }\n    }\n  }\n": types.DiscardWikiDraftDocument,
    "\n  mutation RecordWikiPageView($pageId: ID!) {\n    recordWikiPageView(pageId: $pageId)\n  }\n": types.RecordWikiPageViewDocument,
    "\n  mutation MoveWikiPage($input: MoveWikiPageInput!) {\n    moveWikiPage(input: $input) {\n      page {\n        id\n        breadcrumbs {\n          id\n          title\n          slug\n        }\n      }\n    }\n  }\n": types.MoveWikiPageDocument,
    "\n  mutation VerifyWikiPage($pageId: ID!) {\n    verifyWikiPage(pageId: $pageId) {\n      page {\n        id\n        archivedAt\n        reviewBy\n        needsVerification\n        verifiedAt\n        verifiedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.VerifyWikiPageDocument,
    "\n  query WikiPageLocation($id: ID!) {\n    wikiPage(id: $id) {\n      id\n      slug\n      space {\n        id\n        key\n      }\n    }\n  }\n": types.WikiPageLocationDocument,
    "\n  query WikiViewer {\n    abilities {\n      canCreateWikiSpaces\n      canManageWikiTemplates\n    }\n  }\n": types.WikiViewerDocument,
    "\n  query WikiSpaceSettings($key: String!, $first: Int, $after: String) {\n    wikiSpaceByKey(key: $key) {\n      ...WikiSpaceFields\n      team {\n        id\n        name\n      }\n      members(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            role\n            user {\n              id\n              name\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n": types.WikiSpaceSettingsDocument,
    "\n  mutation UpdateWikiSpace($input: UpdateWikiSpaceInput!) {\n    updateWikiSpace(input: $input) {\n      space {\n        ...WikiSpaceFields\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.UpdateWikiSpaceDocument,
    "\n  mutation SetWikiSpaceMember($input: SetWikiSpaceMemberInput!) {\n    setWikiSpaceMember(input: $input) {\n      space {\n        ...WikiSpaceFields\n      }\n    }\n  }\n": types.SetWikiSpaceMemberDocument,
    "\n  fragment WikiTemplateFields on WikiTemplate {\n    id\n    name\n    description\n    title\n    body\n    language\n    builtIn\n  }\n": types.WikiTemplateFieldsFragmentDoc,
    "\n  mutation CreateWikiTemplate($input: CreateWikiTemplateInput!) {\n    createWikiTemplate(input: $input) {\n      template {\n        ...WikiTemplateFields\n      }\n    }\n  }\n": types.CreateWikiTemplateDocument,
    "\n  mutation UpdateWikiTemplate($input: UpdateWikiTemplateInput!) {\n    updateWikiTemplate(input: $input) {\n      template {\n        ...WikiTemplateFields\n      }\n    }\n  }\n": types.UpdateWikiTemplateDocument,
    "\n  mutation DeleteWikiTemplate($id: ID!) {\n    deleteWikiTemplate(id: $id)\n  }\n": types.DeleteWikiTemplateDocument,
    "\n  query WikiPageStewardship($id: ID!) {\n    wikiPage(id: $id) {\n      id\n      reviewCycleMonths\n      reviewBy\n      needsVerification\n      owner {\n        id\n        name\n      }\n      space {\n        id\n        reviewCycleMonths\n      }\n    }\n  }\n": types.WikiPageStewardshipDocument,
    "\n  mutation SetWikiPageOwner($input: SetWikiPageOwnerInput!) {\n    setWikiPageOwner(input: $input) {\n      page {\n        id\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.SetWikiPageOwnerDocument,
    "\n  mutation SetWikiPageReviewCycle($input: SetWikiPageReviewCycleInput!) {\n    setWikiPageReviewCycle(input: $input) {\n      page {\n        id\n        reviewCycleMonths\n        reviewBy\n        needsVerification\n      }\n    }\n  }\n": types.SetWikiPageReviewCycleDocument,
    "\n  query WikiSpaceReports($spaceId: ID!) {\n    wikiBrokenLinks(spaceId: $spaceId) {\n      label\n      target\n      page {\n        id\n        title\n        slug\n        spaceKey\n      }\n    }\n    wikiDepartedOwnerPages(spaceId: $spaceId) {\n      id\n      title\n      slug\n      language\n      updatedAt\n      owner {\n        id\n        name\n      }\n    }\n  }\n": types.WikiSpaceReportsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AudienceSummary on Audience {\n    id\n    name\n    version\n    memberCount\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AudienceSummary on Audience {\n    id\n    name\n    version\n    memberCount\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudiencePreview($rules: AudienceRulesInput!) {\n    audiencePreview(rules: $rules) {\n      count\n      sample {\n        userId\n        name\n        initials\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  query AudiencePreview($rules: AudienceRulesInput!) {\n    audiencePreview(rules: $rules) {\n      count\n      sample {\n        userId\n        name\n        initials\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAudience($input: CreateAudienceInput!) {\n    createAudience(input: $input) {\n      audience {\n        ...AudienceSummary\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAudience($input: CreateAudienceInput!) {\n    createAudience(input: $input) {\n      audience {\n        ...AudienceSummary\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceSummary($id: ID!) {\n    audience(id: $id) {\n      id\n      version\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  query AudienceSummary($id: ID!) {\n    audience(id: $id) {\n      id\n      version\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SavedAudienceRow on Audience {\n    id\n    name\n    memberCount\n    version\n    updatedAt\n    owner {\n      id\n      name\n    }\n    usages {\n      kind\n      count\n    }\n    abilities {\n      canEdit\n    }\n  }\n"): (typeof documents)["\n  fragment SavedAudienceRow on Audience {\n    id\n    name\n    memberCount\n    version\n    updatedAt\n    owner {\n      id\n      name\n    }\n    usages {\n      kind\n      count\n    }\n    abilities {\n      canEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedAudiences($first: Int, $after: String, $query: String) {\n    savedAudiences(first: $first, after: $after, query: $query) {\n      edges {\n        cursor\n        node {\n          ...SavedAudienceRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query SavedAudiences($first: Int, $after: String, $query: String) {\n    savedAudiences(first: $first, after: $after, query: $query) {\n      edges {\n        cursor\n        node {\n          ...SavedAudienceRow\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StoredAudienceRule on AudienceRule {\n    kind\n    teamId\n    includeSubTeams\n    location\n    role\n    managerId\n    direct\n    userIds\n    people {\n      userId\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment StoredAudienceRule on AudienceRule {\n    kind\n    teamId\n    includeSubTeams\n    location\n    role\n    managerId\n    direct\n    userIds\n    people {\n      userId\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedAudience($id: ID!) {\n    audience(id: $id) {\n      ...SavedAudienceRow\n      rules {\n        include {\n          ...StoredAudienceRule\n        }\n        exclude {\n          ...StoredAudienceRule\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SavedAudience($id: ID!) {\n    audience(id: $id) {\n      ...SavedAudienceRow\n      rules {\n        include {\n          ...StoredAudienceRule\n        }\n        exclude {\n          ...StoredAudienceRule\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAudience($input: UpdateAudienceInput!) {\n    updateAudience(input: $input) {\n      audience {\n        ...SavedAudienceRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAudience($input: UpdateAudienceInput!) {\n    updateAudience(input: $input) {\n      audience {\n        ...SavedAudienceRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudiencePreviewMembers($rules: AudienceRulesInput!, $first: Int, $after: String) {\n    audiencePreviewMembers(rules: $rules, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          userId\n          name\n          initials\n          title\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AudiencePreviewMembers($rules: AudienceRulesInput!, $first: Int, $after: String) {\n    audiencePreviewMembers(rules: $rules, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          userId\n          name\n          initials\n          title\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AudienceChoices($query: String) {\n    savedAudiences(first: 50, query: $query) {\n      edges {\n        node {\n          id\n          name\n          memberCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AudienceChoices($query: String) {\n    savedAudiences(first: 50, query: $query) {\n      edges {\n        node {\n          id\n          name\n          memberCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    name\n    email\n    initials\n    photoThumbnailUrl\n    title\n    locale\n    timeZone\n    roles\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    name\n    email\n    initials\n    photoThumbnailUrl\n    title\n    locale\n    timeZone\n    roles\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ViewerAbilityFlags on ViewerAbilities {\n    canManagePeople\n    canAssignRoles\n    canManageTeams\n    canImport\n    canManageAudiences\n    canReadMailOutbox\n    canManagePolicies\n    canViewCompliance\n    canVerifyPolicyEvidence\n    canManageTraining\n    canViewTrainingMatrix\n    canAnnounce\n    canAnnounceToAnyone\n  }\n"): (typeof documents)["\n  fragment ViewerAbilityFlags on ViewerAbilities {\n    canManagePeople\n    canAssignRoles\n    canManageTeams\n    canImport\n    canManageAudiences\n    canReadMailOutbox\n    canManagePolicies\n    canViewCompliance\n    canVerifyPolicyEvidence\n    canManageTraining\n    canViewTrainingMatrix\n    canAnnounce\n    canAnnounceToAnyone\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      ...SessionUser\n    }\n    abilities {\n      ...ViewerAbilityFlags\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      ...SessionUser\n    }\n    abilities {\n      ...ViewerAbilityFlags\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        ...SessionUser\n      }\n      abilities {\n        ...ViewerAbilityFlags\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        ...SessionUser\n      }\n      abilities {\n        ...ViewerAbilityFlags\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut {\n      ok\n    }\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut {\n      ok\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere {\n      ok\n      revokedSessions\n    }\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere {\n      ok\n      revokedSessions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n      revokedSessions\n    }\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input) {\n      ok\n      revokedSessions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMySettings($input: UpdateMySettingsInput!) {\n    updateMySettings(input: $input) {\n      user {\n        id\n        locale\n        timeZone\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMySettings($input: UpdateMySettingsInput!) {\n    updateMySettings(input: $input) {\n      user {\n        id\n        locale\n        timeZone\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountLink($token: String!) {\n    accountLink(token: $token) {\n      purpose\n      name\n    }\n  }\n"): (typeof documents)["\n  query AccountLink($token: String!) {\n    accountLink(token: $token) {\n      purpose\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetPasswordFromLink($input: SetPasswordFromLinkInput!) {\n    setPasswordFromLink(input: $input) {\n      user {\n        ...SessionUser\n      }\n      abilities {\n        ...ViewerAbilityFlags\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetPasswordFromLink($input: SetPasswordFromLinkInput!) {\n    setPasswordFromLink(input: $input) {\n      user {\n        ...SessionUser\n      }\n      abilities {\n        ...ViewerAbilityFlags\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SetupStatus {\n    setupStatus {\n      needed\n    }\n  }\n"): (typeof documents)["\n  query SetupStatus {\n    setupStatus {\n      needed\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteSetup($input: CompleteSetupInput!) {\n    completeSetup(input: $input) {\n      user {\n        ...SessionUser\n      }\n      abilities {\n        ...ViewerAbilityFlags\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteSetup($input: CompleteSetupInput!) {\n    completeSetup(input: $input) {\n      user {\n        ...SessionUser\n      }\n      abilities {\n        ...ViewerAbilityFlags\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...UserDetails\n      status\n      roles\n      ...UserAbilityFlags\n      abilities {\n        canResendInvitation\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...UserDetails\n      status\n      roles\n      ...UserAbilityFlags\n      abilities {\n        canResendInvitation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateUser($input: CreateUserInput!) {\n    createUser(input: $input) {\n      user {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...UserDetails\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) {\n      user {\n        ...UserDetails\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserStatus($input: SetUserStatusInput!) {\n    setUserStatus(input: $input) {\n      user {\n        id\n        status\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserStatus($input: SetUserStatusInput!) {\n    setUserStatus(input: $input) {\n      user {\n        id\n        status\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignRoles($input: AssignRolesInput!) {\n    assignRoles(input: $input) {\n      user {\n        id\n        roles\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignRoles($input: AssignRolesInput!) {\n    assignRoles(input: $input) {\n      user {\n        id\n        roles\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team {\n        ...TeamRef\n        parent {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTeam($input: CreateTeamInput!) {\n    createTeam(input: $input) {\n      team {\n        ...TeamRef\n        parent {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team {\n        ...TeamRef\n        description\n        parent {\n          ...TeamRef\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTeam($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team {\n        ...TeamRef\n        description\n        parent {\n          ...TeamRef\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTeamLead($input: TeamMemberInput!) {\n    setTeamLead(input: $input) {\n      team {\n        ...TeamLeadership\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetTeamLead($input: TeamMemberInput!) {\n    setTeamLead(input: $input) {\n      team {\n        ...TeamLeadership\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddTeamMember($input: TeamMemberInput!) {\n    addTeamMember(input: $input) {\n      team {\n        id\n        memberCount\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddTeamMember($input: TeamMemberInput!) {\n    addTeamMember(input: $input) {\n      team {\n        id\n        memberCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveTeamMember($input: TeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      team {\n        ...TeamLeadership\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveTeamMember($input: TeamMemberInput!) {\n    removeTeamMember(input: $input) {\n      team {\n        ...TeamLeadership\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendPasswordReset($id: ID!) {\n    sendPasswordReset(id: $id) {\n      user {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SendPasswordReset($id: ID!) {\n    sendPasswordReset(id: $id) {\n      user {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTeamDescription($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team {\n        id\n        description\n        contact\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTeamDescription($input: UpdateTeamInput!) {\n    updateTeam(input: $input) {\n      team {\n        id\n        description\n        contact\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleSearch($query: String, $teamId: ID, $location: String, $status: UserStatus, $first: Int, $after: String) {\n    people(query: $query, teamId: $teamId, location: $location, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PersonSummary\n          email\n          location\n          status\n          roles\n          ...UserMemberships\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleSearch($query: String, $teamId: ID, $location: String, $status: UserStatus, $first: Int, $after: String) {\n    people(query: $query, teamId: $teamId, location: $location, status: $status, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PersonSummary\n          email\n          location\n          status\n          roles\n          ...UserMemberships\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserProfile($id: ID!, $reportsFirst: Int) {\n    user(id: $id) {\n      ...PersonSummary\n      email\n      location\n      timeZone\n      status\n      former\n      startDate\n      ...UserProfileFields\n      directReportCount\n      manager {\n        ...PersonSummary\n      }\n      managerChain {\n        ...PersonSummary\n      }\n      peers {\n        ...PersonSummary\n      }\n      reports(first: $reportsFirst) {\n        edges {\n          node {\n            ...PersonSummary\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n      ...UserMemberships\n      ...UserAbilityFlags\n    }\n  }\n"): (typeof documents)["\n  query UserProfile($id: ID!, $reportsFirst: Int) {\n    user(id: $id) {\n      ...PersonSummary\n      email\n      location\n      timeZone\n      status\n      former\n      startDate\n      ...UserProfileFields\n      directReportCount\n      manager {\n        ...PersonSummary\n      }\n      managerChain {\n        ...PersonSummary\n      }\n      peers {\n        ...PersonSummary\n      }\n      reports(first: $reportsFirst) {\n        edges {\n          node {\n            ...PersonSummary\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n      ...UserMemberships\n      ...UserAbilityFlags\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgChart($id: ID!, $reportsFirst: Int) {\n    user(id: $id) {\n      ...OrgChartPerson\n      managerChain {\n        ...OrgChartPerson\n      }\n      peers {\n        ...OrgChartPerson\n      }\n      reports(first: $reportsFirst) {\n        edges {\n          node {\n            ...OrgChartPerson\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgChart($id: ID!, $reportsFirst: Int) {\n    user(id: $id) {\n      ...OrgChartPerson\n      managerChain {\n        ...OrgChartPerson\n      }\n      peers {\n        ...OrgChartPerson\n      }\n      reports(first: $reportsFirst) {\n        edges {\n          node {\n            ...OrgChartPerson\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UserReportsPage($id: ID!, $first: Int, $after: String) {\n    user(id: $id) {\n      id\n      reports(first: $first, after: $after) {\n        edges {\n          node {\n            ...OrgChartPerson\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query UserReportsPage($id: ID!, $first: Int, $after: String) {\n    user(id: $id) {\n      id\n      reports(first: $first, after: $after) {\n        edges {\n          node {\n            ...OrgChartPerson\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamPage($id: ID!, $first: Int, $after: String) {\n    team(id: $id) {\n      ...TeamRef\n      description\n      contact\n      ...TeamLeadership\n      ancestors {\n        ...TeamRef\n      }\n      children(first: 100) {\n        edges {\n          node {\n            ...TeamRef\n            memberCount\n            childCount\n          }\n        }\n      }\n      abilities {\n        canEdit\n        canManageMembers\n        canEditDescription\n        canAppointLead\n      }\n      members(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            role\n            joinedAt\n            user {\n              ...PersonSummary\n              location\n            }\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamPage($id: ID!, $first: Int, $after: String) {\n    team(id: $id) {\n      ...TeamRef\n      description\n      contact\n      ...TeamLeadership\n      ancestors {\n        ...TeamRef\n      }\n      children(first: 100) {\n        edges {\n          node {\n            ...TeamRef\n            memberCount\n            childCount\n          }\n        }\n      }\n      abilities {\n        canEdit\n        canManageMembers\n        canEditDescription\n        canAppointLead\n      }\n      members(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            role\n            joinedAt\n            user {\n              ...PersonSummary\n              location\n            }\n          }\n        }\n        pageInfo {\n          ...PageInfoFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Departments {\n    departments {\n      ...TeamRef\n      childCount\n    }\n  }\n"): (typeof documents)["\n  query Departments {\n    departments {\n      ...TeamRef\n      childCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamOptions($query: String, $first: Int) {\n    teamOptions(query: $query, first: $first) {\n      edges {\n        node {\n          id\n          name\n          path\n          depth\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamOptions($query: String, $first: Int) {\n    teamOptions(query: $query, first: $first) {\n      edges {\n        node {\n          id\n          name\n          path\n          depth\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamOption($id: ID!) {\n    team(id: $id) {\n      ...TeamRef\n      ancestors {\n        ...TeamRef\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamOption($id: ID!) {\n    team(id: $id) {\n      ...TeamRef\n      ancestors {\n        ...TeamRef\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamChildren($id: ID!) {\n    team(id: $id) {\n      ...TeamRef\n      memberCount\n      children(first: 100) {\n        edges {\n          node {\n            ...TeamRef\n            memberCount\n            childCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamChildren($id: ID!) {\n    team(id: $id) {\n      ...TeamRef\n      memberCount\n      children(first: 100) {\n        edges {\n          node {\n            ...TeamRef\n            memberCount\n            childCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Locations {\n    locations {\n      location\n      people\n    }\n  }\n"): (typeof documents)["\n  query Locations {\n    locations {\n      location\n      people\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgChartRoots($first: Int, $after: String) {\n    orgChartRoots(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...OrgChartPerson\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgChartRoots($first: Int, $after: String) {\n    orgChartRoots(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...OrgChartPerson\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgBranch($id: ID!) {\n    user(id: $id) {\n      id\n      directReportCount\n      directReports {\n        ...OrgChartPerson\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgBranch($id: ID!) {\n    user(id: $id) {\n      id\n      directReportCount\n      directReports {\n        ...OrgChartPerson\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamTreeRoots {\n    departments {\n      ...TeamTreeNode\n    }\n  }\n"): (typeof documents)["\n  query TeamTreeRoots {\n    departments {\n      ...TeamTreeNode\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamTreeBranch($id: ID!) {\n    team(id: $id) {\n      id\n      childCount\n      children(first: 50) {\n        edges {\n          node {\n            ...TeamTreeNode\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamTreeBranch($id: ID!) {\n    team(id: $id) {\n      id\n      childCount\n      children(first: 50) {\n        edges {\n          node {\n            ...TeamTreeNode\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DirectorySearch($query: String, $teamId: ID, $includeSubTeams: Boolean, $location: String, $skill: String, $first: Int, $after: String) {\n    people(query: $query, teamId: $teamId, includeSubTeams: $includeSubTeams, location: $location, skill: $skill, first: $first, after: $after) {\n      totalCount\n      didYouMean {\n        query\n        location\n      }\n      edges {\n        cursor\n        node {\n          ...PersonSummary\n          location\n          skills\n          photoThumbnailUrl\n          ...UserMemberships\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query DirectorySearch($query: String, $teamId: ID, $includeSubTeams: Boolean, $location: String, $skill: String, $first: Int, $after: String) {\n    people(query: $query, teamId: $teamId, includeSubTeams: $includeSubTeams, location: $location, skill: $skill, first: $first, after: $after) {\n      totalCount\n      didYouMean {\n        query\n        location\n      }\n      edges {\n        cursor\n        node {\n          ...PersonSummary\n          location\n          skills\n          photoThumbnailUrl\n          ...UserMemberships\n        }\n      }\n      pageInfo {\n        ...PageInfoFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleSuggestions($query: String!, $first: Int!) {\n    people(query: $query, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...PersonSummary\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PeopleSuggestions($query: String!, $first: Int!) {\n    people(query: $query, first: $first) {\n      totalCount\n      edges {\n        node {\n          ...PersonSummary\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PeopleExport($query: String, $teamId: ID, $includeSubTeams: Boolean, $location: String, $skill: String) {\n    peopleExport(query: $query, teamId: $teamId, includeSubTeams: $includeSubTeams, location: $location, skill: $skill) {\n      csv\n      rows\n      truncated\n    }\n  }\n"): (typeof documents)["\n  query PeopleExport($query: String, $teamId: ID, $includeSubTeams: Boolean, $location: String, $skill: String) {\n    peopleExport(query: $query, teamId: $teamId, includeSubTeams: $includeSubTeams, location: $location, skill: $skill) {\n      csv\n      rows\n      truncated\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonSummary on User {\n    id\n    name\n    initials\n    photoThumbnailUrl\n    title\n  }\n"): (typeof documents)["\n  fragment PersonSummary on User {\n    id\n    name\n    initials\n    photoThumbnailUrl\n    title\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamRef on Team {\n    id\n    name\n  }\n"): (typeof documents)["\n  fragment TeamRef on Team {\n    id\n    name\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserMemberships on User {\n    teams {\n      role\n      team {\n        ...TeamRef\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment UserMemberships on User {\n    teams {\n      role\n      team {\n        ...TeamRef\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserAbilityFlags on User {\n    abilities {\n      canEdit\n      canSuspend\n      canAssignRoles\n    }\n  }\n"): (typeof documents)["\n  fragment UserAbilityFlags on User {\n    abilities {\n      canEdit\n      canSuspend\n      canAssignRoles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserDetails on User {\n    id\n    name\n    initials\n    email\n    title\n    location\n    locale\n    timeZone\n    startDate\n    manager {\n      ...PersonSummary\n    }\n  }\n"): (typeof documents)["\n  fragment UserDetails on User {\n    id\n    name\n    initials\n    email\n    title\n    location\n    locale\n    timeZone\n    startDate\n    manager {\n      ...PersonSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamLeadership on Team {\n    id\n    memberCount\n    lead {\n      ...PersonSummary\n    }\n  }\n"): (typeof documents)["\n  fragment TeamLeadership on Team {\n    id\n    memberCount\n    lead {\n      ...PersonSummary\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgChartPerson on User {\n    ...PersonSummary\n    directReportCount\n  }\n"): (typeof documents)["\n  fragment OrgChartPerson on User {\n    ...PersonSummary\n    directReportCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"): (typeof documents)["\n  fragment PageInfoFields on PageInfo {\n    hasNextPage\n    endCursor\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamTreeNode on Team {\n    id\n    name\n    memberCount\n    childCount\n    lead {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment TeamTreeNode on Team {\n    id\n    name\n    memberCount\n    childCount\n    lead {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserProfileFields on User {\n    about\n    pronouns\n    phone\n    workingHours {\n      days\n      start\n      end\n    }\n    languages\n    skills\n    photoUrl\n    photoThumbnailUrl\n  }\n"): (typeof documents)["\n  fragment UserProfileFields on User {\n    about\n    pronouns\n    phone\n    workingHours {\n      days\n      start\n      end\n    }\n    languages\n    skills\n    photoUrl\n    photoThumbnailUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DirectoryImportRowErrorFields on DirectoryImportRowError {\n    line\n    column\n    code\n    message\n  }\n"): (typeof documents)["\n  fragment DirectoryImportRowErrorFields on DirectoryImportRowError {\n    line\n    column\n    code\n    message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PreviewDirectoryImport($input: PreviewDirectoryImportInput!) {\n    previewDirectoryImport(input: $input) {\n      total\n      toCreate\n      toUpdate\n      unchanged\n      teamsToCreate\n      newTeamPaths\n      maxNewTeams\n      rejectedRows\n      errorCount\n      errors {\n        ...DirectoryImportRowErrorFields\n      }\n      rejectedCsv\n    }\n  }\n"): (typeof documents)["\n  mutation PreviewDirectoryImport($input: PreviewDirectoryImportInput!) {\n    previewDirectoryImport(input: $input) {\n      total\n      toCreate\n      toUpdate\n      unchanged\n      teamsToCreate\n      newTeamPaths\n      maxNewTeams\n      rejectedRows\n      errorCount\n      errors {\n        ...DirectoryImportRowErrorFields\n      }\n      rejectedCsv\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ApplyDirectoryImport($input: ApplyDirectoryImportInput!) {\n    applyDirectoryImport(input: $input) {\n      importId\n      mode\n      total\n      toCreate\n      toUpdate\n      unchanged\n      teamsToCreate\n      newTeamPaths\n      rejectedRows\n      errorCount\n      errors {\n        ...DirectoryImportRowErrorFields\n      }\n      rejectedCsv\n    }\n  }\n"): (typeof documents)["\n  mutation ApplyDirectoryImport($input: ApplyDirectoryImportInput!) {\n    applyDirectoryImport(input: $input) {\n      importId\n      mode\n      total\n      toCreate\n      toUpdate\n      unchanged\n      teamsToCreate\n      newTeamPaths\n      rejectedRows\n      errorCount\n      errors {\n        ...DirectoryImportRowErrorFields\n      }\n      rejectedCsv\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProfile($id: ID!) {\n    user(id: $id) {\n      ...PersonSummary\n      location\n      timeZone\n      manager {\n        ...PersonSummary\n      }\n      ...UserMemberships\n      ...UserProfileFields\n    }\n  }\n"): (typeof documents)["\n  query MyProfile($id: ID!) {\n    user(id: $id) {\n      ...PersonSummary\n      location\n      timeZone\n      manager {\n        ...PersonSummary\n      }\n      ...UserMemberships\n      ...UserProfileFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      user {\n        id\n        timeZone\n        ...UserProfileFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyProfile($input: UpdateMyProfileInput!) {\n    updateMyProfile(input: $input) {\n      user {\n        id\n        timeZone\n        ...UserProfileFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMyPhoto($input: SetMyPhotoInput!) {\n    setMyPhoto(input: $input) {\n      user {\n        id\n        photoUrl\n        photoThumbnailUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetMyPhoto($input: SetMyPhotoInput!) {\n    setMyPhoto(input: $input) {\n      user {\n        id\n        photoUrl\n        photoThumbnailUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMyPhoto {\n    removeMyPhoto {\n      user {\n        id\n        photoUrl\n        photoThumbnailUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveMyPhoto {\n    removeMyPhoto {\n      user {\n        id\n        photoUrl\n        photoThumbnailUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostAnnouncement on Post {\n    announcement {\n      mustRead\n      audienceId\n      myReceipt {\n        deliveredAt\n        seenAt\n        readAt\n        acknowledgedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PostAnnouncement on Post {\n    announcement {\n      mustRead\n      audienceId\n      myReceipt {\n        deliveredAt\n        seenAt\n        readAt\n        acknowledgedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      post {\n        ...PostCard\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishAnnouncement($input: PublishAnnouncementInput!) {\n    publishAnnouncement(input: $input) {\n      post {\n        ...PostCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAnnouncementSeen($id: ID!) {\n    markAnnouncementSeen(id: $id) {\n      post {\n        id\n        ...PostAnnouncement\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAnnouncementSeen($id: ID!) {\n    markAnnouncementSeen(id: $id) {\n      post {\n        id\n        ...PostAnnouncement\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAnnouncementRead($id: ID!) {\n    markAnnouncementRead(id: $id) {\n      post {\n        id\n        ...PostAnnouncement\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAnnouncementRead($id: ID!) {\n    markAnnouncementRead(id: $id) {\n      post {\n        id\n        ...PostAnnouncement\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgeAnnouncement($id: ID!) {\n    acknowledgeAnnouncement(id: $id) {\n      post {\n        id\n        ...PostAnnouncement\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgeAnnouncement($id: ID!) {\n    acknowledgeAnnouncement(id: $id) {\n      post {\n        id\n        ...PostAnnouncement\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReachCountsFields on ReachCounts {\n    audience\n    delivered\n    seen\n    read\n    acknowledged\n    seenPercent\n    readPercent\n    acknowledgedPercent\n  }\n"): (typeof documents)["\n  fragment ReachCountsFields on ReachCounts {\n    audience\n    delivered\n    seen\n    read\n    acknowledged\n    seenPercent\n    readPercent\n    acknowledgedPercent\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnouncementReach($id: ID!, $first: Int, $after: String) {\n    announcementReach(id: $id) {\n      id\n      audienceId\n      mustRead\n      lastRemindedAt\n      totals {\n        ...ReachCountsFields\n      }\n      teams(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            teamId\n            name\n            counts {\n              ...ReachCountsFields\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnnouncementReach($id: ID!, $first: Int, $after: String) {\n    announcementReach(id: $id) {\n      id\n      audienceId\n      mustRead\n      lastRemindedAt\n      totals {\n        ...ReachCountsFields\n      }\n      teams(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            teamId\n            name\n            counts {\n              ...ReachCountsFields\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnnouncementPending($id: ID!, $state: AnnouncementPendingState!, $first: Int, $after: String) {\n    announcementPending(id: $id, state: $state, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          deliveredAt\n          seenAt\n          readAt\n          user {\n            id\n            name\n            initials\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query AnnouncementPending($id: ID!, $state: AnnouncementPendingState!, $first: Int, $after: String) {\n    announcementPending(id: $id, state: $state, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          deliveredAt\n          seenAt\n          readAt\n          user {\n            id\n            name\n            initials\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindAnnouncement($id: ID!) {\n    remindAnnouncement(id: $id) {\n      remindedCount\n      nextReminderAt\n    }\n  }\n"): (typeof documents)["\n  mutation RemindAnnouncement($id: ID!) {\n    remindAnnouncement(id: $id) {\n      remindedCount\n      nextReminderAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostAuthor on User {\n    id\n    name\n    initials\n    photoThumbnailUrl\n  }\n"): (typeof documents)["\n  fragment PostAuthor on User {\n    id\n    name\n    initials\n    photoThumbnailUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PostCard on Post {\n    id\n    teamId\n    body\n    bodyHtml\n    language\n    topics\n    status\n    rejectionReason\n    isAnnouncement\n    pinnedUntil\n    ...PostAnnouncement\n    version\n    editedAt\n    createdAt\n    commentCount\n    myReaction\n    author {\n      ...PostAuthor\n    }\n    abilities {\n      canEdit\n      canDelete\n      canModerate\n    }\n    reactionCounts {\n      kind\n      count\n    }\n    attachments {\n      id\n      name\n      mime\n      bytes\n      url\n      thumbnailUrl\n      width\n      height\n    }\n  }\n"): (typeof documents)["\n  fragment PostCard on Post {\n    id\n    teamId\n    body\n    bodyHtml\n    language\n    topics\n    status\n    rejectionReason\n    isAnnouncement\n    pinnedUntil\n    ...PostAnnouncement\n    version\n    editedAt\n    createdAt\n    commentCount\n    myReaction\n    author {\n      ...PostAuthor\n    }\n    abilities {\n      canEdit\n      canDelete\n      canModerate\n    }\n    reactionCounts {\n      kind\n      count\n    }\n    attachments {\n      id\n      name\n      mime\n      bytes\n      url\n      thumbnailUrl\n      width\n      height\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FeedPage on PostConnection {\n    edges {\n      cursor\n      node {\n        ...PostCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment FeedPage on PostConnection {\n    edges {\n      cursor\n      node {\n        ...PostCard\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeFeed($first: Int, $after: String) {\n    homeFeed(first: $first, after: $after) {\n      ...FeedPage\n    }\n  }\n"): (typeof documents)["\n  query HomeFeed($first: Int, $after: String) {\n    homeFeed(first: $first, after: $after) {\n      ...FeedPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CompanyFeed($first: Int, $after: String) {\n    companyFeed(first: $first, after: $after) {\n      ...FeedPage\n    }\n  }\n"): (typeof documents)["\n  query CompanyFeed($first: Int, $after: String) {\n    companyFeed(first: $first, after: $after) {\n      ...FeedPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamFeedPosts($teamId: ID!, $first: Int, $after: String) {\n    teamFeedPosts(teamId: $teamId, first: $first, after: $after) {\n      ...FeedPage\n    }\n  }\n"): (typeof documents)["\n  query TeamFeedPosts($teamId: ID!, $first: Int, $after: String) {\n    teamFeedPosts(teamId: $teamId, first: $first, after: $after) {\n      ...FeedPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TopicFeed($topic: String!, $first: Int, $after: String) {\n    topicFeed(topic: $topic, first: $first, after: $after) {\n      ...FeedPage\n    }\n  }\n"): (typeof documents)["\n  query TopicFeed($topic: String!, $first: Int, $after: String) {\n    topicFeed(topic: $topic, first: $first, after: $after) {\n      ...FeedPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingPosts($teamId: ID!, $first: Int, $after: String) {\n    pendingPosts(teamId: $teamId, first: $first, after: $after) {\n      ...FeedPage\n    }\n  }\n"): (typeof documents)["\n  query PendingPosts($teamId: ID!, $first: Int, $after: String) {\n    pendingPosts(teamId: $teamId, first: $first, after: $after) {\n      ...FeedPage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostCard\n    }\n  }\n"): (typeof documents)["\n  query Post($id: ID!) {\n    post(id: $id) {\n      ...PostCard\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostVersions($id: ID!) {\n    post(id: $id) {\n      id\n      version\n      earlierVersions {\n        version\n        bodyHtml\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostVersions($id: ID!) {\n    post(id: $id) {\n      id\n      version\n      earlierVersions {\n        version\n        bodyHtml\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamFeed($teamId: ID!) {\n    teamFeed(teamId: $teamId) {\n      teamId\n      visibility\n      requiresApproval\n      viewerIsMember\n      canConfigure\n      viewerFollows\n    }\n  }\n"): (typeof documents)["\n  query TeamFeed($teamId: ID!) {\n    teamFeed(teamId: $teamId) {\n      teamId\n      visibility\n      requiresApproval\n      viewerIsMember\n      canConfigure\n      viewerFollows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Topic($topic: String!) {\n    topic(topic: $topic) {\n      topic\n      viewerFollows\n    }\n  }\n"): (typeof documents)["\n  query Topic($topic: String!) {\n    topic(topic: $topic) {\n      topic\n      viewerFollows\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfigureTeamFeed($input: TeamFeedSettingsInput!) {\n    configureTeamFeed(input: $input) {\n      teamId\n      visibility\n      requiresApproval\n      viewerIsMember\n      canConfigure\n    }\n  }\n"): (typeof documents)["\n  mutation ConfigureTeamFeed($input: TeamFeedSettingsInput!) {\n    configureTeamFeed(input: $input) {\n      teamId\n      visibility\n      requiresApproval\n      viewerIsMember\n      canConfigure\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      post {\n        ...PostCard\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePost($input: CreatePostInput!) {\n    createPost(input: $input) {\n      post {\n        ...PostCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      post {\n        ...PostCard\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePost($input: UpdatePostInput!) {\n    updatePost(input: $input) {\n      post {\n        ...PostCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePost($id: ID!) {\n    deletePost(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      post {\n        ...PostCard\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ModeratePost($input: ModeratePostInput!) {\n    moderatePost(input: $input) {\n      post {\n        ...PostCard\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation React($input: ReactInput!) {\n    react(input: $input) {\n      post {\n        id\n        myReaction\n        reactionCounts {\n          kind\n          count\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation React($input: ReactInput!) {\n    react(input: $input) {\n      post {\n        id\n        myReaction\n        reactionCounts {\n          kind\n          count\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostReactors($id: ID!, $kind: ReactionKind, $first: Int, $after: String) {\n    post(id: $id) {\n      id\n      reactors(kind: $kind, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            kind\n            user {\n              ...PostAuthor\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostReactors($id: ID!, $kind: ReactionKind, $first: Int, $after: String) {\n    post(id: $id) {\n      id\n      reactors(kind: $kind, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            kind\n            user {\n              ...PostAuthor\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    postId\n    parentId\n    body\n    bodyHtml\n    createdAt\n    canDelete\n    author {\n      ...PostAuthor\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    postId\n    parentId\n    body\n    bodyHtml\n    createdAt\n    canDelete\n    author {\n      ...PostAuthor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentRepliesPage on CommentConnection {\n    edges {\n      cursor\n      node {\n        ...CommentFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"): (typeof documents)["\n  fragment CommentRepliesPage on CommentConnection {\n    edges {\n      cursor\n      node {\n        ...CommentFields\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PostComments($id: ID!, $first: Int, $after: String) {\n    post(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...CommentFields\n            replies(first: 10) {\n              ...CommentRepliesPage\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PostComments($id: ID!, $first: Int, $after: String) {\n    post(id: $id) {\n      id\n      commentCount\n      comments(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...CommentFields\n            replies(first: 10) {\n              ...CommentRepliesPage\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentReplies($id: ID!, $first: Int, $after: String) {\n    comment(id: $id) {\n      id\n      replies(first: $first, after: $after) {\n        ...CommentRepliesPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentReplies($id: ID!, $first: Int, $after: String) {\n    comment(id: $id) {\n      id\n      replies(first: $first, after: $after) {\n        ...CommentRepliesPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      comment {\n        ...CommentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateComment($input: CreateCommentInput!) {\n    createComment(input: $input) {\n      comment {\n        ...CommentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteComment($id: ID!) {\n    deleteComment(id: $id) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MentionSuggestions($query: String!, $teamId: ID) {\n    mentionSuggestions(query: $query, teamId: $teamId) {\n      people {\n        ...PostAuthor\n        title\n      }\n      teams {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MentionSuggestions($query: String!, $teamId: ID) {\n    mentionSuggestions(query: $query, teamId: $teamId) {\n      people {\n        ...PostAuthor\n        title\n      }\n      teams {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenderPostPreview($body: String!, $teamId: ID) {\n    renderPostPreview(body: $body, teamId: $teamId) {\n      html\n      topics\n    }\n  }\n"): (typeof documents)["\n  query RenderPostPreview($body: String!, $teamId: ID) {\n    renderPostPreview(body: $body, teamId: $teamId) {\n      html\n      topics\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Discover {\n    discover {\n      teams {\n        teamId\n        postCount\n        viewerFollows\n      }\n      topics {\n        topic\n        postCount\n        viewerFollows\n      }\n    }\n  }\n"): (typeof documents)["\n  query Discover {\n    discover {\n      teams {\n        teamId\n        postCount\n        viewerFollows\n      }\n      topics {\n        topic\n        postCount\n        viewerFollows\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      kind\n      target\n      following\n    }\n  }\n"): (typeof documents)["\n  mutation Follow($input: FollowInput!) {\n    follow(input: $input) {\n      kind\n      target\n      following\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Unfollow($input: FollowInput!) {\n    unfollow(input: $input) {\n      kind\n      target\n      following\n    }\n  }\n"): (typeof documents)["\n  mutation Unfollow($input: FollowInput!) {\n    unfollow(input: $input) {\n      kind\n      target\n      following\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyFeedTeams($id: ID!) {\n    user(id: $id) {\n      id\n      teams {\n        role\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyFeedTeams($id: ID!) {\n    user(id: $id) {\n      id\n      teams {\n        role\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"): (typeof documents)["\n  query UnreadNotificationCount {\n    unreadNotificationCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          available\n          targetType\n          targetId\n          data {\n            key\n            id\n          }\n          actorCount\n          createdAt\n          updatedAt\n          readAt\n          actors {\n            id\n            name\n            initials\n            photoThumbnailUrl\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($first: Int, $after: String, $unreadOnly: Boolean) {\n    notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {\n      edges {\n        cursor\n        node {\n          id\n          kind\n          available\n          targetType\n          targetId\n          data {\n            key\n            id\n          }\n          actorCount\n          createdAt\n          updatedAt\n          readAt\n          actors {\n            id\n            name\n            initials\n            photoThumbnailUrl\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(input: { ids: $ids }) {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationsRead($ids: [ID!]!) {\n    markNotificationsRead(input: { ids: $ids }) {\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      unreadCount\n    }\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead {\n      unreadCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n      defaultChannel\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      channel\n      defaultChannel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      channel\n      defaultChannel\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      channel\n      defaultChannel\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MailOutbox($first: Int, $after: String) {\n    mailOutbox(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MailOutbox($first: Int, $after: String) {\n    mailOutbox(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          to\n          subject\n          text\n          createdAt\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyStatusFields on PolicyReaderStatus {\n    state\n    dueAt\n    acknowledgedAt\n    acknowledgedVersion\n    acknowledgedVersionId\n  }\n"): (typeof documents)["\n  fragment PolicyStatusFields on PolicyReaderStatus {\n    state\n    dueAt\n    acknowledgedAt\n    acknowledgedVersion\n    acknowledgedVersionId\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyCardFields on Policy {\n    id\n    title\n    kind\n    category\n    tags\n    retiredAt\n    currentVersion {\n      id\n      label\n      effectiveAt\n    }\n    viewerStatus {\n      ...PolicyStatusFields\n    }\n  }\n"): (typeof documents)["\n  fragment PolicyCardFields on Policy {\n    id\n    title\n    kind\n    category\n    tags\n    retiredAt\n    currentVersion {\n      id\n      label\n      effectiveAt\n    }\n    viewerStatus {\n      ...PolicyStatusFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Policies($first: Int, $after: String) {\n    policies(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PolicyCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query Policies($first: Int, $after: String) {\n    policies(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PolicyCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPolicies($first: Int, $after: String) {\n    myPolicies(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          policy {\n            ...PolicyCardFields\n          }\n          status {\n            ...PolicyStatusFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPolicies($first: Int, $after: String) {\n    myPolicies(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          policy {\n            ...PolicyCardFields\n          }\n          status {\n            ...PolicyStatusFields\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyVersionFields on PolicyVersion {\n    id\n    label\n    major\n    minor\n    isMajor\n    status\n    changeSummary\n    effectiveAt\n    publishedAt\n    languages\n    fallbackLanguage\n    acknowledgementMethod\n    dueInDays\n  }\n"): (typeof documents)["\n  fragment PolicyVersionFields on PolicyVersion {\n    id\n    label\n    major\n    minor\n    isMajor\n    status\n    changeSummary\n    effectiveAt\n    publishedAt\n    languages\n    fallbackLanguage\n    acknowledgementMethod\n    dueInDays\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyReviewFields on PolicyReview {\n    reviewer {\n      id\n      name\n    }\n    decision\n    comment\n    requestedAt\n    decidedAt\n  }\n"): (typeof documents)["\n  fragment PolicyReviewFields on PolicyReview {\n    reviewer {\n      id\n      name\n    }\n    decision\n    comment\n    requestedAt\n    decidedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Policy($id: ID!, $language: String) {\n    policy(id: $id) {\n      ...PolicyCardFields\n      owner {\n        id\n        name\n      }\n      abilities {\n        canManage\n        canAcknowledge\n      }\n      currentVersion {\n        ...PolicyVersionFields\n        reading(language: $language) {\n          language\n          requestedLanguage\n          isFallback\n          title\n          bodyHtml\n          acknowledgementText\n          textHash\n        }\n        changesSinceSigned(language: $language) {\n          fromVersionId\n          fromLabel\n          fromLanguage\n          toLanguage\n          addedWords\n          removedWords\n          changes {\n            kind\n            text\n          }\n        }\n      }\n      draftVersion {\n        ...PolicyVersionFields\n        reviews {\n          ...PolicyReviewFields\n        }\n      }\n      versions {\n        ...PolicyVersionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Policy($id: ID!, $language: String) {\n    policy(id: $id) {\n      ...PolicyCardFields\n      owner {\n        id\n        name\n      }\n      abilities {\n        canManage\n        canAcknowledge\n      }\n      currentVersion {\n        ...PolicyVersionFields\n        reading(language: $language) {\n          language\n          requestedLanguage\n          isFallback\n          title\n          bodyHtml\n          acknowledgementText\n          textHash\n        }\n        changesSinceSigned(language: $language) {\n          fromVersionId\n          fromLabel\n          fromLanguage\n          toLanguage\n          addedWords\n          removedWords\n          changes {\n            kind\n            text\n          }\n        }\n      }\n      draftVersion {\n        ...PolicyVersionFields\n        reviews {\n          ...PolicyReviewFields\n        }\n      }\n      versions {\n        ...PolicyVersionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      policy {\n        ...PolicyCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePolicy($input: CreatePolicyInput!) {\n    createPolicy(input: $input) {\n      policy {\n        ...PolicyCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DraftPolicyVersion($input: DraftPolicyVersionInput!) {\n    draftPolicyVersion(input: $input) {\n      version {\n        ...PolicyVersionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DraftPolicyVersion($input: DraftPolicyVersionInput!) {\n    draftPolicyVersion(input: $input) {\n      version {\n        ...PolicyVersionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPolicyVersion($id: ID!) {\n    publishPolicyVersion(id: $id) {\n      version {\n        ...PolicyVersionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation PublishPolicyVersion($id: ID!) {\n    publishPolicyVersion(id: $id) {\n      version {\n        ...PolicyVersionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcknowledgePolicy($input: AcknowledgePolicyInput!) {\n    acknowledgePolicy(input: $input) {\n      acknowledgement {\n        id\n        versionLabel\n        acknowledgedAt\n      }\n      policy {\n        ...PolicyCardFields\n        abilities {\n          canManage\n          canAcknowledge\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcknowledgePolicy($input: AcknowledgePolicyInput!) {\n    acknowledgePolicy(input: $input) {\n      acknowledgement {\n        id\n        versionLabel\n        acknowledgedAt\n      }\n      policy {\n        ...PolicyCardFields\n        abilities {\n          canManage\n          canAcknowledge\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartPolicyQuiz($input: StartPolicyQuizInput!) {\n    startPolicyQuiz(input: $input) {\n      attempt {\n        id\n        versionId\n        language\n        number\n        maxAttempts\n        passMark\n        questions {\n          id\n          prompt\n          multiple\n          options {\n            id\n            text\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartPolicyQuiz($input: StartPolicyQuizInput!) {\n    startPolicyQuiz(input: $input) {\n      attempt {\n        id\n        versionId\n        language\n        number\n        maxAttempts\n        passMark\n        questions {\n          id\n          prompt\n          multiple\n          options {\n            id\n            text\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyEvidence($policyId: ID!, $versionId: ID, $first: Int, $after: String) {\n    policyEvidence(policyId: $policyId, versionId: $versionId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          position\n          versionLabel\n          language\n          method\n          acknowledgedAt\n          textHash\n          hash\n          intact\n          user {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyEvidence($policyId: ID!, $versionId: ID, $first: Int, $after: String) {\n    policyEvidence(policyId: $policyId, versionId: $versionId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          position\n          versionLabel\n          language\n          method\n          acknowledgedAt\n          textHash\n          hash\n          intact\n          user {\n            id\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyPolicyEvidence {\n    verifyPolicyEvidence {\n      ok\n      checked\n      headPosition\n      problems {\n        kind\n        position\n        rowId\n        missing\n      }\n    }\n  }\n"): (typeof documents)["\n  query VerifyPolicyEvidence {\n    verifyPolicyEvidence {\n      ok\n      checked\n      headPosition\n      problems {\n        kind\n        position\n        rowId\n        missing\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyCompliance($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID, $location: String, $role: Role) {\n    policyCompliance(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, location: $location, role: $role) {\n      versionId\n      policyId\n      versionLabel\n      groupBy\n      parentId\n      parentName\n      organizationWide\n      totals {\n        audience\n        acknowledged\n        pending\n        overdue\n        percent\n      }\n      groups {\n        id\n        name\n        audience\n        acknowledged\n        pending\n        overdue\n        percent\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyCompliance($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID, $location: String, $role: Role) {\n    policyCompliance(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, location: $location, role: $role) {\n      versionId\n      policyId\n      versionLabel\n      groupBy\n      parentId\n      parentName\n      organizationWide\n      totals {\n        audience\n        acknowledged\n        pending\n        overdue\n        percent\n      }\n      groups {\n        id\n        name\n        audience\n        acknowledged\n        pending\n        overdue\n        percent\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyCompliancePeople($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID, $first: Int, $after: String, $location: String, $role: Role) {\n    policyCompliancePeople(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, first: $first, after: $after, location: $location, role: $role) {\n      edges {\n        cursor\n        node {\n          user {\n            id\n            name\n          }\n          state\n          dueAt\n          acknowledgedAt\n          acknowledgedVersion\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyCompliancePeople($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID, $first: Int, $after: String, $location: String, $role: Role) {\n    policyCompliancePeople(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, first: $first, after: $after, location: $location, role: $role) {\n      edges {\n        cursor\n        node {\n          user {\n            id\n            name\n          }\n          state\n          dueAt\n          acknowledgedAt\n          acknowledgedVersion\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyComplianceCsv($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID, $location: String, $role: Role) {\n    policyComplianceCsv(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, location: $location, role: $role)\n  }\n"): (typeof documents)["\n  query PolicyComplianceCsv($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID, $location: String, $role: Role) {\n    policyComplianceCsv(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, location: $location, role: $role)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyEvidenceCsv($versionId: ID!) {\n    policyEvidenceCsv(versionId: $versionId)\n  }\n"): (typeof documents)["\n  query PolicyEvidenceCsv($versionId: ID!) {\n    policyEvidenceCsv(versionId: $versionId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyComplianceTrend($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID, $location: String, $role: Role) {\n    policyComplianceTrend(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, location: $location, role: $role) {\n      day\n      audience\n      acknowledged\n      pending\n      overdue\n      percent\n    }\n  }\n"): (typeof documents)["\n  query PolicyComplianceTrend($versionId: ID!, $groupBy: PolicyComplianceGrouping, $parentId: ID, $location: String, $role: Role) {\n    policyComplianceTrend(versionId: $versionId, groupBy: $groupBy, parentId: $parentId, location: $location, role: $role) {\n      day\n      audience\n      acknowledged\n      pending\n      overdue\n      percent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPolicyReview($input: RequestPolicyReviewInput!) {\n    requestPolicyReview(input: $input) {\n      version {\n        id\n        reviews {\n          ...PolicyReviewFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RequestPolicyReview($input: RequestPolicyReviewInput!) {\n    requestPolicyReview(input: $input) {\n      version {\n        id\n        reviews {\n          ...PolicyReviewFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PolicyReviewRequestFields on PolicyReviewRequest {\n    policyId\n    policyTitle\n    policyKind\n    policyCategory\n    version {\n      id\n      label\n      status\n      isMajor\n      changeSummary\n      languages\n      acknowledgementMethod\n    }\n    review {\n      decision\n      comment\n      requestedAt\n      decidedAt\n      requestedBy {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment PolicyReviewRequestFields on PolicyReviewRequest {\n    policyId\n    policyTitle\n    policyKind\n    policyCategory\n    version {\n      id\n      label\n      status\n      isMajor\n      changeSummary\n      languages\n      acknowledgementMethod\n    }\n    review {\n      decision\n      comment\n      requestedAt\n      decidedAt\n      requestedBy {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyPolicyReviews($first: Int, $after: String) {\n    myPolicyReviews(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PolicyReviewRequestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyPolicyReviews($first: Int, $after: String) {\n    myPolicyReviews(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...PolicyReviewRequestFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PolicyReviewRequest($versionId: ID!, $language: String) {\n    policyReviewRequest(versionId: $versionId) {\n      ...PolicyReviewRequestFields\n      version {\n        id\n        reading(language: $language) {\n          language\n          isFallback\n          title\n          bodyHtml\n          acknowledgementText\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PolicyReviewRequest($versionId: ID!, $language: String) {\n    policyReviewRequest(versionId: $versionId) {\n      ...PolicyReviewRequestFields\n      version {\n        id\n        reading(language: $language) {\n          language\n          isFallback\n          title\n          bodyHtml\n          acknowledgementText\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewPolicyVersion($input: ReviewPolicyVersionInput!) {\n    reviewPolicyVersion(input: $input) {\n      request {\n        ...PolicyReviewRequestFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ReviewPolicyVersion($input: ReviewPolicyVersionInput!) {\n    reviewPolicyVersion(input: $input) {\n      request {\n        ...PolicyReviewRequestFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SearchHitFields on SearchHit {\n    kind\n    id\n    title\n    snippetHtml\n    url\n    updatedAt\n    language\n    author {\n      id\n      name\n      initials\n      teams {\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment SearchHitFields on SearchHit {\n    kind\n    id\n    title\n    snippetHtml\n    url\n    updatedAt\n    language\n    author {\n      id\n      name\n      initials\n      teams {\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Search($query: String!, $kinds: [SearchKind!], $first: Int, $after: String, $authorId: ID, $language: String, $updatedSince: DateTime, $typing: Boolean) {\n    search(query: $query, kinds: $kinds, first: $first, after: $after, authorId: $authorId, language: $language, updatedSince: $updatedSince, typing: $typing) {\n      edges {\n        cursor\n        node {\n          ...SearchHitFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      counts {\n        kind\n        count\n        capped\n      }\n    }\n  }\n"): (typeof documents)["\n  query Search($query: String!, $kinds: [SearchKind!], $first: Int, $after: String, $authorId: ID, $language: String, $updatedSince: DateTime, $typing: Boolean) {\n    search(query: $query, kinds: $kinds, first: $first, after: $after, authorId: $authorId, language: $language, updatedSince: $updatedSince, typing: $typing) {\n      edges {\n        cursor\n        node {\n          ...SearchHitFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      counts {\n        kind\n        count\n        capped\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Similar($text: String!, $kinds: [SearchKind!], $first: Int) {\n    similar(text: $text, kinds: $kinds, first: $first) {\n      ...SearchHitFields\n    }\n  }\n"): (typeof documents)["\n  query Similar($text: String!, $kinds: [SearchKind!], $first: Int) {\n    similar(text: $text, kinds: $kinds, first: $first) {\n      ...SearchHitFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchSuggestion($query: String!, $kinds: [SearchKind!]) {\n    searchSuggestion(query: $query, kinds: $kinds)\n  }\n"): (typeof documents)["\n  query SearchSuggestion($query: String!, $kinds: [SearchKind!]) {\n    searchSuggestion(query: $query, kinds: $kinds)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingTrainingEvidence($first: Int, $after: String) {\n    pendingTrainingEvidence(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          enrolmentId\n          userId\n          personName\n          courseId\n          courseTitle\n          moduleTitle\n          submittedAt\n          file {\n            id\n            name\n            mime\n            url\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query PendingTrainingEvidence($first: Int, $after: String) {\n    pendingTrainingEvidence(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          id\n          enrolmentId\n          userId\n          personName\n          courseId\n          courseTitle\n          moduleTitle\n          submittedAt\n          file {\n            id\n            name\n            mime\n            url\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PendingTrainingEvidenceCount {\n    pendingTrainingEvidenceCount\n  }\n"): (typeof documents)["\n  query PendingTrainingEvidenceCount {\n    pendingTrainingEvidenceCount\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewTrainingEvidence($input: ReviewTrainingEvidenceInput!) {\n    reviewTrainingEvidence(input: $input)\n  }\n"): (typeof documents)["\n  mutation ReviewTrainingEvidence($input: ReviewTrainingEvidenceInput!) {\n    reviewTrainingEvidence(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NudgeTraining($courseId: ID!, $userId: ID, $teamId: ID) {\n    nudgeTraining(courseId: $courseId, userId: $userId, teamId: $teamId)\n  }\n"): (typeof documents)["\n  mutation NudgeTraining($courseId: ID!, $userId: ID, $teamId: ID) {\n    nudgeTraining(courseId: $courseId, userId: $userId, teamId: $teamId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingCountsFields on TrainingCounts {\n    required\n    done\n    overdue\n    expired\n    percent\n  }\n"): (typeof documents)["\n  fragment TrainingCountsFields on TrainingCounts {\n    required\n    done\n    overdue\n    expired\n    percent\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingRollup($courseId: ID) {\n    trainingRollup(courseId: $courseId) {\n      totals {\n        ...TrainingCountsFields\n      }\n      groups {\n        teamId\n        name\n        parentId\n        counts {\n          ...TrainingCountsFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingRollup($courseId: ID) {\n    trainingRollup(courseId: $courseId) {\n      totals {\n        ...TrainingCountsFields\n      }\n      groups {\n        teamId\n        name\n        parentId\n        counts {\n          ...TrainingCountsFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingCourseReport($courseId: ID!) {\n    trainingCourseCompletion(courseId: $courseId) {\n      ...TrainingCountsFields\n    }\n    trainingCompletionTrend(courseId: $courseId) {\n      month\n      required\n      done\n      percent\n    }\n  }\n"): (typeof documents)["\n  query TrainingCourseReport($courseId: ID!) {\n    trainingCourseCompletion(courseId: $courseId) {\n      ...TrainingCountsFields\n    }\n    trainingCompletionTrend(courseId: $courseId) {\n      month\n      required\n      done\n      percent\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingEnrolmentFields on TrainingEnrolment {\n    id\n    userId\n    courseId\n    courseTitle\n    cycle\n    status\n    enrolledAt\n    dueAt\n    completedAt\n    expiresAt\n    modulesDone\n    modulesTotal\n    certificate {\n      id\n      code\n      completedAt\n      expiresAt\n      pdfUrl\n    }\n  }\n"): (typeof documents)["\n  fragment TrainingEnrolmentFields on TrainingEnrolment {\n    id\n    userId\n    courseId\n    courseTitle\n    cycle\n    status\n    enrolledAt\n    dueAt\n    completedAt\n    expiresAt\n    modulesDone\n    modulesTotal\n    certificate {\n      id\n      code\n      completedAt\n      expiresAt\n      pdfUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTraining {\n    myTraining {\n      assigned {\n        ...TrainingEnrolmentFields\n      }\n      inProgress {\n        ...TrainingEnrolmentFields\n      }\n      dueSoon {\n        ...TrainingEnrolmentFields\n      }\n      overdue {\n        ...TrainingEnrolmentFields\n      }\n      completed {\n        ...TrainingEnrolmentFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTraining {\n    myTraining {\n      assigned {\n        ...TrainingEnrolmentFields\n      }\n      inProgress {\n        ...TrainingEnrolmentFields\n      }\n      dueSoon {\n        ...TrainingEnrolmentFields\n      }\n      overdue {\n        ...TrainingEnrolmentFields\n      }\n      completed {\n        ...TrainingEnrolmentFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingPlayerFields on TrainingPlayer {\n    resumeModuleId\n    enrolment {\n      ...TrainingEnrolmentFields\n    }\n    course {\n      id\n      versionId\n      title\n      description\n      estimatedMinutes\n      validityMonths\n    }\n    modules {\n      done\n      completedAt\n      score\n      evidenceStatus\n      evidenceReason\n      bookedSessionId\n      module {\n        id\n        kind\n        title\n        position\n        contentHtml\n        url\n        policyId\n        passMark\n        maxAttempts\n        drawCount\n        sessions {\n          id\n          startsAt\n          endsAt\n          place\n          capacity\n          seatsLeft\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TrainingPlayerFields on TrainingPlayer {\n    resumeModuleId\n    enrolment {\n      ...TrainingEnrolmentFields\n    }\n    course {\n      id\n      versionId\n      title\n      description\n      estimatedMinutes\n      validityMonths\n    }\n    modules {\n      done\n      completedAt\n      score\n      evidenceStatus\n      evidenceReason\n      bookedSessionId\n      module {\n        id\n        kind\n        title\n        position\n        contentHtml\n        url\n        policyId\n        passMark\n        maxAttempts\n        drawCount\n        sessions {\n          id\n          startsAt\n          endsAt\n          place\n          capacity\n          seatsLeft\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingPlayer($enrolmentId: ID!) {\n    trainingPlayer(enrolmentId: $enrolmentId) {\n      ...TrainingPlayerFields\n    }\n  }\n"): (typeof documents)["\n  query TrainingPlayer($enrolmentId: ID!) {\n    trainingPlayer(enrolmentId: $enrolmentId) {\n      ...TrainingPlayerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CompleteTrainingModule($enrolmentId: ID!, $moduleId: ID!) {\n    completeTrainingModule(enrolmentId: $enrolmentId, moduleId: $moduleId) {\n      player {\n        ...TrainingPlayerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CompleteTrainingModule($enrolmentId: ID!, $moduleId: ID!) {\n    completeTrainingModule(enrolmentId: $enrolmentId, moduleId: $moduleId) {\n      player {\n        ...TrainingPlayerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BookTrainingSession($enrolmentId: ID!, $sessionId: ID!) {\n    bookTrainingSession(enrolmentId: $enrolmentId, sessionId: $sessionId) {\n      player {\n        ...TrainingPlayerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation BookTrainingSession($enrolmentId: ID!, $sessionId: ID!) {\n    bookTrainingSession(enrolmentId: $enrolmentId, sessionId: $sessionId) {\n      player {\n        ...TrainingPlayerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelTrainingSessionBooking($enrolmentId: ID!, $moduleId: ID!) {\n    cancelTrainingSessionBooking(enrolmentId: $enrolmentId, moduleId: $moduleId) {\n      player {\n        ...TrainingPlayerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CancelTrainingSessionBooking($enrolmentId: ID!, $moduleId: ID!) {\n    cancelTrainingSessionBooking(enrolmentId: $enrolmentId, moduleId: $moduleId) {\n      player {\n        ...TrainingPlayerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmTrainingAttendance($enrolmentId: ID!, $moduleId: ID!) {\n    confirmTrainingAttendance(enrolmentId: $enrolmentId, moduleId: $moduleId) {\n      player {\n        ...TrainingPlayerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmTrainingAttendance($enrolmentId: ID!, $moduleId: ID!) {\n    confirmTrainingAttendance(enrolmentId: $enrolmentId, moduleId: $moduleId) {\n      player {\n        ...TrainingPlayerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StartTrainingQuiz($enrolmentId: ID!, $moduleId: ID!) {\n    startTrainingQuiz(enrolmentId: $enrolmentId, moduleId: $moduleId) {\n      id\n      number\n      maxAttempts\n      passMark\n      questions {\n        id\n        prompt\n        multiple\n        options {\n          id\n          text\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation StartTrainingQuiz($enrolmentId: ID!, $moduleId: ID!) {\n    startTrainingQuiz(enrolmentId: $enrolmentId, moduleId: $moduleId) {\n      id\n      number\n      maxAttempts\n      passMark\n      questions {\n        id\n        prompt\n        multiple\n        options {\n          id\n          text\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitTrainingQuiz($input: SubmitTrainingQuizInput!) {\n    submitTrainingQuiz(input: $input) {\n      player {\n        ...TrainingPlayerFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitTrainingQuiz($input: SubmitTrainingQuizInput!) {\n    submitTrainingQuiz(input: $input) {\n      player {\n        ...TrainingPlayerFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitTrainingEvidence($enrolmentId: ID!, $moduleId: ID!, $fileId: ID!) {\n    submitTrainingEvidence(enrolmentId: $enrolmentId, moduleId: $moduleId, fileId: $fileId)\n  }\n"): (typeof documents)["\n  mutation SubmitTrainingEvidence($enrolmentId: ID!, $moduleId: ID!, $fileId: ID!) {\n    submitTrainingEvidence(enrolmentId: $enrolmentId, moduleId: $moduleId, fileId: $fileId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingMatrix($managerId: ID, $teamId: ID) {\n    trainingMatrix(managerId: $managerId, teamId: $teamId) {\n      columns {\n        courseId\n        title\n      }\n      rows {\n        userId\n        name\n        teamId\n        teamName\n        overdueCount\n        statuses\n        dates\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingMatrix($managerId: ID, $teamId: ID) {\n    trainingMatrix(managerId: $managerId, teamId: $teamId) {\n      columns {\n        courseId\n        title\n      }\n      rows {\n        userId\n        name\n        teamId\n        teamName\n        overdueCount\n        statuses\n        dates\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingMatrixCsv($managerId: ID, $teamId: ID) {\n    trainingMatrixCsv(managerId: $managerId, teamId: $teamId)\n  }\n"): (typeof documents)["\n  query TrainingMatrixCsv($managerId: ID, $teamId: ID) {\n    trainingMatrixCsv(managerId: $managerId, teamId: $teamId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VerifyTrainingCertificate($code: String!) {\n    verifyTrainingCertificate(code: $code) {\n      personName\n      courseTitle\n      completedAt\n      expiresAt\n      valid\n    }\n  }\n"): (typeof documents)["\n  query VerifyTrainingCertificate($code: String!) {\n    verifyTrainingCertificate(code: $code) {\n      personName\n      courseTitle\n      completedAt\n      expiresAt\n      valid\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingCourseCardFields on TrainingCourse {\n    id\n    versionId\n    status\n    version\n    title\n    category\n    estimatedMinutes\n    validityMonths\n    languages\n    modules {\n      id\n      kind\n    }\n  }\n"): (typeof documents)["\n  fragment TrainingCourseCardFields on TrainingCourse {\n    id\n    versionId\n    status\n    version\n    title\n    category\n    estimatedMinutes\n    validityMonths\n    languages\n    modules {\n      id\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingCourses($first: Int, $after: String, $status: TrainingCourseStatus) {\n    trainingCourses(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          ...TrainingCourseCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingCourses($first: Int, $after: String, $status: TrainingCourseStatus) {\n    trainingCourses(first: $first, after: $after, status: $status) {\n      edges {\n        cursor\n        node {\n          ...TrainingCourseCardFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingCourseEditorFields on TrainingCourse {\n    id\n    status\n    version\n    versionId\n    title\n    description\n    category\n    estimatedMinutes\n    languages\n    validityMonths\n    selfEnrol\n    modules {\n      id\n      position\n      kind\n      title\n      content\n      url\n      policyId\n      passMark\n      maxAttempts\n      drawCount\n      sessions {\n        id\n        startsAt\n        endsAt\n        place\n        capacity\n        seatsLeft\n      }\n      questionBank {\n        prompt\n        multiple\n        options {\n          text\n          correct\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment TrainingCourseEditorFields on TrainingCourse {\n    id\n    status\n    version\n    versionId\n    title\n    description\n    category\n    estimatedMinutes\n    languages\n    validityMonths\n    selfEnrol\n    modules {\n      id\n      position\n      kind\n      title\n      content\n      url\n      policyId\n      passMark\n      maxAttempts\n      drawCount\n      sessions {\n        id\n        startsAt\n        endsAt\n        place\n        capacity\n        seatsLeft\n      }\n      questionBank {\n        prompt\n        multiple\n        options {\n          text\n          correct\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingCourse($id: ID!) {\n    trainingCourse(id: $id) {\n      ...TrainingCourseEditorFields\n    }\n  }\n"): (typeof documents)["\n  query TrainingCourse($id: ID!) {\n    trainingCourse(id: $id) {\n      ...TrainingCourseEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTrainingCourse($input: TrainingCourseInput!) {\n    createTrainingCourse(input: $input) {\n      ...TrainingCourseEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTrainingCourse($input: TrainingCourseInput!) {\n    createTrainingCourse(input: $input) {\n      ...TrainingCourseEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTrainingCourse($id: ID!, $input: TrainingCourseInput!) {\n    updateTrainingCourse(id: $id, input: $input) {\n      ...TrainingCourseEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTrainingCourse($id: ID!, $input: TrainingCourseInput!) {\n    updateTrainingCourse(id: $id, input: $input) {\n      ...TrainingCourseEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishTrainingCourse($id: ID!) {\n    publishTrainingCourse(id: $id) {\n      ...TrainingCourseEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishTrainingCourse($id: ID!) {\n    publishTrainingCourse(id: $id) {\n      ...TrainingCourseEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveTrainingCourse($id: ID!) {\n    archiveTrainingCourse(id: $id) {\n      ...TrainingCourseEditorFields\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveTrainingCourse($id: ID!) {\n    archiveTrainingCourse(id: $id) {\n      ...TrainingCourseEditorFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignTraining($input: AssignTrainingInput!) {\n    assignTraining(input: $input) {\n      id\n      enrolled\n    }\n  }\n"): (typeof documents)["\n  mutation AssignTraining($input: AssignTrainingInput!) {\n    assignTraining(input: $input) {\n      id\n      enrolled\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TrainingHistory($userId: ID!, $first: Int, $after: String) {\n    user(id: $userId) {\n      id\n      name\n    }\n    trainingHistory(userId: $userId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TrainingEnrolmentFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query TrainingHistory($userId: ID!, $first: Int, $after: String) {\n    user(id: $userId) {\n      id\n      name\n    }\n    trainingHistory(userId: $userId, first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...TrainingEnrolmentFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WikiPageEditors($id: ID!) {\n    wikiPage(id: $id) {\n      id\n      editors {\n        id\n        name\n        initials\n        photoThumbnailUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query WikiPageEditors($id: ID!) {\n    wikiPage(id: $id) {\n      id\n      editors {\n        id\n        name\n        initials\n        photoThumbnailUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreArchivedWikiPage($pageId: ID!) {\n    restoreArchivedWikiPage(pageId: $pageId) {\n      page {\n        ...WikiPageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreArchivedWikiPage($pageId: ID!) {\n    restoreArchivedWikiPage(pageId: $pageId) {\n      page {\n        ...WikiPageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WikiSpaceArchiveSetting($id: ID!) {\n    wikiSpace(id: $id) {\n      id\n      archiveUnverifiedAfterDays\n    }\n  }\n"): (typeof documents)["\n  query WikiSpaceArchiveSetting($id: ID!) {\n    wikiSpace(id: $id) {\n      id\n      archiveUnverifiedAfterDays\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWikiSpaceArchiveSetting($input: UpdateWikiSpaceInput!) {\n    updateWikiSpace(input: $input) {\n      space {\n        id\n        archiveUnverifiedAfterDays\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetWikiSpaceArchiveSetting($input: UpdateWikiSpaceInput!) {\n    updateWikiSpace(input: $input) {\n      space {\n        id\n        archiveUnverifiedAfterDays\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RenderWikiPreview($spaceId: ID!, $body: String!) {\n    renderWikiPreview(spaceId: $spaceId, body: $body) {\n      html\n      brokenLinks\n    }\n  }\n"): (typeof documents)["\n  query RenderWikiPreview($spaceId: ID!, $body: String!) {\n    renderWikiPreview(spaceId: $spaceId, body: $body) {\n      html\n      brokenLinks\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WikiSpaceFields on WikiSpace {\n    id\n    key\n    name\n    description\n    visibility\n    outsiderAccess\n    reviewCycleMonths\n    viewerRole\n    abilities {\n      canEdit\n      canAdmin\n    }\n  }\n"): (typeof documents)["\n  fragment WikiSpaceFields on WikiSpace {\n    id\n    key\n    name\n    description\n    visibility\n    outsiderAccess\n    reviewCycleMonths\n    viewerRole\n    abilities {\n      canEdit\n      canAdmin\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WikiTreePageFields on WikiPage {\n    id\n    slug\n    title\n    language\n    position\n    hasChildren\n  }\n"): (typeof documents)["\n  fragment WikiTreePageFields on WikiPage {\n    id\n    slug\n    title\n    language\n    position\n    hasChildren\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WikiPageFields on WikiPage {\n    id\n    slug\n    title\n    language\n    body\n    bodyHtml\n    revisionNumber\n    hasChildren\n    reviewBy\n    needsVerification\n    verifiedAt\n    archivedAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n    verifiedBy {\n      id\n      name\n    }\n    abilities {\n      canEdit\n      canAdmin\n    }\n    breadcrumbs {\n      id\n      title\n      slug\n    }\n    space {\n      ...WikiSpaceFields\n    }\n  }\n"): (typeof documents)["\n  fragment WikiPageFields on WikiPage {\n    id\n    slug\n    title\n    language\n    body\n    bodyHtml\n    revisionNumber\n    hasChildren\n    reviewBy\n    needsVerification\n    verifiedAt\n    archivedAt\n    updatedAt\n    owner {\n      id\n      name\n    }\n    verifiedBy {\n      id\n      name\n    }\n    abilities {\n      canEdit\n      canAdmin\n    }\n    breadcrumbs {\n      id\n      title\n      slug\n    }\n    space {\n      ...WikiSpaceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WikiSpaces($first: Int, $after: String) {\n    wikiSpaces(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...WikiSpaceFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"): (typeof documents)["\n  query WikiSpaces($first: Int, $after: String) {\n    wikiSpaces(first: $first, after: $after) {\n      edges {\n        cursor\n        node {\n          ...WikiSpaceFields\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WikiSpaceByKey($key: String!) {\n    wikiSpaceByKey(key: $key) {\n      ...WikiSpaceFields\n    }\n  }\n"): (typeof documents)["\n  query WikiSpaceByKey($key: String!) {\n    wikiSpaceByKey(key: $key) {\n      ...WikiSpaceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WikiTreeLevel($spaceId: ID!, $parentId: ID, $first: Int, $after: String) {\n    wikiSpace(id: $spaceId) {\n      id\n      pages(parentId: $parentId, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...WikiTreePageFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WikiTreeLevel($spaceId: ID!, $parentId: ID, $first: Int, $after: String) {\n    wikiSpace(id: $spaceId) {\n      id\n      pages(parentId: $parentId, first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            ...WikiTreePageFields\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WikiPageBySlug($spaceKey: String!, $slug: String!) {\n    wikiPageBySlug(spaceKey: $spaceKey, slug: $slug) {\n      ...WikiPageFields\n      viewStats {\n        views\n        viewers\n        last30Days\n      }\n      backlinks {\n        id\n        title\n        slug\n        spaceKey\n        spaceName\n      }\n    }\n  }\n"): (typeof documents)["\n  query WikiPageBySlug($spaceKey: String!, $slug: String!) {\n    wikiPageBySlug(spaceKey: $spaceKey, slug: $slug) {\n      ...WikiPageFields\n      viewStats {\n        views\n        viewers\n        last30Days\n      }\n      backlinks {\n        id\n        title\n        slug\n        spaceKey\n        spaceName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WikiEditPage($spaceKey: String!, $slug: String!) {\n    wikiPageBySlug(spaceKey: $spaceKey, slug: $slug) {\n      ...WikiPageFields\n      myDraft {\n        baseRevision\n        title\n        body\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query WikiEditPage($spaceKey: String!, $slug: String!) {\n    wikiPageBySlug(spaceKey: $spaceKey, slug: $slug) {\n      ...WikiPageFields\n      myDraft {\n        baseRevision\n        title\n        body\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WikiRevision($pageId: ID!, $number: Int!) {\n    wikiRevision(pageId: $pageId, number: $number) {\n      id\n      number\n      title\n      body\n      bodyHtml\n      summary\n      language\n      restoredFrom\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query WikiRevision($pageId: ID!, $number: Int!) {\n    wikiRevision(pageId: $pageId, number: $number) {\n      id\n      number\n      title\n      body\n      bodyHtml\n      summary\n      language\n      restoredFrom\n      createdAt\n      author {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WikiRevisions($spaceKey: String!, $slug: String!, $first: Int, $after: String) {\n    wikiPageBySlug(spaceKey: $spaceKey, slug: $slug) {\n      id\n      slug\n      title\n      revisionNumber\n      abilities {\n        canEdit\n        canAdmin\n      }\n      space {\n        id\n        key\n        name\n      }\n      revisions(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            number\n            title\n            summary\n            language\n            restoredFrom\n            createdAt\n            author {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WikiRevisions($spaceKey: String!, $slug: String!, $first: Int, $after: String) {\n    wikiPageBySlug(spaceKey: $spaceKey, slug: $slug) {\n      id\n      slug\n      title\n      revisionNumber\n      abilities {\n        canEdit\n        canAdmin\n      }\n      space {\n        id\n        key\n        name\n      }\n      revisions(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            id\n            number\n            title\n            summary\n            language\n            restoredFrom\n            createdAt\n            author {\n              id\n              name\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WikiDiff($pageId: ID!, $from: Int!, $to: Int!) {\n    wikiDiff(pageId: $pageId, from: $from, to: $to) {\n      from\n      to\n      titleParts {\n        kind\n        value\n      }\n      parts {\n        kind\n        value\n      }\n    }\n  }\n"): (typeof documents)["\n  query WikiDiff($pageId: ID!, $from: Int!, $to: Int!) {\n    wikiDiff(pageId: $pageId, from: $from, to: $to) {\n      from\n      to\n      titleParts {\n        kind\n        value\n      }\n      parts {\n        kind\n        value\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WikiTemplates {\n    wikiTemplates {\n      id\n      name\n      description\n      title\n      body\n      language\n      builtIn\n    }\n  }\n"): (typeof documents)["\n  query WikiTemplates {\n    wikiTemplates {\n      id\n      name\n      description\n      title\n      body\n      language\n      builtIn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WikiLinkTargets($query: String!, $spaceId: ID) {\n    wikiLinkTargets(query: $query, spaceId: $spaceId) {\n      id\n      title\n      slug\n      spaceId\n      spaceKey\n      spaceName\n    }\n  }\n"): (typeof documents)["\n  query WikiLinkTargets($query: String!, $spaceId: ID) {\n    wikiLinkTargets(query: $query, spaceId: $spaceId) {\n      id\n      title\n      slug\n      spaceId\n      spaceKey\n      spaceName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWikiSpace($input: CreateWikiSpaceInput!) {\n    createWikiSpace(input: $input) {\n      space {\n        ...WikiSpaceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWikiSpace($input: CreateWikiSpaceInput!) {\n    createWikiSpace(input: $input) {\n      space {\n        ...WikiSpaceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWikiPage($input: CreateWikiPageInput!) {\n    createWikiPage(input: $input) {\n      page {\n        ...WikiTreePageFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWikiPage($input: CreateWikiPageInput!) {\n    createWikiPage(input: $input) {\n      page {\n        ...WikiTreePageFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveWikiPage($input: SaveWikiPageInput!) {\n    saveWikiPage(input: $input) {\n      page {\n        ...WikiPageFields\n      }\n      revision {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveWikiPage($input: SaveWikiPageInput!) {\n    saveWikiPage(input: $input) {\n      page {\n        ...WikiPageFields\n      }\n      revision {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreWikiRevision($input: RestoreWikiRevisionInput!) {\n    restoreWikiRevision(input: $input) {\n      page {\n        ...WikiPageFields\n      }\n      revision {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreWikiRevision($input: RestoreWikiRevisionInput!) {\n    restoreWikiRevision(input: $input) {\n      page {\n        ...WikiPageFields\n      }\n      revision {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveWikiDraft($input: SaveWikiDraftInput!) {\n    saveWikiDraft(input: $input) {\n      draft {\n        baseRevision\n        title\n        body\n        updatedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SaveWikiDraft($input: SaveWikiDraftInput!) {\n    saveWikiDraft(input: $input) {\n      draft {\n        baseRevision\n        title\n        body\n        updatedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DiscardWikiDraft($pageId: ID!) {\n    discardWikiDraft(pageId: $pageId) {\n      page {\n        id\n        myDraft {\n          baseRevision\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation DiscardWikiDraft($pageId: ID!) {\n    discardWikiDraft(pageId: $pageId) {\n      page {\n        id\n        myDraft {\n          baseRevision\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordWikiPageView($pageId: ID!) {\n    recordWikiPageView(pageId: $pageId)\n  }\n"): (typeof documents)["\n  mutation RecordWikiPageView($pageId: ID!) {\n    recordWikiPageView(pageId: $pageId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveWikiPage($input: MoveWikiPageInput!) {\n    moveWikiPage(input: $input) {\n      page {\n        id\n        breadcrumbs {\n          id\n          title\n          slug\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation MoveWikiPage($input: MoveWikiPageInput!) {\n    moveWikiPage(input: $input) {\n      page {\n        id\n        breadcrumbs {\n          id\n          title\n          slug\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyWikiPage($pageId: ID!) {\n    verifyWikiPage(pageId: $pageId) {\n      page {\n        id\n        archivedAt\n        reviewBy\n        needsVerification\n        verifiedAt\n        verifiedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyWikiPage($pageId: ID!) {\n    verifyWikiPage(pageId: $pageId) {\n      page {\n        id\n        archivedAt\n        reviewBy\n        needsVerification\n        verifiedAt\n        verifiedBy {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WikiPageLocation($id: ID!) {\n    wikiPage(id: $id) {\n      id\n      slug\n      space {\n        id\n        key\n      }\n    }\n  }\n"): (typeof documents)["\n  query WikiPageLocation($id: ID!) {\n    wikiPage(id: $id) {\n      id\n      slug\n      space {\n        id\n        key\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WikiViewer {\n    abilities {\n      canCreateWikiSpaces\n      canManageWikiTemplates\n    }\n  }\n"): (typeof documents)["\n  query WikiViewer {\n    abilities {\n      canCreateWikiSpaces\n      canManageWikiTemplates\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WikiSpaceSettings($key: String!, $first: Int, $after: String) {\n    wikiSpaceByKey(key: $key) {\n      ...WikiSpaceFields\n      team {\n        id\n        name\n      }\n      members(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            role\n            user {\n              id\n              name\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query WikiSpaceSettings($key: String!, $first: Int, $after: String) {\n    wikiSpaceByKey(key: $key) {\n      ...WikiSpaceFields\n      team {\n        id\n        name\n      }\n      members(first: $first, after: $after) {\n        edges {\n          cursor\n          node {\n            role\n            user {\n              id\n              name\n              title\n            }\n          }\n        }\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWikiSpace($input: UpdateWikiSpaceInput!) {\n    updateWikiSpace(input: $input) {\n      space {\n        ...WikiSpaceFields\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWikiSpace($input: UpdateWikiSpaceInput!) {\n    updateWikiSpace(input: $input) {\n      space {\n        ...WikiSpaceFields\n        team {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWikiSpaceMember($input: SetWikiSpaceMemberInput!) {\n    setWikiSpaceMember(input: $input) {\n      space {\n        ...WikiSpaceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetWikiSpaceMember($input: SetWikiSpaceMemberInput!) {\n    setWikiSpaceMember(input: $input) {\n      space {\n        ...WikiSpaceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WikiTemplateFields on WikiTemplate {\n    id\n    name\n    description\n    title\n    body\n    language\n    builtIn\n  }\n"): (typeof documents)["\n  fragment WikiTemplateFields on WikiTemplate {\n    id\n    name\n    description\n    title\n    body\n    language\n    builtIn\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWikiTemplate($input: CreateWikiTemplateInput!) {\n    createWikiTemplate(input: $input) {\n      template {\n        ...WikiTemplateFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWikiTemplate($input: CreateWikiTemplateInput!) {\n    createWikiTemplate(input: $input) {\n      template {\n        ...WikiTemplateFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWikiTemplate($input: UpdateWikiTemplateInput!) {\n    updateWikiTemplate(input: $input) {\n      template {\n        ...WikiTemplateFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWikiTemplate($input: UpdateWikiTemplateInput!) {\n    updateWikiTemplate(input: $input) {\n      template {\n        ...WikiTemplateFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWikiTemplate($id: ID!) {\n    deleteWikiTemplate(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteWikiTemplate($id: ID!) {\n    deleteWikiTemplate(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WikiPageStewardship($id: ID!) {\n    wikiPage(id: $id) {\n      id\n      reviewCycleMonths\n      reviewBy\n      needsVerification\n      owner {\n        id\n        name\n      }\n      space {\n        id\n        reviewCycleMonths\n      }\n    }\n  }\n"): (typeof documents)["\n  query WikiPageStewardship($id: ID!) {\n    wikiPage(id: $id) {\n      id\n      reviewCycleMonths\n      reviewBy\n      needsVerification\n      owner {\n        id\n        name\n      }\n      space {\n        id\n        reviewCycleMonths\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWikiPageOwner($input: SetWikiPageOwnerInput!) {\n    setWikiPageOwner(input: $input) {\n      page {\n        id\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetWikiPageOwner($input: SetWikiPageOwnerInput!) {\n    setWikiPageOwner(input: $input) {\n      page {\n        id\n        owner {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetWikiPageReviewCycle($input: SetWikiPageReviewCycleInput!) {\n    setWikiPageReviewCycle(input: $input) {\n      page {\n        id\n        reviewCycleMonths\n        reviewBy\n        needsVerification\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetWikiPageReviewCycle($input: SetWikiPageReviewCycleInput!) {\n    setWikiPageReviewCycle(input: $input) {\n      page {\n        id\n        reviewCycleMonths\n        reviewBy\n        needsVerification\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WikiSpaceReports($spaceId: ID!) {\n    wikiBrokenLinks(spaceId: $spaceId) {\n      label\n      target\n      page {\n        id\n        title\n        slug\n        spaceKey\n      }\n    }\n    wikiDepartedOwnerPages(spaceId: $spaceId) {\n      id\n      title\n      slug\n      language\n      updatedAt\n      owner {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query WikiSpaceReports($spaceId: ID!) {\n    wikiBrokenLinks(spaceId: $spaceId) {\n      label\n      target\n      page {\n        id\n        title\n        slug\n        spaceKey\n      }\n    }\n    wikiDepartedOwnerPages(spaceId: $spaceId) {\n      id\n      title\n      slug\n      language\n      updatedAt\n      owner {\n        id\n        name\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;