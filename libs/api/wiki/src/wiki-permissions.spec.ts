import { buildOrganization, buildTeam, buildUser, codeOf, gql, joinRoom, seenBy, settle, tabPool, type TestUser } from '@pillars/api/testing';
import { wikiTestApp } from './wiki.test-support';
import { BROKEN, CREATE_PAGE, DIFF, LINK_TARGETS, PAGE, PAGE_BY_SLUG, REVISION, SAVE_PAGE, SET_MEMBER, SPACE, SPACES, TREE, UPDATE_SPACE } from './wiki.test-documents';

const { open, closeAll } = tabPool();
const { app: current, ok, createSpace, page } = wikiTestApp();
const createPage = (actor: TestUser, spaceId: string, title: string, body = 'x') => page(actor, spaceId, title, body);
afterEach(closeAll);

const spaceIds = async (actor: TestUser) => (await ok<{ wikiSpaces: { edges: { node: { id: string } }[] } }>(actor, SPACES)).wikiSpaces.edges.map((e) => e.node.id);
const backlinks = async (actor: TestUser, id: string) => (await ok<{ wikiPage: { backlinks: { id: string; title: string }[] } }>(actor, PAGE, { id })).wikiPage.backlinks;
const targets = async (actor: TestUser, query: string) => (await ok<{ wikiLinkTargets: { id: string; title: string }[] }>(actor, LINK_TARGETS, { query })).wikiLinkTargets;

/** Every way a page could be reached, tried by someone who may not read it: all NOT_FOUND or absent. */
async function expectHidden(outsider: TestUser, space: { id: string; key: string }, page: { id: string; slug: string }, title: string) {
  expect(await spaceIds(outsider)).not.toContain(space.id);
  expect(codeOf(await gql(current()).as(outsider).send(SPACE, { id: space.id }))).toBe('NOT_FOUND');
  expect(codeOf(await gql(current()).as(outsider).send(TREE, { id: space.id }))).toBe('NOT_FOUND');
  expect(codeOf(await gql(current()).as(outsider).send(PAGE, { id: page.id }))).toBe('NOT_FOUND');
  expect(codeOf(await gql(current()).as(outsider).send(PAGE_BY_SLUG, { spaceKey: space.key, slug: page.slug }))).toBe('NOT_FOUND');
  expect(codeOf(await gql(current()).as(outsider).send(REVISION, { pageId: page.id, number: 1 }))).toBe('NOT_FOUND');
  expect(codeOf(await gql(current()).as(outsider).send(DIFF, { pageId: page.id, from: 1, to: 1 }))).toBe('NOT_FOUND');
  expect(codeOf(await gql(current()).as(outsider).send(BROKEN, { spaceId: space.id }))).toBe('NOT_FOUND');
  expect(codeOf(await gql(current()).as(outsider).send(SAVE_PAGE, { input: { pageId: page.id, baseRevision: 1, title: 'x', body: 'x', language: 'en' } }))).toBe('NOT_FOUND');
  expect((await targets(outsider, title.slice(0, 6))).map((t) => t.id)).not.toContain(page.id);
  const tab = await open(current(), outsider);
  expect(await joinRoom(tab, `wikipage:${page.id}`)).toBe(false);
  expect(await joinRoom(tab, `space:${space.id}`)).toBe(false);
}

