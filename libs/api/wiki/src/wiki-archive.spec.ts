import { EventsService } from '@pillars/api/core';
import { all, buildOrganization, buildUser, codeOf, gql, testDb, type TestUser } from '@pillars/api/testing';
import { WikiArchiveService, WIKI_ARCHIVED_KIND } from './wiki-archive.service';
import { SAVE_PAGE, SET_MEMBER, VERIFY } from './wiki.test-documents';
import { wikiTestApp } from './wiki.test-support';

const SET_ARCHIVE = `mutation($input: UpdateWikiSpaceInput!) { updateWikiSpace(input: $input) { space { id archiveUnverifiedAfterDays reviewCycleMonths } } }`;
const RESTORE = `mutation($pageId: ID!) { restoreArchivedWikiPage(pageId: $pageId) { page { id archivedAt needsVerification } } }`;
const ARCHIVED = `query($id: ID!) { wikiPage(id: $id) { id title archivedAt needsVerification } }`;
const SEARCH = `query($query: String!) { search(query: $query, kinds: [PAGE], first: 20) { edges { node { id } } counts { kind count } } }`;
const SIMILAR = `query($text: String!) { similar(text: $text, kinds: [PAGE], first: 5) { id } }`;

const { app: current, ok, space, page } = wikiTestApp({ after: (app) => app.get(EventsService).kick() });
const job = (orgId: string, now = new Date()) => current().get(WikiArchiveService).archiveUnverified(now, orgId);
/** Moves a page's creation back so its review date (12-month cycle) passed `daysPast` days ago. */
const leaveUnverified = (pageId: string, daysPast: number) =>
  testDb().query(`UPDATE wiki_pages SET created_at = now() - interval '12 months' - make_interval(days => $2) WHERE id = $1`, [pageId, daysPast]);
const archivedAt = async (viewer: TestUser, id: string) => (await ok<{ wikiPage: { archivedAt: string | null } }>(viewer, ARCHIVED, { id })).wikiPage.archivedAt;
const searchIds = async (viewer: TestUser, query: string) => (await ok<{ search: { edges: { node: { id: string } }[] } }>(viewer, SEARCH, { query })).search.edges.map((e) => e.node.id);
const similarIds = async (viewer: TestUser, text: string) => (await ok<{ similar: { id: string }[] }>(viewer, SIMILAR, { text })).similar.map((h) => h.id);
const archivedNotes = (userId: string) => all(`SELECT 1 FROM notifications WHERE recipient_id = $1 AND kind = $2`, [userId, WIKI_ARCHIVED_KIND]);

