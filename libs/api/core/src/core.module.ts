import { DynamicModule, Global, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { AppErrorFilter } from './errors/app-error.filter';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthGuard } from './auth/auth.guard';
import { APP_CONFIG, AppConfig } from './config';
import { DB_SESSION_OPTIONS, dataSourceOptions } from './database/data-source-options';
import { QueryCounter } from './database/query-counter';
import { SQL_CAPTURE_ENV, SqlCapture } from './database/sql-capture';
import { Db } from './database/db.service';
import { EventsService } from './events/events.service';
import { createValidationPipe } from './errors/validation';
import { RateLimiter } from './http/rate-limiter.service';
import { RedisService } from './http/redis.service';
import { RealtimeGateway } from './realtime/realtime.gateway';
import { RealtimePresence } from './realtime/realtime-presence.service';
import { RealtimeService } from './realtime/realtime.service';
import { JobsService } from './jobs/jobs.service';

/** Infrastructure every domain uses: database, outbox, realtime, rate limits, jobs, guards. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions(config.databaseUrl),
          autoLoadEntities: true,
          // No JIT: every statement here is short, and a misestimated recursive CTE (a team tree, a
          // manager line) lifts the plan's cost over jit_above_cost: 50–600 ms of LLVM compiling for
          // a 20 ms query (docs/decisions.md, "Training benchmark").
          extra: { max: config.dbPoolSize, options: DB_SESSION_OPTIONS },
          // Counting needs TypeORM to hand each query to the logger; only tests ask for it.
          ...(process.env['COUNT_QUERIES'] === 'on' ? { logging: ['query' as const], logger: new QueryCounter() } : {}),
          // The benchmark's capture of an operation's SQL (tools/bench), never in production.
          ...(process.env[SQL_CAPTURE_ENV] ? { logging: ['query' as const], logger: new SqlCapture(process.env[SQL_CAPTURE_ENV]) } : {}),
        }),
      ],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        Db,
        EventsService,
        RealtimeService,
        RealtimePresence,
        RealtimeGateway,
        RedisService,
        RateLimiter,
        JobsService,
        { provide: APP_GUARD, useClass: AuthGuard },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: AppErrorFilter },
      ],
      exports: [APP_CONFIG, Db, EventsService, RealtimeService, RealtimePresence, RedisService, RateLimiter, JobsService],
    };
  }
}
