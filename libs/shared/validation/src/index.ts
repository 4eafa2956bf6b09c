/** Limits shared by API validation and web forms: one number, two sides. */
export const LIMITS = {
  pageSize: 100,
  defaultPageSize: 20,
  title: 200,
  teamDescription: 2000,
  name: 120,
  organizationName: 120,
  email: 254,
  location: 120,
  password: { min: 10, max: 200 },
  postBody: 20_000,
  policyBody: 100_000,
  policyAcknowledgementText: 1000,
  /** Named reviewers of one policy draft, in all. */
  policyReviewers: 20,
  policyReviewComment: 4000,
  wikiPageBytes: 1_000_000,
  uploadBytes: 10 * 1024 * 1024,
  searchQuery: 200,
  importRows: 20_000,
  importBytes: 5 * 1024 * 1024,
  audienceRules: 50,
} as const;

export * from './text';
export * from './time';
export * from './team-contact';
export * from './profile';
