export * from './seed-organization';
export * from './demo';
