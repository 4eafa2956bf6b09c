import type { INestApplication } from '@nestjs/common';
import { appUrl, buildOrganization, buildUser, closeTestDb, codeOf, createTestApp, gql } from '@pillars/api/testing';
import { formatGraphqlError } from '@pillars/api/core';
import { GraphQLError } from 'graphql';
import { DOMAIN_MODULES } from '../app/app.module';

let prod: INestApplication;
let dev: INestApplication;
beforeAll(async () => {
  prod = await createTestApp(DOMAIN_MODULES, { production: true });
  dev = await createTestApp(DOMAIN_MODULES, { production: false });
});
afterAll(async () => {
  await prod.close();
  await dev.close();
  await closeTestDb();
});

const INTROSPECTION = `{ __schema { queryType { name } } }`;

describe('HTTP and GraphQL protection', () => {
  it('turns introspection off in production (and only there)', async () => {
    const off = await gql(prod).send(INTROSPECTION);
    expect(off.data ?? null).toBeNull();
    expect(off.errors?.[0].message).toMatch(/introspection/i);
    const on = await gql(dev).send<{ __schema: { queryType: { name: string } } }>(INTROSPECTION);
    expect(on.data?.__schema.queryType.name).toBe('Query');
  });

  it('sends security headers and no X-Powered-By', async () => {
    const res = await fetch(`${appUrl(prod)}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ me { id } }' }) });
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    // Same origin only: 'self' covers ws:/wss: to this host (CSP Level 3), not any socket host.
    const connectSrc = res.headers.get('content-security-policy')?.split(';').find((d) => d.trim().startsWith('connect-src'));
    expect(connectSrc?.trim()).toBe("connect-src 'self'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('refuses a request body over the limit with 413 before touching GraphQL', async () => {
    const huge = 'x'.repeat(7 * 1024 * 1024);
    const res = await fetch(`${appUrl(prod)}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: `{ me { id } }`, variables: { huge } }) });
    expect(res.status).toBe(413);
  });

  it('refuses batched requests', async () => {
    const org = await buildOrganization();
    const user = await buildUser(org);
    const res = await fetch(`${appUrl(prod)}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `pillars_session=${user.token}` },
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('answers a tampered cursor with BAD_USER_INPUT, never a database error', async () => {
    const org = await buildOrganization();
    const user = await buildUser(org);
    const bad = Buffer.from(JSON.stringify(['x', 'not-a-uuid'])).toString('base64url');
    const res = await gql(prod).as(user).send(`query($after: String) { people(after: $after) { edges { node { id } } } }`, { after: bad });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0].extensions?.fields).toEqual([{ field: 'after', rule: 'cursor' }]);
  });

  it('turns an unexpected error into INTERNAL with a reference and no stack', () => {
    const formatted = formatGraphqlError({ message: 'relation "x" does not exist', path: ['me'] }, new GraphQLError('boom', { originalError: new Error('relation "x" does not exist') }));
    expect(formatted.extensions).toEqual({ code: 'INTERNAL', reference: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(JSON.stringify(formatted)).not.toContain('relation');
  });
});