describe('wiki: archiving pages left unverified', () => {
  it('is off by default; a space admin sets it (1–365 days, null turns it off), others may not', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const editor = await buildUser(org);
    const spaceId = await space(hr);
    await ok(hr, SET_MEMBER, { input: { spaceId, userId: editor.id, role: 'EDITOR' } });
    const p = await page(hr, spaceId, 'Old travel rules');
    await leaveUnverified(p.id, 400);
    expect(await job(org.id)).toEqual([]);

    const set = (actor: TestUser, days: number | null) => gql(current()).as(actor).send<{ updateWikiSpace: { space: { archiveUnverifiedAfterDays: number | null; reviewCycleMonths: number } } }>(SET_ARCHIVE, { input: { id: spaceId, archiveUnverifiedAfterDays: days } });
    expect(codeOf(await set(editor, 30))).toBe('FORBIDDEN');
    for (const bad of [0, 366]) expect(codeOf(await set(hr, bad))).toBe('BAD_USER_INPUT');
    expect((await set(hr, 30)).data?.updateWikiSpace.space).toMatchObject({ archiveUnverifiedAfterDays: 30, reviewCycleMonths: 12 });
    // Another field's update leaves the setting as it is.
    await ok(hr, SET_ARCHIVE, { input: { id: spaceId, reviewCycleMonths: 12 } });
    expect((await set(hr, null)).data?.updateWikiSpace.space.archiveUnverifiedAfterDays).toBeNull();
    expect(await job(org.id)).toEqual([]);
    expect(await archivedAt(hr, p.id)).toBeNull();
  });

  it('archives once (the job run twice notifies the owner once), keeps the page readable, out of search and "already done?", and read-only', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const owner = await buildUser(org);
    const reader = await buildUser(org);
    const spaceId = await space(hr);
    const quiet = await space(hr);
    await ok(hr, SET_MEMBER, { input: { spaceId, userId: owner.id, role: 'EDITOR' } });
    await ok(hr, SET_MEMBER, { input: { spaceId: quiet, userId: owner.id, role: 'EDITOR' } });
    await ok(hr, SET_ARCHIVE, { input: { id: spaceId, archiveUnverifiedAfterDays: 30 } });
    const stale = await page(owner, spaceId, 'Quarterly zeppelin budget', 'How to budget a zeppelin trip');
    const inGrace = await page(owner, spaceId, 'Zeppelin maintenance budget', 'Zeppelin hangar costs');
    const elsewhere = await page(owner, quiet, 'Zeppelin budget archive', 'Old zeppelin numbers');
    await leaveUnverified(stale.id, 31);
    await leaveUnverified(inGrace.id, 29);
    await leaveUnverified(elsewhere.id, 400);
    expect((await searchIds(reader, 'zeppelin')).sort()).toEqual([stale.id, inGrace.id, elsewhere.id].sort());

    const first = await job(org.id);
    expect(first).toEqual([expect.objectContaining({ pageId: stale.id, ownerId: owner.id, spaceId })]);
    expect(await job(org.id)).toEqual([]);
    expect(await archivedNotes(owner.id)).toHaveLength(1);

    // Readable, with its archive date; gone from search and from "already done?".
    const shown = (await ok<{ wikiPage: { archivedAt: string | null; needsVerification: boolean } }>(reader, ARCHIVED, { id: stale.id })).wikiPage;
    expect(shown.archivedAt).not.toBeNull();
    expect(shown.needsVerification).toBe(true);
    expect((await searchIds(reader, 'zeppelin')).sort()).toEqual([inGrace.id, elsewhere.id].sort());
    expect(await similarIds(reader, 'Quarterly zeppelin budget')).not.toContain(stale.id);
    expect(await similarIds(reader, 'Quarterly zeppelin budget')).toContain(inGrace.id);

    const save = await gql(current()).as(owner).send(SAVE_PAGE, { input: { pageId: stale.id, baseRevision: 1, title: 'Quarterly zeppelin budget', body: 'New', language: 'en' } });
    expect(codeOf(save)).toBe('WIKI_PAGE_ARCHIVED');
    expect(await all(`SELECT 1 FROM wiki_revisions WHERE page_id = $1`, [stale.id])).toHaveLength(1);
  });

  it('the owner or a space admin restores it (back in search, not archived again for that review date); verifying restores too; others may not', async () => {
    const org = await buildOrganization();
    const otherOrg = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const owner = await buildUser(org);
    const reader = await buildUser(org);
    const foreigner = await buildUser(otherOrg);
    const spaceId = await space(hr);
    await ok(hr, SET_MEMBER, { input: { spaceId, userId: owner.id, role: 'EDITOR' } });
    await ok(hr, SET_ARCHIVE, { input: { id: spaceId, archiveUnverifiedAfterDays: 7 } });
    const a = await page(owner, spaceId, 'Walrus feeding rota', 'Walrus shifts');
    const b = await page(owner, spaceId, 'Walrus tank cleaning', 'Walrus tank');
    await leaveUnverified(a.id, 10);
    await leaveUnverified(b.id, 10);
    expect(await job(org.id)).toHaveLength(2);

    expect(codeOf(await gql(current()).as(reader).send(RESTORE, { pageId: a.id }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(current()).as(foreigner).send(RESTORE, { pageId: a.id }))).toBe('NOT_FOUND');
    expect(await archivedAt(hr, a.id)).not.toBeNull();

    const restored = (await ok<{ restoreArchivedWikiPage: { page: { archivedAt: string | null; needsVerification: boolean } } }>(owner, RESTORE, { pageId: a.id })).restoreArchivedWikiPage.page;
    expect(restored).toEqual({ id: a.id, archivedAt: null, needsVerification: true });
    // Idempotent: restoring a live page changes nothing.
    await ok(owner, RESTORE, { pageId: a.id });
    expect(await searchIds(reader, 'walrus')).toEqual([a.id]);
    expect(await job(org.id)).toEqual([]);
    expect(await archivedAt(hr, a.id)).toBeNull();

    // A space admin may restore too; here the owner verifies instead, which restores and starts a new review date.
    await ok(owner, VERIFY, { pageId: b.id });
    expect(await archivedAt(hr, b.id)).toBeNull();
    expect((await searchIds(reader, 'walrus')).sort()).toEqual([a.id, b.id].sort());
    await testDb().query(`UPDATE wiki_pages SET archived_at = now() WHERE id = $1`, [b.id]);
    await ok(hr, RESTORE, { pageId: b.id });
    expect(await archivedAt(hr, b.id)).toBeNull();
    expect(await archivedNotes(owner.id)).toHaveLength(2);
  });
});
