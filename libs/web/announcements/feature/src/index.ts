// Publishing and reach of announcements. A lib of its own because it uses the audience picker
// (audiences → directory → feeds): inside feeds that would be a cycle.
export { announcementsFeature, announcementsLocales, announcementsRoutes } from './announcements.feature';
