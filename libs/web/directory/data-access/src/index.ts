export * from './directory.documents';
export * from './admin.documents';
export * from './import.documents';
export { directoryTypePolicies } from './directory.type-policies';
export { flattenTeamOptions, type TeamOption } from './team-options';
