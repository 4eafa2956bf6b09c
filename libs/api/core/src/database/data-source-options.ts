import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * Shared by the app, tests and tools: migrations only, never synchronize. The migration list comes
 * from the app's domain descriptors (`orderedMigrations`), passed in `extra` by apps/api/data-source.ts.
 */
export const dataSourceOptions = (url: string, extra: Partial<DataSourceOptions> = {}): DataSourceOptions =>
  ({
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations: [],
    migrationsTableName: 'migrations',
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    namingStrategy: new SnakeNamingStrategy(),
    ...extra,
  }) as DataSourceOptions;
