export * from './audience.documents';
export { audienceRoom, useLiveAudience } from './audience.realtime';
export { audiencesTypePolicies } from './audience.type-policies';
