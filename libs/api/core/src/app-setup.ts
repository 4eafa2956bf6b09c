import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, INestApplication, Logger, Module, Type } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { json, type NextFunction, type Request, type Response, static as serveStatic, urlencoded } from 'express';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ACTOR_LOADER, ActorLoader } from './auth/actor';
import { APP_CONFIG, AppConfig } from './config';
import { CoreModule } from './core.module';
import { graphqlConfig } from './graphql/graphql-config';
import { LIMITS } from '@pillars/shared/validation';
import { SQL_CAPTURE_ENV, sqlCaptureMiddleware } from './database/sql-capture';
import { OriginCheckedIoAdapter, RedisIoAdapter, sameOriginOnly } from './realtime/redis-io.adapter';

@Module({})
export class ApiModule {}

const GRAPHQL_BODY_BYTES = LIMITS.importBytes + 1024 * 1024;
const httpLogger = new Logger('HTTP');

/**
 * Body-parser refusals on /graphql (too large, malformed JSON, unsupported charset) answered in
 * GraphQL's error shape with their 4xx status, and logged as one warning: the client is at fault.
 */
const graphqlBodyErrors = (err: unknown, req: Request, res: Response, next: NextFunction): void => {
  const { status, type, limit } = (typeof err === 'object' && err !== null ? err : {}) as { status?: unknown; type?: unknown; limit?: unknown };
  if (typeof status !== 'number' || status < 400 || status >= 500 || res.headersSent) return next(err);
  const tooLarge = status === 413;
  const code = tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_REQUEST';
  // The parser's message may quote the body; its `type` (entity.parse.failed, …) never does.
  httpLogger.warn(`${req.method} ${req.baseUrl || req.path} refused with ${status} ${code} (${typeof type === 'string' ? type : 'body'})`);
  const maxBytes = typeof limit === 'number' ? limit : GRAPHQL_BODY_BYTES;
  const error = tooLarge
    ? { message: `The request body is larger than ${maxBytes} bytes.`, extensions: { code, maxBytes } }
    : { message: 'The request body could not be read as JSON.', extensions: { code } };
  res.status(status).json({ errors: [error] });
};
const formParser = urlencoded({ extended: false, limit: '64kb' });
// Named apart from Nest's own `urlencodedParser`, so Nest still installs that for other paths.
const graphqlFormParser = (req: Request, res: Response, next: NextFunction) => formParser(req, res, next);

/** The API as a module: core, GraphQL and the given domain modules (the app lists them; tests too). */
export function createApiModule(config: AppConfig, domains: (Type | DynamicModule)[], schemaFile: string | boolean = true): DynamicModule {
  return {
    module: ApiModule,
    imports: [
      CoreModule.forRoot(config),
      ...domains,
      GraphQLModule.forRootAsync<ApolloDriverConfig>({
        driver: ApolloDriver,
        inject: [ACTOR_LOADER, APP_CONFIG],
        useFactory: (actors: ActorLoader, cfg: AppConfig) => graphqlConfig(actors, cfg.production, schemaFile),
      }),
    ],
  };
}

/** HTTP hardening, body limits, sockets (Redis adapter when configured) and the built web app. */
export async function configureApp(app: INestApplication, config: AppConfig): Promise<void> {
  const express = app as NestExpressApplication;
  express.set('trust proxy', process.env['TRUST_PROXY'] ?? 'loopback');
  express.disable('x-powered-by');
  // GraphQL answers are per user and POSTed: an ETag (a SHA-1 of every body) is never used.
  express.set('etag', false);
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          // CSP Level 3: 'self' also matches ws:/wss: on the page's own host and port.
          connectSrc: ["'self'"],
          fontSrc: ["'self'", 'data:'],
          objectSrc: ["'none'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
      // For browsers without CSP frame-ancestors, the same rule: never framed.
      xFrameOptions: { action: 'deny' },
    }),
  );
  if (process.env[SQL_CAPTURE_ENV]) app.use(sqlCaptureMiddleware);
  app.use('/graphql', json({ limit: GRAPHQL_BODY_BYTES }), graphqlFormParser, graphqlBodyErrors);
  const allowRequest = sameOriginOnly(config.allowedOrigins);
  if (config.redisUrl) {
    const adapter = new RedisIoAdapter(app, config.redisUrl, allowRequest);
    await adapter.connect();
    app.useWebSocketAdapter(adapter);
  } else {
    app.useWebSocketAdapter(new OriginCheckedIoAdapter(app, allowRequest));
  }
  app.enableShutdownHooks();
  const web = config.webDist;
  // API downloads under paths the web also routes (the reach page's CSV, a policy version's evidence
  // PDF, a wiki page's Markdown or a space's zip): never the SPA's index.html. No web route ends in
  // a file extension, so none is shadowed.
  const API_DOWNLOAD = /\.(csv|pdf|md|zip)$/;
  if (web && existsSync(join(web, 'index.html'))) {
    app.use(serveStatic(web, { index: false, maxAge: '1h', setHeaders: (res, path) => path.includes('/assets/') && res.setHeader('Cache-Control', 'public, max-age=31536000, immutable') }));
    app.use((req: Request, res: Response, next: NextFunction) => {
      if (req.method !== 'GET' || req.path.startsWith('/graphql') || req.path.startsWith('/socket.io') || req.path.startsWith('/files/') || req.path.startsWith('/health') || API_DOWNLOAD.test(req.path)) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(web, 'index.html'));
    });
  }
}
