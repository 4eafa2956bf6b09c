export const homeFeedPath = '/feed';
export const companyFeedPath = '/feed/company';
export const discoverPath = '/discover';
export const teamFeedPath = (teamId: string) => `/teams/${teamId}/feed`;
export const teamModerationPath = (teamId: string) => `/teams/${teamId}/feed/moderation`;
export const teamFeedSettingsPath = (teamId: string) => `/teams/${teamId}/feed/settings`;
export const topicPath = (topic: string) => `/topics/${encodeURIComponent(topic.replace(/^#/, '').toLowerCase())}`;
export const profilePath = (userId: string) => `/people/${userId}`;
export const announcePath = '/announcements/new';
export const announcementReachPath = (postId: string) => `/announcements/${postId}/reach`;
/** A post's permalink; with a comment, the page opens the thread at it. */
export const postPath = (postId: string, commentId?: string | null) => `/posts/${postId}${commentId ? `?comment=${encodeURIComponent(commentId)}` : ''}`;
export const commentAnchorId = (commentId: string) => `comment-${commentId}`;
