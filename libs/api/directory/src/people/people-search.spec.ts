import type { INestApplication } from '@nestjs/common';
import { buildOrganization, buildTeam, buildUser, closeTestDb, codeOf, createTestApp, gql, one } from '@pillars/api/testing';
import { DirectoryModule } from '../directory.module';

let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp([DirectoryModule]);
});
afterAll(async () => {
  await app.close();
  await closeTestDb();
});

const SEARCH = `query($query: String, $location: String, $teamId: ID, $includeSubTeams: Boolean, $first: Int, $after: String) {
  people(query: $query, location: $location, teamId: $teamId, includeSubTeams: $includeSubTeams, first: $first, after: $after) {
    totalCount didYouMean { query location } edges { node { id name } } pageInfo { hasNextPage endCursor } } }`;
type Search = { people: { totalCount: number; didYouMean: { query: string | null; location: string | null } | null; edges: { node: { id: string; name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };

async function world() {
  const org = await buildOrganization();
  const me = await buildUser(org, { name: 'Zed Viewer', location: 'Remote' });
  await buildUser(org, { name: 'Jonathan Whitfield', location: 'Milano' });
  await buildUser(org, { name: 'Omar Haddad', location: 'Dubai' });
  await buildUser(org, { name: 'Sara Levi', location: 'Tel Aviv' });
  await buildUser(org, { name: 'أحمد الخطيب', location: 'Dubai' });
  await buildUser(org, { name: 'Ines Marchetti', location: 'Milano' });
  const search = async (variables: Record<string, unknown>) => {
    const res = await gql(app).as(me).send<Search>(SEARCH, variables);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return { names: res.data.people.edges.map((e) => e.node.name), total: res.data.people.totalCount, didYouMean: res.data.people.didYouMean, page: res.data.people };
  };
  return { org, me, search };
}

describe('people search typo tolerance', () => {
  it('finds a person through a swapped or dropped letter in the first or the last name', async () => {
    const { search } = await world();
    const names = async (query: string) => (await search({ query })).names;
    expect(await names('Jonatahn')).toEqual(['Jonathan Whitfield']); // swapped, first name
    expect(await names('Jonthan')).toEqual(['Jonathan Whitfield']); // dropped, first name
    expect(await names('Whitfeild')).toEqual(['Jonathan Whitfield']); // swapped, last name
    expect(await names('Witfield')).toEqual(['Jonathan Whitfield']); // dropped, last name
    expect(await names('Oamr')).toEqual(['Omar Haddad']); // swapped in a four-letter name
    expect(await names('omr hadad')).toEqual(['Omar Haddad']); // dropped in both
    expect(await names('Sara Lvei')).toEqual(['Sara Levi']);
    // Arabic: alef with hamza, tashkeel and a swapped letter in the family name.
    expect(await names('احمد')).toEqual(['أحمد الخطيب']);
    expect(await names('أَحْمَد الخطيب')).toEqual(['أحمد الخطيب']);
    expect(await names('احمد الختيب')).toEqual(['أحمد الخطيب']);
    // Two typos in a short word are not a name any more.
    expect(await names('Aomr')).toEqual([]);
  });

  it('ranks people matched as typed before those matched through a typo, and pages across both', async () => {
    const org = await buildOrganization();
    const me = await buildUser(org, { name: 'Zed Viewer' });
    await buildUser(org, { name: 'Aaron Mara' });
    await buildUser(org, { name: 'Bea Marta' });
    await buildUser(org, { name: 'Carl Mrata' });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const res: { data?: Search | null } = await gql(app).as(me).send<Search>(SEARCH, { query: 'marta', first: 1, after });
      seen.push(...(res.data?.people.edges.map((e) => e.node.name) ?? []));
      after = res.data?.people.pageInfo.hasNextPage ? res.data.people.pageInfo.endCursor : null;
    } while (after);
    // "Bea Marta" as typed; "Aaron Mara" (dropped) and "Carl Mrata" (swapped) are one typo away.
    expect(seen).toEqual(['Bea Marta', 'Aaron Mara', 'Carl Mrata']);
  });

  it('filters by location with the same normalisation and tolerance, exact places first', async () => {
    const { search } = await world();
    expect((await search({ location: 'milano' })).names).toEqual(['Ines Marchetti', 'Jonathan Whitfield']);
    expect((await search({ location: 'Mialno' })).names).toEqual(['Ines Marchetti', 'Jonathan Whitfield']);
    expect((await search({ location: 'Dubia', query: 'omar' })).names).toEqual(['Omar Haddad']);
    expect((await search({ location: 'Tel Avvi' })).names).toEqual(['Sara Levi']);
    expect((await search({ location: 'Lisbon' })).names).toEqual([]);
  });

  it('counts every match across pages and suggests a spelling when nothing matches', async () => {
    const { search } = await world();
    const page = await search({ location: 'Milano', first: 1 });
    expect(page.names).toHaveLength(1);
    expect(page.total).toBe(2);
    expect(page.page.pageInfo.hasNextPage).toBe(true);
    expect((await search({})).total).toBe(6);

    const none = await search({ query: 'Jhnatan Whitfield' });
    expect(none.names).toEqual([]);
    expect(none.total).toBe(0);
    expect(none.didYouMean).toEqual({ query: 'jonathan Whitfield', location: null });
    expect((await search({ query: none.didYouMean?.query })).names).toEqual(['Jonathan Whitfield']);

    const place = await search({ query: 'Ines', location: 'Mlaanoo' });
    expect(place.names).toEqual([]);
    expect(place.didYouMean).toEqual({ query: 'Ines', location: 'Milano' });
    // Nothing near: no suggestion rather than a wild guess; a match needs none.
    expect((await search({ query: 'Xyzzyq' })).didYouMean).toBeNull();
    expect((await search({ query: 'Omar' })).didYouMean).toBeNull();
  });

  it('never suggests from addresses or from people the viewer cannot list', async () => {
    const { org, search } = await world();
    await buildUser(org, { name: 'Quentin Suspended', status: 'SUSPENDED', email: `quentin.hidden@${org.slug}.test` });
    expect(await one(`SELECT count(*)::int AS n FROM directory_search_terms WHERE organization_id = $1 AND term LIKE '%@%'`, [org.id])).toEqual({ n: 0 });
    const res = await search({ query: 'Quentinn' });
    expect(res.names).toEqual([]);
    expect(res.didYouMean).toBeNull();
  });
});

describe('team filter', () => {
  it('includes the people of sub-teams by default, and only the team itself when asked', async () => {
    const org = await buildOrganization();
    const eng = await buildTeam(org, { name: 'Engineering' });
    const platform = await buildTeam(org, { name: 'Platform', parentId: eng.id });
    const storage = await buildTeam(org, { name: 'Storage', parentId: platform.id });
    const me = await buildUser(org, { name: 'Ann Head', teamIds: [eng.id] });
    await buildUser(org, { name: 'Bob Platform', teamIds: [platform.id] });
    await buildUser(org, { name: 'Cy Storage', teamIds: [storage.id] });
    await buildUser(org, { name: 'Dee Elsewhere' });
    const names = async (variables: Record<string, unknown>) => (await gql(app).as(me).send<Search>(SEARCH, variables)).data?.people;
    expect((await names({ teamId: eng.id }))?.edges.map((e) => e.node.name)).toEqual(['Ann Head', 'Bob Platform', 'Cy Storage']);
    expect((await names({ teamId: eng.id }))?.totalCount).toBe(3);
    expect((await names({ teamId: eng.id, includeSubTeams: false }))?.edges.map((e) => e.node.name)).toEqual(['Ann Head']);
    expect((await names({ teamId: platform.id, includeSubTeams: true, query: 'stroage' }))?.edges.map((e) => e.node.name)).toEqual(['Cy Storage']);
  });
});

describe('directory export', () => {
  const EXPORT = `query($query: String, $teamId: ID, $location: String) { peopleExport(query: $query, teamId: $teamId, location: $location) { csv rows truncated } }`;
  type Export = { peopleExport: { csv: string; rows: number; truncated: boolean } };

  it('gives HR and admins the filtered directory as CSV with addresses, and refuses employees', async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org, { name: 'Finance' });
    const hr = await buildUser(org, { name: 'Hana HR', roles: ['HR'] });
    const admin = await buildUser(org, { name: 'Ada Admin', roles: ['ADMIN'] });
    const employee = await buildUser(org, { name: 'Eve Employee' });
    const boss = await buildUser(org, { name: 'Bo Boss', email: `bo@${org.slug}.test`, teamIds: [team.id] });
    await buildUser(org, { name: '=HYPERLINK("http://evil.test")', title: '+SUM(A1)', location: '@home', managerId: boss.id, teamIds: [team.id], email: `evil@${org.slug}.test` });
    await buildUser(org, { name: 'Quote "Q" Person', title: '-1', teamIds: [team.id] });

    const res = await gql(app).as(hr).send<Export>(EXPORT, { teamId: team.id });
    const csv = res.data?.peopleExport.csv ?? '';
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('name,email,title,teams,manager,manager email,location,status,start date');
    expect(res.data?.peopleExport).toMatchObject({ rows: 3, truncated: false });
    expect(lines.at(-1)).toBe('');
    const rows = lines.slice(1, -1);
    expect(rows).toHaveLength(3);
    // Every cell quoted; formula-looking cells (= + - @) start with an apostrophe; quotes doubled.
    expect(rows).toContain(`"'=HYPERLINK(""http://evil.test"")","evil@${org.slug}.test","'+SUM(A1)","Finance","Bo Boss","bo@${org.slug}.test","'@home","ACTIVE",""`);
    expect(rows.some((r) => r.startsWith(`"Bo Boss","bo@${org.slug}.test","","Finance"`))).toBe(true);
    expect(rows.some((r) => /^"Quote ""Q"" Person","[^"]+","'-1",/.test(r))).toBe(true);

    // The same filters as the screen: a typo'd name finds the person in the file too.
    const typo = await gql(app).as(admin).send<Export>(EXPORT, { query: 'Bo Bsos' });
    expect(typo.data?.peopleExport.rows).toBe(1);

    const refused = await gql(app).as(employee).send<Export>(EXPORT, {});
    expect(codeOf(refused)).toBe('FORBIDDEN');
    expect(refused.data).toBeNull();
  });
});

describe('team contact', () => {
  const UPDATE = `mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { team { description contact } } }`;

  it('lets the lead and HR set a web address, an email address or a #channel, and refuses anything else', async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org, { name: 'Payments' });
    const lead = await buildUser(org, { leadOf: [team.id] });
    const hr = await buildUser(org, { roles: ['HR'] });
    const employee = await buildUser(org, { teamIds: [team.id] });
    const set = (who: typeof lead, contact: string) => gql(app).as(who).send<{ updateTeam: { team: { contact: string } } }>(UPDATE, { input: { id: team.id, contact } });
    expect((await set(lead, ' https://chat.example.com/payments ')).data?.updateTeam.team.contact).toBe('https://chat.example.com/payments');
    expect((await set(hr, 'payments@example.com')).data?.updateTeam.team.contact).toBe('payments@example.com');
    expect((await set(lead, '#payments-help')).data?.updateTeam.team.contact).toBe('#payments-help');
    for (const bad of ['javascript:alert(1)', 'ftp://x.example.com', 'not a contact', '#', 'https://user:pw@example.com']) {
      const res = await set(lead, bad);
      expect(codeOf(res)).toBe('BAD_USER_INPUT');
      expect((res.errors?.[0]?.extensions as { fields?: unknown[] }).fields).toEqual([expect.objectContaining({ field: 'contact', rule: 'teamContact' })]);
    }
    expect(codeOf(await set(employee, '#mine'))).toBe('FORBIDDEN');
    expect(await one(`SELECT contact FROM teams WHERE id = $1`, [team.id])).toEqual({ contact: '#payments-help' });
    expect((await set(lead, '')).data?.updateTeam.team.contact).toBe('');
  });
});
