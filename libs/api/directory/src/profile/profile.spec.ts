import type { INestApplication } from '@nestjs/common';
import { buildOrganization, buildUser, closeTestDb, codeOf, createTestApp, gql, type GqlResponse, one } from '@pillars/api/testing';
import { DirectoryModule } from '../directory.module';

let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp([DirectoryModule]);
});
afterAll(async () => {
  await app.close();
  await closeTestDb();
});

const UPDATE = `mutation($input: UpdateMyProfileInput!) { updateMyProfile(input: $input) { user {
  id name title about pronouns phone timeZone languages skills workingHours { days start end } initials photoUrl } } }`;
const PROFILE = `query($id: ID!) { user(id: $id) { id about pronouns phone timeZone languages skills workingHours { days start end } } }`;
const PEOPLE = `query($query: String, $skill: String) { people(query: $query, skill: $skill) { totalCount edges { node { id name skills } } } }`;
type Updated = { updateMyProfile: { user: Record<string, unknown> } };
type People = { people: { totalCount: number; edges: { node: { id: string; name: string } }[] } };
const rules = (res: GqlResponse<unknown>) => (res.errors?.[0]?.extensions?.fields ?? []).map((f) => `${f.field}:${f.rule}`).sort();
const ids = (res: GqlResponse<People>) => res.data?.people.edges.map((e) => e.node.id).sort() ?? [];

describe('updateMyProfile', () => {
  it('saves the person’s own fields, shows them to colleagues, and clears them with null', async () => {
    const org = await buildOrganization();
    const me = await buildUser(org, { name: 'Rana Haddad' });
    const colleague = await buildUser(org);
    const res = await gql(app).as(me).send<Updated>(UPDATE, {
      input: {
        about: '  Platform engineer.\nAsk me about clusters.  ', pronouns: 'she/her', phone: '+39 06 1234 5678',
        workingHours: { days: [5, 1, 2, 3, 4], start: '08:30', end: '17:00' }, timeZone: 'Europe/Rome',
        languages: ['ar', 'en', 'it', 'en'], skills: ['Kubernetes', 'Go', 'kubernetes', 'Équipe lead'],
      },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data?.updateMyProfile.user).toMatchObject({
      id: me.id, about: 'Platform engineer.\nAsk me about clusters.', pronouns: 'she/her', phone: '+39 06 1234 5678', timeZone: 'Europe/Rome',
      workingHours: { days: [1, 2, 3, 4, 5], start: '08:30', end: '17:00' }, languages: ['ar', 'en', 'it'], skills: ['Kubernetes', 'Go', 'Équipe lead'],
    });
    expect(await one(`SELECT skill_keys FROM users WHERE id = $1`, [me.id])).toEqual({ skill_keys: ['equipe lead', 'go', 'kubernetes'] });
    const seen = await gql(app).as(colleague).send<{ user: Record<string, unknown> }>(PROFILE, { id: me.id });
    expect(seen.data?.user).toMatchObject({ pronouns: 'she/her', skills: ['Kubernetes', 'Go', 'Équipe lead'] });
    const cleared = await gql(app).as(me).send<Updated>(UPDATE, { input: { about: '', pronouns: null, phone: null, workingHours: null, skills: null, languages: [] } });
    expect(cleared.data?.updateMyProfile.user).toMatchObject({ about: null, pronouns: null, phone: null, workingHours: null, skills: [], languages: [], timeZone: 'Europe/Rome' });
    expect(await one(`SELECT skill_keys FROM users WHERE id = $1`, [me.id])).toEqual({ skill_keys: [] });
  });

  it('refuses the organisation’s fields (name, title, manager, location, another id) and changes nothing', async () => {
    const org = await buildOrganization();
    const me = await buildUser(org, { name: 'Ana Costa', title: 'Analyst' });
    const other = await buildUser(org, { name: 'Bo Other' });
    for (const extra of [{ name: 'CEO Ana' }, { title: 'CEO' }, { managerId: other.id }, { location: 'Paris' }, { id: other.id }, { teamIds: [] }]) {
      const res = await gql(app).as(me).send(UPDATE, { input: { pronouns: 'they/them', ...extra } });
      expect(codeOf(res)).toBe('BAD_USER_INPUT'); // not a field of the input: refused before any resolver runs
    }
    expect(await one(`SELECT name, title, pronouns FROM users WHERE id = $1`, [me.id])).toEqual({ name: 'Ana Costa', title: 'Analyst', pronouns: null });
    // The organisation's own mutation stays HR's and admins', the person's own record included.
    const own = await gql(app).as(me).send(`mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { id } } }`, { input: { id: me.id, title: 'CEO' } });
    expect(codeOf(own)).toBe('FORBIDDEN');
    const theirs = await gql(app).as(me).send(`mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { id } } }`, { input: { id: other.id, name: 'X' } });
    expect(codeOf(theirs)).toBe('FORBIDDEN');
    expect(await one(`SELECT name, pronouns FROM users WHERE id = $1`, [other.id])).toEqual({ name: 'Bo Other', pronouns: null });
  });

  it('names every invalid field with its rule and writes nothing', async () => {
    const org = await buildOrganization();
    const me = await buildUser(org);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ phone: 'call me maybe' }, ['phone:phone']],
      [{ phone: '12' }, ['phone:phone']],
      [{ timeZone: 'Mars/Olympus' }, ['timeZone:timeZone']],
      [{ languages: ['en', 'english'] }, ['languages:languageCode']],
      [{ languages: Array.from({ length: 21 }, () => 'en') }, ['languages:arrayMaxSize']],
      [{ skills: Array.from({ length: 31 }, (_, i) => `skill ${i}`) }, ['skills:arrayMaxSize']],
      [{ skills: ['Go', 'x'.repeat(51)] }, ['skills.1:maxLength']],
      [{ skills: ['Go', 'evil\u202Egnp.exe'] }, ['skills.1:bidi']],
      [{ skills: ['   '] }, ['skills.0:empty']],
      [{ pronouns: 'she\u202Eher' }, ['pronouns:bidi']],
      [{ about: 'x'.repeat(2001) }, ['about:maxLength']],
      [{ about: 'nul \u0000 here' }, ['about:nul']],
      [{ workingHours: { days: [1, 8], start: '09:00', end: '17:00' } }, ['workingHours.days:max']],
      [{ workingHours: { days: [1], start: '9am', end: '17:00' } }, ['workingHours.start:clockTime']],
      [{ workingHours: { days: [1], start: '17:00', end: '09:00' } }, ['workingHours.end:afterStart']],
      [{ workingHours: { days: [], start: '09:00', end: '17:00' } }, ['workingHours.days:arrayMinSize']],
    ];
    for (const [input, expected] of cases) {
      const res = await gql(app).as(me).send(UPDATE, { input: { pronouns: 'they/them', ...input } });
      expect([JSON.stringify(input).slice(0, 60), codeOf(res), rules(res)]).toEqual([JSON.stringify(input).slice(0, 60), 'BAD_USER_INPUT', expected]);
    }
    expect(await one(`SELECT pronouns, skills FROM users WHERE id = $1`, [me.id])).toEqual({ pronouns: null, skills: [] });
  });

  it('refuses someone signed out', async () => {
    expect(codeOf(await gql(app).send(UPDATE, { input: { pronouns: 'x' } }))).toBe('UNAUTHENTICATED');
  });
});

