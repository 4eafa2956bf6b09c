import { DirectoryModule } from '@pillars/api/directory';
import { all, gql, type TestUser } from '@pillars/api/testing';
import { DEMO_WIKI_HANDBOOK_KEY, seedDemoWiki, WikiModule } from '@pillars/api/wiki';
import { demoOrganization } from '../../test/demo-organization';

const demo = demoOrganization({ slug: 'demo-wiki', modules: [DirectoryModule, WikiModule], seed: seedDemoWiki });
const { login } = demo;

const SPACES = `query { wikiSpaces(first: 50) { edges { node { key visibility viewerRole } } } }`;
const HANDBOOK = `query($key: String!) { wikiSpaceByKey(key: $key) { pages(first: 10) { edges { node { id title hasChildren } } } } }`;
const PAGE = `query($id: ID!) { wikiPage(id: $id) { title language bodyHtml revisions(first: 10) { edges { node { number } } } backlinks { title } } }`;

describe('demo wiki', () => {
  it('seeds an organisation-wide handbook, a team space and a private space, with revisions and links', async () => {
    const employee = await login('employee@pillars.demo');
    const admin = await login('admin@pillars.demo');
    const keys = async (u: TestUser) => ((await gql(demo.app).as(u).send<{ wikiSpaces: { edges: { node: { key: string } }[] } }>(SPACES)).data?.wikiSpaces.edges ?? []).map((e) => e.node.key);
    expect(await keys(employee)).not.toContain('leadership');
    expect(await keys(employee)).toContain(DEMO_WIKI_HANDBOOK_KEY);
    expect(await keys(admin)).toEqual(expect.arrayContaining([DEMO_WIKI_HANDBOOK_KEY, 'leadership']));
    const top = (await gql(demo.app).as(employee).send<{ wikiSpaceByKey: { pages: { edges: { node: { id: string; title: string; hasChildren: boolean } }[] } } }>(HANDBOOK, { key: DEMO_WIKI_HANDBOOK_KEY })).data?.wikiSpaceByKey.pages.edges ?? [];
    expect(top.map((e) => e.node)).toEqual([expect.objectContaining({ title: 'Welcome', hasChildren: true })]);
    const welcome = (await gql(demo.app).as(employee).send<{ wikiPage: { bodyHtml: string; revisions: { edges: unknown[] } } }>(PAGE, { id: top[0].node.id })).data?.wikiPage;
    expect(welcome?.revisions.edges).toHaveLength(2);
    expect(welcome?.bodyHtml).toContain('href="/wiki/page/');
    const languages = await all<{ language: string }>(`SELECT DISTINCT language FROM wiki_pages WHERE organization_id = $1 ORDER BY language`, [demo.orgId]);
    expect(languages.map((l) => l.language)).toEqual(['ar', 'en', 'it']);
    expect(await all(`SELECT name FROM wiki_templates WHERE organization_id = $1`, [demo.orgId])).toHaveLength(3);
  });
});
