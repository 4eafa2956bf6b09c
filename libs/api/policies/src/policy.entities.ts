/**
 * The policies domain maps no TypeORM entities: like the announcements, its tables are written
 * and read in SQL only (the evidence table must never be saved through an ORM's UPDATE), so the
 * migration drift check has nothing of ours to compare; the migrations are the schema.
 */
export const POLICY_ENTITIES = [];
