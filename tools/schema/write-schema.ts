/**
 * Writes apps/api/schema.gql from the code-first resolvers: boots the full app module against a
 * throw-away in-memory PGlite (no server, no ./data), then exits.
 */
import { NestFactory } from '@nestjs/core';
import { readConfig, startEmbeddedPostgres } from '@pillars/api/core';
import { join } from 'node:path';
import { createAppModule } from '../../apps/api/src/app/app.module';

async function main() {
  const db = await startEmbeddedPostgres({ maxConnections: 8 });
  const file = join(__dirname, '../../apps/api/schema.gql');
  process.env['EVENTS_POLL'] = 'off';
  process.env['JOBS'] = 'off';
  const config = readConfig({ ...process.env, DATABASE_URL: db.url, REDIS_URL: '' });
  const app = await NestFactory.create(createAppModule(config, file), { logger: ['error'] });
  await app.init();
  await app.close();
  await db.stop();
  console.log(`wrote ${file}`);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
