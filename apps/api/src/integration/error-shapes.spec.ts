import { Logger, type INestApplication } from '@nestjs/common';
import { GRAPHQL_LIMITS } from '@pillars/api/core';
import { appUrl, buildOrganization, buildUser, closeTestDb, createTestApp, TestUser } from '@pillars/api/testing';
import { DOMAIN_MODULES } from '../app/app.module';

let app: INestApplication;
let user: TestUser;
beforeAll(async () => {
  app = await createTestApp(DOMAIN_MODULES, { production: true });
  user = await buildUser(await buildOrganization());
});
afterAll(async () => {
  await app.close();
  await closeTestDb();
});
afterEach(() => jest.restoreAllMocks());

interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
}
const post = async (body: string, contentType = 'application/json'): Promise<Answer> => {
  const res = await fetch(`${appUrl(app)}/graphql`, { method: 'POST', headers: { 'content-type': contentType, cookie: `pillars_session=${user.token}` }, body });
  return { status: res.status, body: (await res.json()) as Answer['body'] };
};
const query = (text: string) => post(JSON.stringify({ query: text }));
const codes = (answer: Answer) => answer.body.errors?.map((e) => e.extensions?.['code']);
const logSpies = () => ({ warn: jest.spyOn(Logger.prototype, 'warn'), error: jest.spyOn(Logger.prototype, 'error') });

describe('refused bodies', () => {
  it('answers an oversized body with 413 and PAYLOAD_TOO_LARGE, logged as one warning without a stack', async () => {
    const logs = logSpies();
    const answer = await post(JSON.stringify({ query: '{ me { id } }', variables: { huge: 'x'.repeat(7 * 1024 * 1024) } }));
    expect(answer.status).toBe(413);
    expect(answer.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: expect.any(Number) } }] });
    expect(logs.error).not.toHaveBeenCalled();
    const warnings = logs.warn.mock.calls.map(([message]) => String(message)).filter((m) => m.includes('PAYLOAD_TOO_LARGE'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).not.toContain('\n');
  });

  it('answers an oversized form body the same way', async () => {
    const answer = await post(`a=${'x'.repeat(200 * 1024)}`, 'application/x-www-form-urlencoded');
    expect(answer.status).toBe(413);
    expect(codes(answer)).toEqual(['PAYLOAD_TOO_LARGE']);
  });

  it('answers malformed JSON with 400 and BAD_REQUEST, without echoing the body or logging an error', async () => {
    const logs = logSpies();
    const answer = await post('{"query": "{ me { id } }", "secret-part');
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ errors: [{ message: expect.any(String), extensions: { code: 'BAD_REQUEST' } }] });
    expect(JSON.stringify(answer.body)).not.toContain('secret-part');
    expect(logs.error).not.toHaveBeenCalled();
    expect(logs.warn.mock.calls.map(([m]) => String(m)).join('\n')).not.toContain('secret-part');
  });

  it('answers an unsupported charset with 415 and BAD_REQUEST', async () => {
    const answer = await post('{"query": "{ me { id } }"}', 'application/json; charset=latin9');
    expect(answer.status).toBe(415);
    expect(codes(answer)).toEqual(['BAD_REQUEST']);
  });
});

describe('refused sessions', () => {
  it('treats a malformed session cookie as no session, not an internal error', async () => {
    const res = await fetch(`${appUrl(app)}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: 'pillars_session=%E0%A4%A' }, body: JSON.stringify({ query: '{ me { id } }' }) });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { me: null } });
  });
});

describe('document limits', () => {
  it('answers a document over the token limit with 400 and QUERY_TOO_COMPLEX, like the other limits', async () => {
    const answer = await query(`{ ${'me { id } '.repeat(GRAPHQL_LIMITS.maxTokens / 4)} }`);
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([{ message: `Token limit of ${GRAPHQL_LIMITS.maxTokens} exceeded.`, extensions: { code: 'QUERY_TOO_COMPLEX' } }]);
  });

  it('counts aliased __typename against the alias limit', async () => {
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: __typename`).join(' ');
    const within = await query(`{ ${aliases(GRAPHQL_LIMITS.maxAliases)} }`);
    expect(within.body.errors).toBeUndefined();
    const over = await query(`{ ${aliases(GRAPHQL_LIMITS.maxAliases + 1)} }`);
    expect(over.status).toBe(400);
    expect(over.body.errors).toEqual([{ message: `Aliases limit of ${GRAPHQL_LIMITS.maxAliases} exceeded, found ${GRAPHQL_LIMITS.maxAliases + 1}.`, extensions: { code: 'QUERY_TOO_COMPLEX' } }]);
  });

  it('reports depth and directive limits once each, without the "Syntax Error:" prefix', async () => {
    const deep = await query(`{ me ${'{ manager '.repeat(GRAPHQL_LIMITS.maxDepth)}{ id }${' }'.repeat(GRAPHQL_LIMITS.maxDepth)} }`);
    const directives = await query(`{ me ${'@include(if: true) '.repeat(GRAPHQL_LIMITS.maxDirectives + 1)} { id } }`);
    for (const answer of [deep, directives]) {
      expect(answer.status).toBe(400);
      const limits = answer.body.errors?.filter((e) => e.extensions?.['code'] === 'QUERY_TOO_COMPLEX') ?? [];
      expect(limits).toHaveLength(1);
      expect(limits[0].message).toMatch(/^[A-Z][a-z]+ .*limit of \d+ exceeded/);
    }
  });

  it('keeps a real syntax error a parse error', async () => {
    const answer = await query(`{ me { id }`);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(answer.body.errors?.[0].message).toMatch(/^Syntax Error:/);
  });
});
