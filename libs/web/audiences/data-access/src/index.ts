export * from './audience.documents';
export { audienceRoom, useLiveAudience } from './audience.realtime';
