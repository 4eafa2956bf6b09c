export * from './feeds.domain';
export * from './feeds.module';
export * from './feeds.errors';
export * from './feeds.events';
