import type { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/**
 * The app's PostgreSQL session settings (libpq `options`), for its pool and for the benchmark's
 * bare baseline, which must run the same SQL in the same kind of session: JIT off (see CoreModule).
 */
export const DB_SESSION_OPTIONS = '-c jit=off';

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
