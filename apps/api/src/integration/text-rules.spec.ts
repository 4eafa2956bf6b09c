import { Module, type INestApplication } from '@nestjs/common';
import { Args, Query, Resolver } from '@nestjs/graphql';
import { formatGraphqlError, Public } from '@pillars/api/core';
import { buildOrganization, buildUser, closeTestDb, codeOf, createTestApp, gql, one, testDb } from '@pillars/api/testing';
import { GraphQLError } from 'graphql';
import { DOMAIN_MODULES } from '../app/app.module';

/** An argument with no text decorator at all, as a careless later input might have. */
@Resolver()
class EchoResolver {
  @Public()
  @Query(() => String)
  echo(@Args('text') text: string): string {
    return text;
  }
}
@Module({ providers: [EchoResolver] })
class EchoModule {}

let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp([...DOMAIN_MODULES, EchoModule]);
});
afterAll(async () => {
  await app.close();
  await closeTestDb();
});

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id name title timeZone startDate } } }`;
const fieldsOf = (res: { errors?: { extensions?: { fields?: { field: string; rule: string }[] } }[] }) =>
  res.errors?.[0]?.extensions?.fields?.map(({ field, rule }) => ({ field, rule }));

describe('the text rule as services see it', () => {
  it('stores the clean value: NFC, trimmed, zero-width edges gone, canonical time zone', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const res = await gql(app).as(admin).send<{ createUser: { user: { id: string } } }>(CREATE_USER, {
      input: { email: `  jose@${org.slug}.test `, name: '\u200B  Jose\u0301 Pe\u0301rez  ', title: ' Lead ', timeZone: 'US/Eastern', startDate: '2028-02-29' },
    });
    expect(res.errors).toBeUndefined();
    const row = await one(`SELECT email, name, title, time_zone, to_char(start_date, 'YYYY-MM-DD') AS start_date FROM users WHERE id = $1`, [res.data?.createUser.user.id]);
    expect(row).toEqual({ email: `jose@${org.slug}.test`, name: 'José Pérez', title: 'Lead', time_zone: 'America/New_York', start_date: '2028-02-29' });
  });

  it('names the field and rule for each broken rule, and writes nothing', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const email = `x@${org.slug}.test`;
    const cases: [Record<string, unknown>, { field: string; rule: string }[]][] = [
      [{ name: '   ' }, [{ field: 'name', rule: 'empty' }]],
      [{ name: '\u200B\u2060' }, [{ field: 'name', rule: 'empty' }]],
      [{ name: 'Ana\u202Egpj.exe' }, [{ field: 'name', rule: 'bidi' }]],
      [{ name: 'Ana\u2066x\u2069' }, [{ field: 'name', rule: 'bidi' }]],
      [{ name: 'Ana\tBeta' }, [{ field: 'name', rule: 'control' }]],
      [{ name: 'Ana', title: 'x'.repeat(201) }, [{ field: 'title', rule: 'maxLength' }]],
      [{ name: 'Ana', timeZone: 'Mars/Olympus_Mons' }, [{ field: 'timeZone', rule: 'timeZone' }]],
      [{ name: 'Ana', startDate: '2026-02-30' }, [{ field: 'startDate', rule: 'calendarDate' }]],
      [{ name: 'Ana', startDate: '2026-02-01T00:00:00Z' }, [{ field: 'startDate', rule: 'calendarDate' }]],
    ];
    for (const [input, fields] of cases) {
      const res = await gql(app).as(admin).send(CREATE_USER, { input: { email, ...input } });
      expect({ input, code: codeOf(res), fields: fieldsOf(res) }).toEqual({ input, code: 'BAD_USER_INPUT', fields });
    }
    expect(await one(`SELECT count(*)::int AS n FROM users WHERE organization_id = $1`, [org.id])).toEqual({ n: 1 });
  });

  it('keeps multi-line text multi-line, with CRLF as LF and isolates allowed, but no overrides', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const CREATE_TEAM = `mutation($input: CreateTeamInput!) { createTeam(input: $input) { team { id } } }`;
    const ok = await gql(app).as(admin).send<{ createTeam: { team: { id: string } } }>(CREATE_TEAM, { input: { name: 'Ops', description: 'Line one\r\n\t\u2067עברית\u2069 two\r\n' } });
    expect(ok.errors).toBeUndefined();
    expect(await one(`SELECT description FROM teams WHERE id = $1`, [ok.data?.createTeam.team.id])).toEqual({ description: 'Line one\n\t\u2067עברית\u2069 two' });
    const bad = await gql(app).as(admin).send(CREATE_TEAM, { input: { name: 'Ops 2', description: 'evil \u202E txt' } });
    expect(fieldsOf(bad)).toEqual([{ field: 'description', rule: 'bidi' }]);
  });

  it('refuses a malformed id argument with BAD_USER_INPUT naming it', async () => {
    const org = await buildOrganization();
    const user = await buildUser(org);
    for (const query of [`{ user(id: "x") { id } }`, `{ team(id: "x") { id } }`, `{ audience(id: "x") { id } }`]) {
      const res = await gql(app).as(user).send(query);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(res)).toEqual([{ field: 'id', rule: 'isUuid' }]);
    }
  });
});

describe('defence in depth', () => {
  it('refuses NUL and lone surrogates even in an argument without a text decorator', async () => {
    expect(fieldsOf(await gql(app).send(`query($t: String!) { echo(text: $t) }`, { t: 'a\u0000b' }))).toEqual([{ field: 'text', rule: 'nul' }]);
    expect(fieldsOf(await gql(app).send(`query($t: String!) { echo(text: $t) }`, { t: 'a\uDC00b' }))).toEqual([{ field: 'text', rule: 'surrogate' }]);
    // Literal escapes in the document arrive the same way as JSON escapes in variables.
    expect(fieldsOf(await gql(app).send(`{ echo(text: "a\\u0000b") }`))).toEqual([{ field: 'text', rule: 'nul' }]);
    expect((await gql(app).send<{ echo: string }>(`{ echo(text: "tab\\tok") }`)).data?.echo).toBe('tab\tok');
  });

  it('turns a NUL refused by PostgreSQL itself into BAD_USER_INPUT, not INTERNAL', async () => {
    const refused = await testDb().query(`SELECT $1::text AS t`, ['a\u0000b']).then(
      () => null,
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ code: '22021' });
    const formatted = formatGraphqlError({ message: 'x' }, new GraphQLError('x', { originalError: refused as Error }));
    expect(formatted.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'input', rule: 'nul' }] });
  });
});
