export * from './directory.documents';
export * from './admin.documents';
export * from './import.documents';
export { DIRECTORY_ROOM, directoryRefetchMap, personRoom, teamRoom } from './directory.realtime';
export { directoryTypePolicies } from './directory.type-policies';
export { flattenTeamOptions, teamOptionOf, type TeamOption } from './team-options';
export * from './directory.fragments';
export * from './profile.documents';
