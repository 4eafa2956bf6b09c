import type { INestApplication } from '@nestjs/common';
import { EventsService } from '@pillars/api/core';
import type { TestUser } from './factories';
import { appUrl, countQueries } from './test-app';

export interface GqlError { message: string; extensions?: { code?: string; fields?: { field: string; rule: string }[]; [key: string]: unknown } }
export interface GqlResponse<T = Record<string, unknown>> { data?: T | null; errors?: GqlError[]; status: number; headers: Headers }

/** GraphQL over real HTTP: `gql(app).as(user).send(query, variables)`. */
export function gql(app: INestApplication) {
  let cookie: string | undefined;
  let ip: string | undefined;
  const client = {
    as(user: { token: string } | null) {
      cookie = user ? `pillars_session=${user.token}` : undefined;
      return client;
    },
    withCookie(value: string | undefined) {
      cookie = value;
      return client;
    },
    fromIp(value: string) {
      ip = value;
      return client;
    },
    async send<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GqlResponse<T>> {
      const res = await fetch(`${appUrl(app)}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}), ...(ip ? { 'x-forwarded-for': ip } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: T; errors?: GqlError[] };
      return { ...body, status: res.status, headers: res.headers };
    },
  };
  return client;
}

/** The first error's code, for `expect(codeOf(res)).toBe('FORBIDDEN')`. */
export const codeOf = (res: GqlResponse<unknown>): string | undefined => res.errors?.[0]?.extensions?.code;

/**
 * The fewest statements one GraphQL request costs over two runs, after the outbox is drained:
 * a stray background statement cannot fail a comparison, an N+1 shows in both runs.
 */
export async function leastQueries(app: INestApplication, viewer: TestUser, query: string, variables: Record<string, unknown> = {}): Promise<number> {
  await app.get(EventsService).kick();
  const runs: number[] = [];
  for (let i = 0; i < 2; i++) {
    runs.push(
      await countQueries(async () => {
        const res = await gql(app).as(viewer).send(query, variables);
        if (res.errors?.length) throw new Error(`query failed: ${JSON.stringify(res.errors)}`);
      }),
    );
  }
  return Math.min(...runs);
}