describe('wiki permissions', () => {
  it('ORGANIZATION: everyone reads, only members edit; another organisation sees nothing', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const reader = await buildUser(org);
    const space = await createSpace(hr, { visibility: 'ORGANIZATION' });
    const page = await createPage(hr, space.id, 'Orgwide handbook page');
    expect((await ok<{ wikiSpace: { viewerRole: string; abilities: { canEdit: boolean } } }>(reader, SPACE, { id: space.id })).wikiSpace).toMatchObject({ viewerRole: 'READER', abilities: { canEdit: false } });
    expect(codeOf(await gql(current()).as(reader).send(CREATE_PAGE, { input: { spaceId: space.id, title: 'Mine', body: 'x', language: 'en' } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(current()).as(reader).send(SAVE_PAGE, { input: { pageId: page.id, baseRevision: 1, title: 'x', body: 'x', language: 'en' } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(current()).as(reader).send(UPDATE_SPACE, { input: { id: space.id, name: 'Mine now' } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(current()).as(reader).send(SET_MEMBER, { input: { spaceId: space.id, userId: reader.id, role: 'ADMIN' } }))).toBe('FORBIDDEN');
    expect((await targets(reader, 'Orgwide')).map((t) => t.id)).toEqual([page.id]);
    await ok(hr, SET_MEMBER, { input: { spaceId: space.id, userId: reader.id, role: 'EDITOR' } });
    expect((await gql(current()).as(reader).send(SAVE_PAGE, { input: { pageId: page.id, baseRevision: 1, title: 'Orgwide handbook page', body: 'y', language: 'en' } })).errors).toBeUndefined();
    const stranger = await buildUser(await buildOrganization());
    await expectHidden(stranger, space, page, 'Orgwide handbook page');
  });

  it('TEAM: the team tree edits, leads administer, outsiders read or see nothing as configured', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const team = await buildTeam(org);
    const sub = await buildTeam(org, { parentId: team.id });
    const lead = await buildUser(org, { leadOf: [team.id] });
    const subMember = await buildUser(org, { teamIds: [sub.id] });
    const outsider = await buildUser(org);
    const space = await createSpace(hr, { visibility: 'TEAM', teamId: team.id, outsiderAccess: 'READ' });
    const page = await createPage(subMember, space.id, 'Team runbook deploys');
    expect((await ok<{ wikiSpace: { viewerRole: string } }>(subMember, SPACE, { id: space.id })).wikiSpace.viewerRole).toBe('EDITOR');
    expect((await ok<{ wikiSpace: { viewerRole: string } }>(lead, SPACE, { id: space.id })).wikiSpace.viewerRole).toBe('ADMIN');
    expect((await ok<{ wikiSpace: { viewerRole: string } }>(outsider, SPACE, { id: space.id })).wikiSpace.viewerRole).toBe('READER');
    expect(codeOf(await gql(current()).as(outsider).send(SAVE_PAGE, { input: { pageId: page.id, baseRevision: 1, title: 'x', body: 'x', language: 'en' } }))).toBe('FORBIDDEN');
    // The lead closes the space to outsiders: from now on they see nothing of it.
    await ok(lead, UPDATE_SPACE, { input: { id: space.id, outsiderAccess: 'NONE' } });
    await expectHidden(outsider, space, page, 'Team runbook deploys');
    expect((await ok<{ wikiPage: { id: string } }>(subMember, PAGE, { id: page.id })).wikiPage.id).toBe(page.id);
  });

  it('MEMBERS: only named members, admins of the organisation included only when members', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const member = await buildUser(org);
    const space = await createSpace(hr, { visibility: 'MEMBERS' });
    await ok(hr, SET_MEMBER, { input: { spaceId: space.id, userId: member.id, role: 'READER' } });
    const page = await createPage(hr, space.id, 'Secret reorganisation plan');
    expect((await ok<{ wikiPage: { id: string } }>(member, PAGE, { id: page.id })).wikiPage.id).toBe(page.id);
    const tab = await open(current(), member);
    expect(await joinRoom(tab, `wikipage:${page.id}`)).toBe(true);
    await expectHidden(admin, space, page, 'Secret reorganisation plan');
    await ok(hr, SET_MEMBER, { input: { spaceId: space.id, userId: member.id, role: null } });
    await expectHidden(member, space, page, 'Secret reorganisation plan');
  });

  it('shows backlinks and link targets only from pages the reader may see, and never leaks a private title', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const reader = await buildUser(org);
    const open = await createSpace(hr, { visibility: 'ORGANIZATION' });
    const secret = await createSpace(hr, { visibility: 'MEMBERS' });
    const target = await createPage(hr, open.id, 'Public target page');
    const publicSource = await createPage(hr, open.id, 'Public source', '[[Public target page]]');
    await createPage(hr, secret.id, 'Hidden merger notes', '[[Public target page]]');
    expect((await backlinks(hr, target.id)).map((b) => b.title).sort()).toEqual(['Hidden merger notes', 'Public source']);
    expect((await backlinks(reader, target.id)).map((b) => b.id)).toEqual([publicSource.id]);
    expect(await targets(reader, 'Hidden')).toEqual([]);
    expect(await targets(reader, 'Hiden mergr')).toEqual([]);
    expect((await targets(hr, 'Hidden')).map((t) => t.title)).toEqual(['Hidden merger notes']);
    // A reader's [[link]] to a page they cannot see is not resolved to it (the title stays theirs).
    await ok(hr, SET_MEMBER, { input: { spaceId: open.id, userId: reader.id, role: 'EDITOR' } });
    const probe = await ok<{ createWikiPage: { page: { body: string } } }>(reader, CREATE_PAGE, { input: { spaceId: open.id, title: 'Probe', body: '[[Hidden merger notes]]', language: 'en' } });
    expect(probe.createWikiPage.page.body).toBe('[[Hidden merger notes]]');
  });

  it('sends saves to the page room and tree changes to the space room, ids only', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const reader = await buildUser(org);
    const space = await createSpace(hr, { visibility: 'ORGANIZATION' });
    const page = await createPage(hr, space.id, 'Live page');
    const tab = await open(current(), reader);
    expect(await joinRoom(tab, `wikipage:${page.id}`)).toBe(true);
    expect(await joinRoom(tab, `space:${space.id}`)).toBe(true);
    await settle(current(), org, [tab]);
    tab.received.length = 0;
    await ok(hr, SAVE_PAGE, { input: { pageId: page.id, baseRevision: 1, title: 'Live page', body: 'new', language: 'en' } });
    await settle(current(), org, [tab]);
    expect(seenBy(tab)).toEqual([`WikiPage:${page.id}`]);
    tab.received.length = 0;
    const child = await ok<{ createWikiPage: { page: { id: string } } }>(hr, CREATE_PAGE, { input: { spaceId: space.id, parentId: page.id, title: 'Child', body: 'x', language: 'en' } });
    await settle(current(), org, [tab]);
    expect(seenBy(tab)).toEqual([`WikiSpace:${space.id}`]);
    for (const e of tab.received) expect(Object.keys(e).sort()).toEqual(['id', 'type', 'version']);
    expect(child.createWikiPage.page.id).toBeTruthy();
  });
});
