export const homeFeedPath = '/feed';
export const companyFeedPath = '/feed/company';
export const discoverPath = '/discover';
export const teamFeedPath = (teamId: string) => `/teams/${teamId}/feed`;
export const teamModerationPath = (teamId: string) => `/teams/${teamId}/feed/moderation`;
export const teamFeedSettingsPath = (teamId: string) => `/teams/${teamId}/feed/settings`;
export const topicPath = (topic: string) => `/topics/${encodeURIComponent(topic.replace(/^#/, '').toLowerCase())}`;
export const profilePath = (userId: string) => `/people/${userId}`;
