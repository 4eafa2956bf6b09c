import type { Logger as TypeOrmLogger } from 'typeorm';

/**
 * Counts the SQL statements this process sends through TypeORM. Tests read it around a request
 * to prove that a page costs a constant number of queries (DataLoaders, no N+1).
 */
export class QueryCounter implements TypeOrmLogger {
  static count = 0;
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- TypeORM's signature; a subclass (SqlCapture) reads them
  logQuery(_query?: string, _parameters?: unknown[]): void {
    QueryCounter.count++;
  }
  logQueryError(): void {
    // Errors surface as exceptions where the query was made.
  }
  logQuerySlow(): void {
    // Slow queries are the database's to log (log_min_duration_statement).
  }
  logSchemaBuild(): void {
    // Schema changes run through migrations, which log their own progress.
  }
  logMigration(): void {
    // Migration progress is reported by the migration runner.
  }
  log(): void {
    // TypeORM's informational messages are not needed.
  }
}
