import type { INestApplication } from '@nestjs/common';
import { EventsService } from '@pillars/api/core';
import { all, buildOrganization, buildTeam, buildUser, closeTestDb, codeOf, createTestApp, gql, one } from '@pillars/api/testing';
import { DirectoryModule } from '../directory.module';

// Who may do what: HR manages people records but not roles; a team lead manages their own team;
// employees see colleagues without their status or email.
let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp([DirectoryModule]);
});
afterAll(async () => {
  await app.get(EventsService).kick();
  await app.close();
  await closeTestDb();
});

const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id email status } } }`;
const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { user { id title } } }`;
const SET_STATUS = `mutation($input: SetUserStatusInput!) { setUserStatus(input: $input) { user { id status } } }`;
const ASSIGN_ROLES = `mutation($input: AssignRolesInput!) { assignRoles(input: $input) { user { id roles } } }`;
const APPLY = `mutation($input: ApplyDirectoryImportInput!) { applyDirectoryImport(input: $input) { toCreate } }`;
const ABILITIES = `query($id: ID!) { user(id: $id) { abilities { canEdit canSuspend canAssignRoles } } }`;

describe('HR', () => {
  it('creates, edits, suspends and imports people, each audited by an event', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const person = await buildUser(org, { title: 'Analyst' });
    const created = await gql(app).as(hr).send<{ createUser: { user: { id: string; email: string } } }>(CREATE_USER, { input: { email: `new@${org.slug}.test`, name: 'New Hire' } });
    expect(created.errors).toBeUndefined();
    expect((await gql(app).as(hr).send(UPDATE_USER, { input: { id: person.id, title: 'Senior Analyst' } })).errors).toBeUndefined();
    expect((await gql(app).as(hr).send(SET_STATUS, { input: { id: person.id, status: 'SUSPENDED' } })).errors).toBeUndefined();
    const csv = `email,name,title\r\nimported@${org.slug}.test,Imported Person,Designer\r\n`;
    const imported = await gql(app).as(hr).send<{ applyDirectoryImport: { toCreate: number } }>(APPLY, { input: { csv, mode: 'ALL_OR_NOTHING' } });
    expect(imported.errors).toBeUndefined();
    expect(imported.data?.applyDirectoryImport.toCreate).toBe(1);
    expect(await one(`SELECT title, status FROM users WHERE id = $1`, [person.id])).toEqual({ title: 'Senior Analyst', status: 'SUSPENDED' });
    const events = await all<{ type: string }>(`SELECT type FROM domain_events WHERE organization_id = $1 AND actor_id = $2 ORDER BY seq`, [org.id, hr.id]);
    expect(events.map((e) => e.type)).toEqual([
      'directory.user.created', 'directory.user.invited', 'directory.user.updated', 'directory.user.status_changed', 'directory.imported', 'directory.user.invited',
    ]);
    expect((await gql(app).as(hr).send<{ user: { abilities: unknown } }>(ABILITIES, { id: created.data?.createUser.user.id })).data?.user.abilities).toEqual({ canEdit: true, canSuspend: true, canAssignRoles: false });
  });

  it('may not change roles: assignRoles, roles on create, a roles column in an import, or an admin’s record', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const admin = await buildUser(org, { roles: ['ADMIN'], title: 'CTO' });
    const person = await buildUser(org);
    expect(codeOf(await gql(app).as(hr).send(ASSIGN_ROLES, { input: { id: person.id, roles: ['HR'] } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(app).as(hr).send(CREATE_USER, { input: { email: `boss@${org.slug}.test`, name: 'Boss', roles: ['ADMIN'] } }))).toBe('FORBIDDEN');
    const csv = `email,name,roles\r\nsneaky@${org.slug}.test,Sneaky,ADMIN\r\n`;
    expect(codeOf(await gql(app).as(hr).send(APPLY, { input: { csv, mode: 'ALL_OR_NOTHING' } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(app).as(hr).send(UPDATE_USER, { input: { id: admin.id, title: 'Intern' } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(app).as(hr).send(SET_STATUS, { input: { id: admin.id, status: 'SUSPENDED' } }))).toBe('FORBIDDEN');
    expect(await all(`SELECT email, roles, title, status FROM users WHERE organization_id = $1 AND (roles <> '{}' OR email LIKE 'boss@%' OR email LIKE 'sneaky@%') ORDER BY roles[1]`, [org.id])).toEqual([
      { email: admin.email, roles: ['ADMIN'], title: 'CTO', status: 'ACTIVE' },
      { email: hr.email, roles: ['HR'], title: null, status: 'ACTIVE' },
    ]);
    const viewer = `{ abilities { canManagePeople canImport canAssignRoles } }`;
    expect((await gql(app).as(hr).send(viewer)).data).toEqual({ abilities: { canManagePeople: true, canImport: true, canAssignRoles: false } });
    expect((await gql(app).as(admin).send(viewer)).data).toEqual({ abilities: { canManagePeople: true, canImport: true, canAssignRoles: true } });
    // An admin still may.
    const adminRes = await gql(app).as(admin).send<{ assignRoles: { user: { roles: string[] } } }>(ASSIGN_ROLES, { input: { id: person.id, roles: ['HR'] } });
    expect(adminRes.data?.assignRoles.user.roles).toEqual(['EMPLOYEE', 'HR']);
  });
});

describe('team leads', () => {
  const ADD = `mutation($input: TeamMemberInput!) { addTeamMember(input: $input) { team { memberCount } } }`;
  const REMOVE = `mutation($input: TeamMemberInput!) { removeTeamMember(input: $input) { team { memberCount } } }`;
  const LEAD = `mutation($input: TeamMemberInput!) { setTeamLead(input: $input) { team { id } } }`;
  const UPDATE = `mutation($input: UpdateTeamInput!) { updateTeam(input: $input) { team { name description } } }`;
  const TEAM = `query($id: ID!) { team(id: $id) { abilities { canEdit canManageMembers canEditDescription canAppointLead } } }`;

  it('add and remove members of their own team and edit its description, and nothing of another team', async () => {
    const org = await buildOrganization();
    const mine = await buildTeam(org, { name: 'Platform' });
    const other = await buildTeam(org, { name: 'Sales' });
    const lead = await buildUser(org, { leadOf: [mine.id] });
    const colleague = await buildUser(org);
    expect((await gql(app).as(lead).send(ADD, { input: { teamId: mine.id, userId: colleague.id } })).data).toEqual({ addTeamMember: { team: { memberCount: 2 } } });
    expect((await gql(app).as(lead).send(UPDATE, { input: { id: mine.id, description: 'We run the platform.' } })).data).toEqual({
      updateTeam: { team: { name: 'Platform', description: 'We run the platform.' } },
    });
    expect((await gql(app).as(lead).send(REMOVE, { input: { teamId: mine.id, userId: colleague.id } })).data).toEqual({ removeTeamMember: { team: { memberCount: 1 } } });
    expect((await gql(app).as(lead).send<{ team: { abilities: unknown } }>(TEAM, { id: mine.id })).data?.team.abilities).toEqual({
      canEdit: false, canManageMembers: true, canEditDescription: true, canAppointLead: false,
    });

    // Another team, the team's name and place, and who leads it stay with admins.
    expect(codeOf(await gql(app).as(lead).send(ADD, { input: { teamId: other.id, userId: colleague.id } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(app).as(lead).send(UPDATE, { input: { id: other.id, description: 'Hijacked' } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(app).as(lead).send(UPDATE, { input: { id: mine.id, name: 'Empire' } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(app).as(lead).send(LEAD, { input: { teamId: mine.id, userId: colleague.id } }))).toBe('FORBIDDEN');
    expect((await gql(app).as(lead).send<{ team: { abilities: unknown } }>(TEAM, { id: other.id })).data?.team.abilities).toEqual({
      canEdit: false, canManageMembers: false, canEditDescription: false, canAppointLead: false,
    });
    expect(await all(`SELECT user_id FROM team_memberships WHERE team_id = ANY($1::uuid[])`, [[mine.id, other.id]])).toEqual([{ user_id: lead.id }]);
    expect(await one(`SELECT name, description FROM teams WHERE id = $1`, [other.id])).toEqual({ name: 'Sales', description: '' });
  });
});

describe('what employees see of colleagues', () => {
  const PERSON = `query($id: ID!) { user(id: $id) { name email status former } }`;

  it('no status and no email of others on any path; their own; HR sees both', async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org);
    const employee = await buildUser(org, { teamIds: [team.id] });
    const hr = await buildUser(org, { roles: ['HR'] });
    const active = await buildUser(org, { name: 'Ada Active', teamIds: [team.id] });
    const paused = await buildUser(org, { name: 'Sam Suspended', status: 'SUSPENDED' });
    const gone = await buildUser(org, { name: 'Dora Departed', status: 'DEPARTED' });

    const person = (as: typeof employee, id: string) => gql(app).as(as).send<{ user: unknown }>(PERSON, { id }).then((r) => r.data?.user);
    expect(await person(employee, paused.id)).toEqual({ name: 'Sam Suspended', email: null, status: null, former: false });
    expect(await person(employee, gone.id)).toEqual({ name: 'Dora Departed', email: null, status: null, former: true });
    expect(await person(employee, active.id)).toEqual({ name: 'Ada Active', email: null, status: null, former: false });
    expect(await person(employee, employee.id)).toMatchObject({ email: employee.email, status: 'ACTIVE' });
    expect(await person(hr, paused.id)).toEqual({ name: 'Sam Suspended', email: paused.email, status: 'SUSPENDED', former: false });

    // Directory search, team members, the manager line and `me`.
    const search = await gql(app).as(employee).send<{ people: { edges: { node: { email: string | null; status: string | null } }[] } }>(
      `{ people(query: "Ada") { edges { node { email status } } } }`,
    );
    expect(search.data?.people.edges.map((e) => e.node)).toEqual([{ email: null, status: null }]);
    const members = await gql(app).as(employee).send<{ team: { members: { edges: { node: { user: { email: string | null; status: string | null } } }[] } } }>(
      `query($id: ID!) { team(id: $id) { members { edges { node { user { email status } } } } } }`, { id: team.id },
    );
    expect(members.data?.team.members.edges.map((e) => e.node.user)).toEqual(expect.arrayContaining([{ email: null, status: null }, { email: employee.email, status: 'ACTIVE' }]));
    expect((await gql(app).as(employee).send<{ me: { email: string } }>(`{ me { email } }`)).data?.me.email).toBe(employee.email);
    // Nor can an address be confirmed by searching it; HR finds people by address.
    const byAddress = (as: typeof employee) => gql(app).as(as).send<{ people: { edges: { node: { name: string } }[] } }>(`query($q: String) { people(query: $q) { edges { node { name } } } }`, { q: active.email });
    expect((await byAddress(employee)).data?.people.edges).toEqual([]);
    expect((await byAddress(hr)).data?.people.edges.map((e) => e.node.name)).toContain('Ada Active');
  });
});
