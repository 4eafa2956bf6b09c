import type { INestApplication } from '@nestjs/common';
import { DirectoryModule } from '@pillars/api/directory';
import { seedDemoFeed, seedOrganization } from '@pillars/api/demo';
import { all, closeTestDb, createTestApp, gql, inTestTransaction, signInByEmail, type TestUser } from '@pillars/api/testing';
import { DEMO_WIKI_HANDBOOK_KEY, seedDemoWiki, WikiModule } from '@pillars/api/wiki';

let app: INestApplication;
let orgId: string;

beforeAll(async () => {
  app = await createTestApp([DirectoryModule, WikiModule]);
  orgId = await inTestTransaction(async (client) => {
    const { organizationId } = await seedOrganization(client, { users: 40, teams: 6, slug: `demo-wiki-${Date.now().toString(36)}`, name: 'Pillars Demo (wiki)', seed: Date.now() % 1_000_000 });
    await seedDemoFeed(client, organizationId);
    expect(await seedDemoWiki(client, organizationId)).toBe(true);
    expect(await seedDemoWiki(client, organizationId)).toBe(false);
    return organizationId;
  });
}, 120_000);
afterAll(async () => {
  await app.close();
  await closeTestDb();
});

const login = (email: string): Promise<TestUser> => signInByEmail(orgId, email);

const SPACES = `query { wikiSpaces(first: 50) { edges { node { key visibility viewerRole } } } }`;
const HANDBOOK = `query($key: String!) { wikiSpaceByKey(key: $key) { pages(first: 10) { edges { node { id title hasChildren } } } } }`;
const PAGE = `query($id: ID!) { wikiPage(id: $id) { title language bodyHtml revisions(first: 10) { edges { node { number } } } backlinks { title } } }`;

describe('demo wiki', () => {
  it('seeds an organisation-wide handbook, a team space and a private space, with revisions and links', async () => {
    const employee = await login('employee@pillars.demo');
    const admin = await login('admin@pillars.demo');
    const keys = async (u: TestUser) => ((await gql(app).as(u).send<{ wikiSpaces: { edges: { node: { key: string } }[] } }>(SPACES)).data?.wikiSpaces.edges ?? []).map((e) => e.node.key);
    expect(await keys(employee)).not.toContain('leadership');
    expect(await keys(employee)).toContain(DEMO_WIKI_HANDBOOK_KEY);
    expect(await keys(admin)).toEqual(expect.arrayContaining([DEMO_WIKI_HANDBOOK_KEY, 'leadership']));
    const top = (await gql(app).as(employee).send<{ wikiSpaceByKey: { pages: { edges: { node: { id: string; title: string; hasChildren: boolean } }[] } } }>(HANDBOOK, { key: DEMO_WIKI_HANDBOOK_KEY })).data?.wikiSpaceByKey.pages.edges ?? [];
    expect(top.map((e) => e.node)).toEqual([expect.objectContaining({ title: 'Welcome', hasChildren: true })]);
    const welcome = (await gql(app).as(employee).send<{ wikiPage: { bodyHtml: string; revisions: { edges: unknown[] } } }>(PAGE, { id: top[0].node.id })).data?.wikiPage;
    expect(welcome?.revisions.edges).toHaveLength(2);
    expect(welcome?.bodyHtml).toContain('href="/wiki/page/');
    const languages = await all<{ language: string }>(`SELECT DISTINCT language FROM wiki_pages WHERE organization_id = $1 ORDER BY language`, [orgId]);
    expect(languages.map((l) => l.language)).toEqual(['ar', 'en', 'it']);
    expect(await all(`SELECT name FROM wiki_templates WHERE organization_id = $1`, [orgId])).toHaveLength(3);
  });
});
