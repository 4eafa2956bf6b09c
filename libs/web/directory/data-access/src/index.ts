export * from './directory.documents';
export * from './admin.documents';
export { directoryTypePolicies } from './directory.type-policies';
export { flattenTeamOptions, type TeamOption } from './team-options';
