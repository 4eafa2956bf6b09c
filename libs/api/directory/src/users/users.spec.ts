import type { INestApplication } from '@nestjs/common';
import { all, buildOrganization, buildTeam, buildUser, closeTestDb, codeOf, countQueries, createTestApp, gql, one } from '@pillars/api/testing';
import { EventsService } from '@pillars/api/core';
import { DirectoryModule } from '../directory.module';

let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp([DirectoryModule]);
});
afterAll(async () => {
  await app.close();
  await closeTestDb();
});

const PEOPLE = `query($query: String, $first: Int, $after: String, $teamId: ID) {
  people(query: $query, first: $first, after: $after, teamId: $teamId) { edges { node { id name } } pageInfo { hasNextPage endCursor } } }`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { id manager { id } title } } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id email teams { role team { id } } } } }`;
type People = { people: { edges: { node: { id: string; name: string } }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
const names = (res: { data?: People | null }) => res.data?.people.edges.map((e) => e.node.name) ?? [];

describe('admin mutations', () => {
  it('refuses every admin mutation to a non-admin with FORBIDDEN and changes nothing', async () => {
    const org = await buildOrganization();
    const employee = await buildUser(org);
    const other = await buildUser(org, { title: 'Analyst' });
    const team = await buildTeam(org);
    const calls: [string, Record<string, unknown>][] = [
      [CREATE_USER, { input: { email: `new@${org.slug}.test`, name: 'New Person' } }],
      [UPDATE_USER, { input: { id: other.id, title: 'CEO' } }],
      [`mutation($input: SetUserStatusInput!) { setUserStatus(input: $input) { user { id } } }`, { input: { id: other.id, status: 'SUSPENDED' } }],
      [`mutation($input: AssignRolesInput!) { assignRoles(input: $input) { user { id } } }`, { input: { id: employee.id, roles: ['ADMIN'] } }],
      [`mutation($input: CreateTeamInput!) { createTeam(input: $input) { team { id } } }`, { input: { name: 'Shadow IT' } }],
      [`mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { team { id } } }`, { input: { id: team.id, name: 'Renamed' } }],
      [`mutation($input: TeamMemberInput!) { setTeamLead(input: $input) { team { id } } }`, { input: { teamId: team.id, userId: employee.id } }],
    ];
    for (const [query, variables] of calls) expect(codeOf(await gql(app).as(employee).send(query, variables))).toBe('FORBIDDEN');
    expect(await one(`SELECT title, status, roles FROM users WHERE id = $1`, [other.id])).toEqual({ title: 'Analyst', status: 'ACTIVE', roles: [] });
    expect(await all(`SELECT 1 FROM users WHERE organization_id = $1`, [org.id])).toHaveLength(2);
    expect(await one(`SELECT name FROM teams WHERE id = $1`, [team.id])).toEqual({ name: team.name });
  });

  it('lets an admin create a person in a team and rejects a duplicate email with DIRECTORY_EMAIL_TAKEN', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const team = await buildTeam(org);
    const email = `ana@${org.slug}.test`;
    const created = await gql(app).as(admin).send<{ createUser: { user: { id: string; teams: { team: { id: string } }[] } } }>(CREATE_USER, {
      input: { email, name: 'Ana María', locale: 'it', teamIds: [team.id] },
    });
    expect(created.errors).toBeUndefined();
    expect(created.data?.createUser.user.teams.map((t) => t.team.id)).toEqual([team.id]);
    const dup = await gql(app).as(admin).send(CREATE_USER, { input: { email: email.toUpperCase(), name: 'Someone' } });
    expect(codeOf(dup)).toBe('DIRECTORY_EMAIL_TAKEN');
  });

  it("rejects another organisation's ids as unknown and writes nothing", async () => {
    const org = await buildOrganization();
    const otherOrg = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const stranger = await buildUser(otherOrg);
    const foreignTeam = await buildTeam(otherOrg);
    const target = await buildUser(org);
    expect(codeOf(await gql(app).as(admin).send(UPDATE_USER, { input: { id: target.id, managerId: stranger.id } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(app).as(admin).send(UPDATE_USER, { input: { id: stranger.id, title: 'Mine now' } }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(app).as(admin).send(CREATE_USER, { input: { email: `x@${org.slug}.test`, name: 'X', teamIds: [foreignTeam.id] } }))).toBe('BAD_USER_INPUT');
    expect(await all(`SELECT 1 FROM users WHERE organization_id = $1`, [org.id])).toHaveLength(2);
    expect(codeOf(await gql(app).as(admin).send(`query($id: ID!) { user(id: $id) { id } }`, { id: stranger.id }))).toBe('NOT_FOUND');
  });

  it('validates input: oversized name, bad locale, script-tag email → BAD_USER_INPUT with fields', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const res = await gql(app).as(admin).send(CREATE_USER, { input: { email: '<script>@x', name: 'x'.repeat(500), locale: 'fr' } });
    expect(codeOf(res)).toBe('BAD_USER_INPUT');
    const fields = (res.errors?.[0].extensions?.fields ?? []).map((f) => f.field).sort();
    expect(fields).toEqual(['email', 'locale', 'name']);
  });
});

describe('manager line', () => {
  it('rejects a manager change that would create a cycle, directly or through the line', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const ceo = await buildUser(org);
    const vp = await buildUser(org, { managerId: ceo.id });
    const lead = await buildUser(org, { managerId: vp.id });
    const self = await gql(app).as(admin).send(UPDATE_USER, { input: { id: vp.id, managerId: vp.id } });
    expect(codeOf(self)).toBe('DIRECTORY_MANAGER_CYCLE');
    const indirect = await gql(app).as(admin).send(UPDATE_USER, { input: { id: ceo.id, managerId: lead.id } });
    expect(codeOf(indirect)).toBe('DIRECTORY_MANAGER_CYCLE');
    expect(await one(`SELECT manager_id FROM users WHERE id = $1`, [ceo.id])).toEqual({ manager_id: null });
    const ok = await gql(app).as(admin).send<{ updateUser: { user: { manager: { id: string } } } }>(UPDATE_USER, { input: { id: lead.id, managerId: ceo.id } });
    expect(ok.data?.updateUser.user.manager.id).toBe(ceo.id);
  });

  it('shows the manager chain, direct reports and abilities on a profile', async () => {
    const org = await buildOrganization();
    const ceo = await buildUser(org, { name: 'Ceo Person' });
    const vp = await buildUser(org, { managerId: ceo.id, name: 'Vp Person' });
    const dev = await buildUser(org, { managerId: vp.id, name: 'Dev Person' });
    const res = await gql(app).as(dev).send<{ user: { managerChain: { id: string }[]; directReports: { id: string }[]; abilities: { canEdit: boolean } } }>(
      `query($id: ID!) { user(id: $id) { managerChain { id } directReports { id } abilities { canEdit } } }`,
      { id: vp.id },
    );
    expect(res.data?.user.managerChain.map((u) => u.id)).toEqual([ceo.id]);
    expect(res.data?.user.directReports.map((u) => u.id)).toEqual([dev.id]);
    expect(res.data?.user.abilities.canEdit).toBe(false);
  });
});

describe('directory search', () => {
  it('matches accent-insensitively, in Arabic and Hebrew without diacritics, by team name, and with a typo', async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org, { name: 'Payments Platform' });
    const me = await buildUser(org, { name: 'Zed Viewer' });
    await buildUser(org, { name: 'Chloé Dubois', title: 'Designer' });
    await buildUser(org, { name: 'أحمد الخطيب', location: 'دبي' });
    await buildUser(org, { name: 'שָׁלוֹם כהן' });
    await buildUser(org, { name: 'Marco Bianchi', teamIds: [team.id] });
    const q = async (query: string) => names(await gql(app).as(me).send<People>(PEOPLE, { query }));
    expect(await q('chloe')).toEqual(['Chloé Dubois']);
    expect(await q('احمد')).toEqual(['أحمد الخطيب']);
    expect(await q('שלום')).toEqual(['שָׁלוֹם כהן']);
    expect(await q('payments')).toEqual(['Marco Bianchi']);
    expect(await q('bianchy')).toEqual(['Marco Bianchi']);
    expect(await q('designer chloe')).toEqual(['Chloé Dubois']);
  });

  it('lists locations with head counts for the filter, active people of the own organisation only', async () => {
    const org = await buildOrganization();
    const other = await buildOrganization();
    const me = await buildUser(org, { location: 'دبي' });
    await buildUser(org, { location: 'دبي' });
    await buildUser(org, { location: 'Milano' });
    await buildUser(org, { location: 'Roma', status: 'DEPARTED' });
    await buildUser(other, { location: 'Paris' });
    const res = await gql(app).as(me).send<{ locations: { location: string; people: number }[] }>(`{ locations { location people } }`);
    expect(res.data?.locations).toEqual([{ location: 'دبي', people: 2 }, { location: 'Milano', people: 1 }]);
    const filtered = await gql(app).as(me).send<People>(`query($l: String) { people(location: $l) { edges { node { id name } } pageInfo { hasNextPage endCursor } } }`, { l: 'milano' });
    expect(filtered.data?.people.edges).toHaveLength(1);
  });

  it('paginates by key without repeats and never shows other organisations or suspended people', async () => {
    const org = await buildOrganization();
    const otherOrg = await buildOrganization();
    const me = await buildUser(org, { name: 'Aaa Viewer' });
    for (let i = 0; i < 7; i++) await buildUser(org, { name: `Member ${i}` });
    await buildUser(org, { name: 'Member Suspended', status: 'SUSPENDED' });
    await buildUser(otherOrg, { name: 'Member Elsewhere' });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const res: { data?: People | null } = await gql(app).as(me).send<People>(PEOPLE, { query: 'member', first: 3, after });
      seen.push(...names(res));
      after = res.data?.people.pageInfo.hasNextPage ? res.data.people.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(Array.from({ length: 7 }, (_, i) => `Member ${i}`));
    expect(codeOf(await gql(app).as(me).send(PEOPLE, { first: 101 }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(app).as(me).send(PEOPLE, { after: 'garbage' }))).toBe('BAD_USER_INPUT');
  });
});

describe('query cost', () => {
  it('costs the same number of queries for 3 people as for 30, with managers and teams (DataLoaders)', async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org);
    const boss = await buildUser(org, { name: 'Boss' });
    for (let i = 0; i < 30; i++) await buildUser(org, { name: `Worker ${String(i).padStart(2, '0')}`, managerId: boss.id, teamIds: [team.id] });
    const PAGE = `query($first: Int) { people(query: "worker", first: $first) { edges { node { id manager { id name } teams { role team { id name } } directReportCount } } } }`;
    await app.get(EventsService).kick(); // earlier tests' events must not be dispatched while we count
    // The counter is per process; the best of two runs ignores a stray background statement,
    // while an N+1 would show in both (30 people → dozens of queries).
    const cost = async (first: number) => {
      const runs: number[] = [];
      for (let i = 0; i < 2; i++) runs.push(await countQueries(() => gql(app).as(boss).send(PAGE, { first })));
      return Math.min(...runs);
    };
    const small = await cost(3);
    const large = await cost(30);
    expect(large).toBe(small);
    expect(small).toBeGreaterThanOrEqual(4);
    expect(large).toBeLessThanOrEqual(5);
  });
});

describe('teams', () => {
  it('moves a team but refuses to move it under its own sub-team', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const a = await buildTeam(org, { name: 'A' });
    const b = await buildTeam(org, { name: 'B', parentId: a.id });
    const c = await buildTeam(org, { name: 'C' });
    const MOVE = `mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { team { id parent { id } ancestors { name } } } }`;
    expect(codeOf(await gql(app).as(admin).send(MOVE, { input: { id: a.id, parentId: b.id } }))).toBe('DIRECTORY_TEAM_CYCLE');
    const moved = await gql(app).as(admin).send<{ updateTeam: { team: { ancestors: { name: string }[] } } }>(MOVE, { input: { id: c.id, parentId: b.id } });
    expect(moved.data?.updateTeam.team.ancestors.map((t) => t.name)).toEqual(['A', 'B']);
  });

  it('lists every team with its full path for pickers, five levels deep, only in the own organisation', async () => {
    const org = await buildOrganization();
    const other = await buildOrganization();
    const me = await buildUser(org);
    let parentId: string | null = null;
    for (const name of ['Eng', 'Platform', 'Data', 'Storage', 'Backups']) parentId = (await buildTeam(org, { name, parentId })).id;
    await buildTeam(org, { name: 'Art' });
    await buildTeam(other, { name: 'Elsewhere' });
    type Options = { teamOptions: { edges: { node: { path: string[]; depth: number } }[] } };
    const res = await gql(app).as(me).send<Options>(`{ teamOptions(first: 100) { edges { node { id name path depth } } } }`);
    const options = res.data?.teamOptions.edges.map((e) => e.node) ?? [];
    expect(options.map((t) => t.path.join('/'))).toEqual(['Art', 'Eng', 'Eng/Platform', 'Eng/Platform/Data', 'Eng/Platform/Data/Storage', 'Eng/Platform/Data/Storage/Backups']);
    expect(options.at(-1)?.depth).toBe(4);
  });

  it('sets a single lead, shown on the team and allowed to manage members', async () => {
    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const team = await buildTeam(org);
    const first = await buildUser(org, { teamIds: [team.id] });
    const second = await buildUser(org);
    const LEAD = `mutation($input: TeamMemberInput!) { setTeamLead(input: $input) { team { lead { id } memberCount } } }`;
    await gql(app).as(admin).send(LEAD, { input: { teamId: team.id, userId: first.id } });
    const res = await gql(app).as(admin).send<{ setTeamLead: { team: { lead: { id: string }; memberCount: number } } }>(LEAD, { input: { teamId: team.id, userId: second.id } });
    expect(res.data?.setTeamLead.team).toEqual({ lead: { id: second.id }, memberCount: 2 });
    expect(await all(`SELECT user_id FROM team_memberships WHERE team_id = $1 AND role = 'LEAD'`, [team.id])).toEqual([{ user_id: second.id }]);
  });
});
