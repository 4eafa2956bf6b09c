// Pages are not exported: the routes load them on demand, so they stay out of the main bundle.
export { adminFeature } from './admin.feature';
export { adminRoutes } from './admin.routes';
