/**
 * The wiki maps no TypeORM entities: like policies, its tables are written and read in SQL only
 * (a revision must never be saved through an ORM's UPDATE), so the migration drift check has
 * nothing of ours to compare; the migrations are the schema.
 */
export const WIKI_ENTITIES = [];
