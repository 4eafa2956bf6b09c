/**
 * Like policies, the training domain maps no TypeORM entities: its tables are written and read in
 * SQL only (set-based enrolment, locked completion), so the migrations are the schema.
 */
export const TRAINING_ENTITIES = [];
