import { allEntities, dataSourceOptions, orderedMigrations } from '@pillars/api/core';
import { DataSource } from 'typeorm';
import { DOMAINS } from './src/app/domains';

/** Every entity of core and every domain: the migration tools compare them with the schema (drift). */
export const ENTITIES = allEntities(DOMAINS);
/** Core's and every domain's migrations, in timestamp order. */
export const MIGRATIONS = orderedMigrations(DOMAINS);

export const createDataSource = (url: string) => new DataSource(dataSourceOptions(url, { entities: ENTITIES, migrations: MIGRATIONS }));
