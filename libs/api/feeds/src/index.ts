export * from './feeds.domain';
export * from './feeds.module';
export * from './feeds.errors';
export * from './feeds.events';
// The home feed's statement, for the bench's bare baseline (tools/bench/scenario-sql.ts).
export { homeFeedStatement } from './feed-queries.service';
