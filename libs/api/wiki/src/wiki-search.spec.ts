import { addMember, buildOrganization, buildTeam, buildUser, testDb, type TestUser } from '@pillars/api/testing';
import { wikiTestApp } from './wiki.test-support';
import { SAVE_PAGE } from './wiki.test-documents';

const HIT = `kind id title snippetHtml url author { id }`;
const SEARCH = `query($query: String!, $kinds: [SearchKind!], $scopeId: ID) { search(query: $query, kinds: $kinds, scopeId: $scopeId, first: 20) {
  edges { node { ${HIT} } } counts { kind count } didYouMean } }`;
const SIMILAR = `query($text: String!) { similar(text: $text, kinds: [PAGE], first: 5) { ${HIT} } }`;

type Hit = { kind: string; id: string; title: string; snippetHtml: string; url: string; author: { id: string } | null };
type Result = { edges: { node: Hit }[]; counts: { kind: string; count: number }[]; didYouMean: string | null };

const { ok, space, page: createPage } = wikiTestApp();
const page = (actor: TestUser, spaceId: string, title: string, body: string, language = 'en') => createPage(actor, spaceId, title, body, { language });
const search = async (actor: TestUser, query: string, extra: Record<string, unknown> = {}) => (await ok<{ search: Result }>(actor, SEARCH, { query, kinds: ['PAGE'], ...extra })).search;
const similar = async (actor: TestUser, text: string) => (await ok<{ similar: Hit[] }>(actor, SIMILAR, { text })).similar;

describe('wiki pages in search', () => {
  it('finds a page by its title and body, with its owner and stable link, and finds a save right after it returns', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const reader = await buildUser(org);
    const spaceId = await space(hr);
    const p = await page(hr, spaceId, 'Expense rules for travel', 'Book trains for trips under four hours.');

    const byTitle = await search(reader, 'expense rules');
    expect(byTitle.edges.map((e) => e.node)).toEqual([expect.objectContaining({ kind: 'PAGE', id: p.id, title: 'Expense rules for travel', url: `/wiki/page/${p.id}`, author: { id: hr.id } })]);
    expect((await search(reader, 'trains')).edges.map((e) => e.node.id)).toEqual([p.id]);
    expect((await search(reader, 'trains')).edges[0].node.snippetHtml).toContain('<mark>');

    // Saved, then searched at once: the trigger filled the vector in the save's own transaction.
    await ok(hr, SAVE_PAGE, { input: { pageId: p.id, baseRevision: p.revisionNumber, title: 'Expense rules for travel', body: 'Receipts within thirty days, with the project code.', language: 'en' } });
    expect((await search(reader, 'receipts')).edges.map((e) => e.node.id)).toEqual([p.id]);
    expect((await search(reader, 'trains')).edges).toHaveLength(0);
    // Within another space: nothing.
    expect((await search(reader, 'receipts', { scopeId: await space(hr) })).edges).toHaveLength(0);
  });

  it('ranks a page titled with the words first even when more pages than the candidate cap mention them', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const reader = await buildUser(org);
    const spaceId = await space(hr);
    const first = await page(hr, spaceId, 'Office plants', 'Water them on Fridays. The zeppelin poster stays.');
    // 250 more pages mentioning the word once in their body (copies of the first, through the search trigger), then the one titled with it.
    await testDb().query(
      `INSERT INTO wiki_pages (organization_id, space_id, position, slug, title, language, body, body_html, revision_number, owner_id, created_by, updated_by)
       SELECT organization_id, space_id, n, slug || '-' || n, title, language, body, body_html, 1, owner_id, created_by, updated_by FROM wiki_pages, generate_series(1, 250) n WHERE id = $1`,
      [first.id],
    );
    const titled = await page(hr, spaceId, 'Zeppelin visits', 'Who to call.');
    for (const hits of [await search(reader, 'zeppelin'), await search(reader, 'zeppelins')]) {
      expect(hits.edges[0].node.id).toBe(titled.id);
      expect(hits.counts.find((c) => c.kind === 'PAGE')).toMatchObject({ count: 200 });
    }
    expect((await similar(reader, 'Zeppelin visit'))[0].id).toBe(titled.id);
  });

  it('"already done?" suggests an existing page while a similar title is typed', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const writer = await buildUser(org);
    const spaceId = await space(hr);
    const p = await page(hr, spaceId, 'Expense rules for travel', 'How to claim.');
    await page(hr, spaceId, 'Office plants', 'Water them on Fridays.');
    const hits = await similar(writer, 'Travel expense rule');
    expect(hits[0]).toMatchObject({ id: p.id, kind: 'PAGE', title: 'Expense rules for travel' });
    expect(hits.map((h) => h.title)).not.toContain('Office plants');
  });

  it('never shows a private space’s page to an outsider: not in hits, counts, suggestions or "already done?"; nor to another organisation', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const team = await buildTeam(org, { name: 'Legal' });
    const insider = await buildUser(org);
    const outsider = await buildUser(org);
    await addMember(team, insider.id);
    const teamSpace = await space(hr, { visibility: 'TEAM', teamId: team.id, outsiderAccess: 'NONE' });
    const membersSpace = await space(hr, { visibility: 'MEMBERS' });
    const secret = await page(hr, teamSpace, 'Merger codename Bluebird', 'Bluebird closes in March.');
    await page(hr, membersSpace, 'Salary bands Bluebird', 'Bluebird bands.');

    expect((await search(insider, 'bluebird')).edges.map((e) => e.node.id)).toEqual([secret.id]);
    // "Did you mean": each misspelt word from the titles the viewer may read, through the title trigram index.
    expect((await search(insider, 'bluebrd')).didYouMean).toBe('bluebird');
    expect((await search(insider, 'mergr codenme')).didYouMean).toBe('merger codename');
    const suggestion = async (viewer: TestUser, query: string) => (await ok<{ searchSuggestion: string | null }>(viewer, `query($q: String!) { searchSuggestion(query: $q) }`, { q: query })).searchSuggestion;
    expect(await suggestion(insider, 'bluebrd')).toBe('bluebird');
    expect(await suggestion(outsider, 'bluebrd')).toBeNull();
    for (const viewer of [outsider, await buildUser(await buildOrganization())]) {
      const res = await search(viewer, 'bluebird');
      expect(res.edges).toHaveLength(0);
      expect(res.counts.find((c) => c.kind === 'PAGE')?.count ?? 0).toBe(0);
      expect(res.didYouMean ?? '').not.toMatch(/bluebird/i);
      expect((await search(viewer, 'bluebrd')).didYouMean ?? '').not.toMatch(/bluebird/i);
      expect(await similar(viewer, 'Merger codename Bluebird')).toEqual([]);
    }
  });
});
