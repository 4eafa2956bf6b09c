export * from './seed-organization';
export * from './seed-feed';
export * from './demo';
export * from './seed-profiles';
export * from './demo-people';
