export * from './wiki.domain';
export * from './wiki.module';
export * from './wiki.errors';
export * from './wiki.events';
// The read rule in SQL for other domains (search): `pageIsVisibleSql(actor, p, 'd.page_id')`.
export { WikiVisibility } from './wiki.policy';
// The demo's wiki, passed to the demo seed by the app (the demo lib may not import domains).
export { seedDemoWiki, DEMO_WIKI_HANDBOOK_KEY } from './wiki.demo-seed';
