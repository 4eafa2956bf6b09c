export * from './test-app';
export * from './db';
export * from './factories';
export * from './gql-client';
export * from './empty-database';
export * from './realtime';
export * from './wait';
export * from './smtp';