describe('finding people by skill', () => {
  it('finds experts by the skill filter (whole tag, any case or accent) and by free text, across teams', async () => {
    const org = await buildOrganization();
    const [kube, also, none, asker] = await Promise.all([
      buildUser(org, { name: 'Zaid Kube' }), buildUser(org, { name: 'Maya Also' }), buildUser(org, { name: 'Noa None' }), buildUser(org, { name: 'Ask Er' }),
    ]);
    await gql(app).as(kube).send(UPDATE, { input: { skills: ['Kubernetes', 'Terraform'] } });
    await gql(app).as(also).send(UPDATE, { input: { skills: ['KUBERNETES'] } });
    await gql(app).as(none).send(UPDATE, { input: { skills: ['Kubernetes operators'] } });
    const bySkill = await gql(app).as(asker).send<People>(PEOPLE, { skill: 'kubernetes' });
    expect(ids(bySkill)).toEqual([kube.id, also.id].sort());
    expect(bySkill.data?.people.totalCount).toBe(2);
    expect(ids(await gql(app).as(asker).send<People>(PEOPLE, { skill: 'Térraform' }))).toEqual([kube.id]);
    expect(ids(await gql(app).as(asker).send<People>(PEOPLE, { query: 'kubernetes' }))).toEqual([kube.id, also.id, none.id].sort());
    // A typo in free text still finds the skill (the search's vocabulary holds it).
    expect(ids(await gql(app).as(asker).send<People>(PEOPLE, { query: 'kubernets' }))).toEqual([kube.id, also.id, none.id].sort());
    // Dropping the skill takes the person out of both.
    await gql(app).as(kube).send(UPDATE, { input: { skills: ['Terraform'] } });
    expect(ids(await gql(app).as(asker).send<People>(PEOPLE, { skill: 'Kubernetes' }))).toEqual([also.id]);
    expect(ids(await gql(app).as(asker).send<People>(PEOPLE, { query: 'kubernetes' }))).toEqual([also.id, none.id].sort());
  });
});
