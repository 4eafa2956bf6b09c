import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { configureApp, EmbeddedPostgres, installProcessGuards, readConfig, startEmbeddedPostgres } from '@pillars/api/core';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createDataSource } from '../data-source';
import { demoLoginText, seedDemoIfEmpty } from '@pillars/api/demo';
import { seedDemoPolicies } from '@pillars/api/policies';
import { seedDemoWiki } from '@pillars/api/wiki';
import { SetupService } from '@pillars/api/directory';
import { createAppModule } from './app/app.module';

const logger = new Logger('Pillars');

/** Applies pending migrations; an advisory lock keeps several starting processes in line. */
async function migrate(url: string): Promise<void> {
  const ds = createDataSource(url);
  await ds.initialize();
  try {
    await ds.query(`SELECT pg_advisory_lock(727274)`);
    const ran = await ds.runMigrations({ transaction: 'each' });
    if (ran.length) logger.log(`applied ${ran.length} migration(s)`);
    await ds.query(`SELECT pg_advisory_unlock(727274)`);
  } finally {
    await ds.destroy();
  }
}

async function bootstrap() {
  let embedded: EmbeddedPostgres | null = null;
  let stop = async (): Promise<void> => {
    await embedded?.stop();
  };
  installProcessGuards({ shutdown: () => stop() });
  if (!process.env['DATABASE_URL']) {
    const dataDir = resolve(process.env['DATA_DIR'] ?? 'data', 'pglite');
    embedded = await startEmbeddedPostgres({ dataDir, maxConnections: 64 });
    process.env['DATABASE_URL'] = embedded.url;
    logger.log(`embedded PostgreSQL (PGlite) with data in ${dataDir}`);
  }
  const config = readConfig();
  if (!config.webDist) {
    const candidate = resolve(__dirname, '../web');
    if (existsSync(join(candidate, 'index.html'))) config.webDist = candidate;
  }
  await migrate(config.databaseUrl);
  // The demo's password is published: only the embedded default (or SEED_DEMO=true) gets it. An
  // empty server database gets the one-time setup page instead.
  const seedDemo = process.env['SEED_DEMO'] === 'true' || (embedded !== null && process.env['SEED_DEMO'] !== 'false');
  if (seedDemo && (await seedDemoIfEmpty(config.databaseUrl, (m) => logger.log(m), [seedDemoPolicies, seedDemoWiki]))) logger.log('seeded the demo organisation');

  const app = await NestFactory.create(createAppModule(config), { logger: ['error', 'warn', 'log'] });
  await configureApp(app, config);
  await app.listen(config.port);
  const url = `http://localhost:${config.port}`;
  const firstRun = (await app.get(SetupService).isNeeded()) ? `First run: open ${url}/setup to create the organisation and its administrator.` : '';
  console.log(`\nPillars is running at ${url}  (GraphQL: ${url}/graphql)\n${firstRun || (seedDemo ? demoLoginText() : '')}\n`);

  stop = async () => {
    await app.close();
    await embedded?.stop();
  };
  const shutdown = async () => {
    await stop();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

bootstrap().catch((e) => {
  logger.error(e instanceof Error ? e.stack : String(e));
  process.exit(1);
});
