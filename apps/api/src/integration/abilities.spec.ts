import type { INestApplication } from '@nestjs/common';
import { all, buildOrganization, buildTeam, buildUser, closeTestDb, codeOf, createTestApp, gql, TEST_PASSWORD } from '@pillars/api/testing';
import { randomInt } from 'node:crypto';
import { DOMAIN_MODULES } from '../app/app.module';

let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp(DOMAIN_MODULES);
});
afterAll(async () => {
  await app.close();
  await closeTestDb();
});

const FIELDS = 'canManagePeople canManageTeams canImport canManageAudiences';
const ABILITIES = `{ abilities { ${FIELDS} } }`;
const TEAM = `query($id: ID!) { team(id: $id) { id abilities { canEdit canManageMembers } } }`;
const ADD_MEMBER = `mutation($input: TeamMemberInput!) { addTeamMember(input: $input) { team { id memberCount } } }`;
type Abilities = { abilities: Record<string, boolean> | null };
type Team = { team: { abilities: { canEdit: boolean; canManageMembers: boolean } } };
const none = { canManagePeople: false, canManageTeams: false, canImport: false, canManageAudiences: false };

describe('viewer abilities', () => {
  it('gives an employee no admin abilities, an admin the directory ones, HR people records, import and audiences', async () => {
    const org = await buildOrganization();
    const employee = await buildUser(org);
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const hr = await buildUser(org, { roles: ['HR'] });
    expect((await gql(app).as(employee).send<Abilities>(ABILITIES)).data?.abilities).toEqual(none);
    expect((await gql(app).as(admin).send<Abilities>(ABILITIES)).data?.abilities).toEqual({ canManagePeople: true, canManageTeams: true, canImport: true, canManageAudiences: true });
    expect((await gql(app).as(hr).send<Abilities>(ABILITIES)).data?.abilities).toEqual({ ...none, canManagePeople: true, canImport: true, canManageAudiences: true });
  });

  it('matches what the API then allows: the employee is refused what the abilities deny', async () => {
    const org = await buildOrganization();
    const employee = await buildUser(org);
    expect((await gql(app).as(employee).send<Abilities>(ABILITIES)).data?.abilities?.['canManageTeams']).toBe(false);
    const res = await gql(app).as(employee).send(`mutation($input: CreateTeamInput!) { createTeam(input: $input) { team { id } } }`, { input: { name: 'Shadow IT' } });
    expect(codeOf(res)).toBe('FORBIDDEN');
  });

  it('is null when signed out, and comes with the user from signIn', async () => {
    const anonymous = await gql(app).send<Abilities>(ABILITIES);
    expect(anonymous.errors).toBeUndefined();
    expect(anonymous.data?.abilities).toBeNull();

    const org = await buildOrganization();
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const signIn = await gql(app)
      .fromIp(`10.${randomInt(255)}.${randomInt(255)}.${randomInt(255)}`)
      .send<{ signIn: { user: { id: string } } & Abilities }>(`mutation($input: SignInInput!) { signIn(input: $input) { user { id } abilities { ${FIELDS} } } }`, {
        input: { email: admin.email, password: TEST_PASSWORD },
      });
    expect(signIn.errors).toBeUndefined();
    expect(signIn.data?.signIn.abilities).toEqual({ canManagePeople: true, canManageTeams: true, canImport: true, canManageAudiences: true });
  });
});

describe('team abilities', () => {
  it('lets a lead manage the members of their own team and of no other', async () => {
    const org = await buildOrganization();
    const [own, other] = [await buildTeam(org), await buildTeam(org)];
    const lead = await buildUser(org, { leadOf: [own.id] });
    const newcomer = await buildUser(org);

    const ownTeam = await gql(app).as(lead).send<Team>(TEAM, { id: own.id });
    expect(ownTeam.data?.team.abilities).toEqual({ canEdit: false, canManageMembers: true });
    const otherTeam = await gql(app).as(lead).send<Team>(TEAM, { id: other.id });
    expect(otherTeam.data?.team.abilities).toEqual({ canEdit: false, canManageMembers: false });
    expect((await gql(app).as(lead).send<Abilities>(ABILITIES)).data?.abilities).toEqual(none);

    // The abilities say what the mutations then do.
    const added = await gql(app).as(lead).send(ADD_MEMBER, { input: { teamId: own.id, userId: newcomer.id } });
    expect(added.errors).toBeUndefined();
    expect(codeOf(await gql(app).as(lead).send(ADD_MEMBER, { input: { teamId: other.id, userId: newcomer.id } }))).toBe('FORBIDDEN');
    expect(await all(`SELECT team_id FROM team_memberships WHERE user_id = $1`, [newcomer.id])).toEqual([{ team_id: own.id }]);
  });

  it('gives a plain member of the team no management', async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org);
    const member = await buildUser(org, { teamIds: [team.id] });
    expect((await gql(app).as(member).send<Team>(TEAM, { id: team.id })).data?.team.abilities).toEqual({ canEdit: false, canManageMembers: false });
  });
});
