// The picker is not exported yet: the registry imports this file statically, so anything exported
// here joins the main bundle. A pillar that needs the picker should get it from a lib of its own.
export { audiencesFeature } from './audiences.feature';
export { audiencesRoutes } from './audiences.routes';
