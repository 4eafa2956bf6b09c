import { addMember, all, buildOrganization, buildTeam, buildUser, codeOf, gql, one, type TestOrg, type TestUser } from '@pillars/api/testing';
import { type TestPage, wikiTestApp } from './wiki.test-support';
import {
  ABILITIES, BROKEN, CREATE_PAGE, CREATE_SPACE, CREATE_TEMPLATE, DELETE_PAGE, DELETE_TEMPLATE, DIFF, DISCARD_DRAFT, MOVE, PAGE, PAGE_BY_SLUG, RESTORE, REVISION,
  SAVE_DRAFT, SAVE_PAGE, SET_CYCLE, DEPARTED, RECORD_VIEW, VIEW_STATS, SET_MEMBER, SET_OWNER, TEMPLATES, TREE, UPDATE_SPACE, UPDATE_TEMPLATE, VERIFY,
} from './wiki.test-documents';

type Page = TestPage;
const { app: current, ok, space, page } = wikiTestApp();

const save = (actor: TestUser, pageId: string, baseRevision: number, body: string, title = 'Title', extra: Record<string, unknown> = {}) =>
  gql(current()).as(actor).send<{ saveWikiPage: { page: Page; revision: { number: number } } }>(SAVE_PAGE, { input: { pageId, baseRevision, title, body, language: 'en', ...extra } });
const read = async (actor: TestUser, id: string) => (await ok<{ wikiPage: Page & { revisions: { edges: { node: { number: number; title: string; summary: string | null; author: { id: string } } }[] }; backlinks: { id: string }[]; myDraft: { baseRevision: number; title: string; body: string } | null } }>(actor, PAGE, { id })).wikiPage;

async function orgWithHr(): Promise<{ org: TestOrg; hr: TestUser }> {
  const org = await buildOrganization();
  return { org, hr: await buildUser(org, { roles: ['HR'] }) };
}

describe('wiki spaces', () => {
  it('lets HR and admins create spaces and nobody else; keys are unique, checked and never reserved', async () => {
    const { org, hr } = await orgWithHr();
    const employee = await buildUser(org);
    expect(await ok(hr, ABILITIES)).toEqual({ abilities: { canCreateWikiSpaces: true, canManageWikiTemplates: true } });
    expect(await ok(employee, ABILITIES)).toEqual({ abilities: { canCreateWikiSpaces: false, canManageWikiTemplates: false } });
    const input = { name: 'Handbook', key: `hb-${Date.now().toString(36)}`, visibility: 'ORGANIZATION' };
    expect(codeOf(await gql(current()).as(employee).send(CREATE_SPACE, { input }))).toBe('FORBIDDEN');
    const created = await ok<{ createWikiSpace: { space: { viewerRole: string; reviewCycleMonths: number; abilities: { canAdmin: boolean } } } }>(hr, CREATE_SPACE, { input });
    expect(created.createWikiSpace.space).toMatchObject({ viewerRole: 'ADMIN', reviewCycleMonths: 12, abilities: { canAdmin: true } });
    expect(codeOf(await gql(current()).as(hr).send(CREATE_SPACE, { input }))).toBe('WIKI_SPACE_KEY_TAKEN');
    expect(codeOf(await gql(current()).as(hr).send(CREATE_SPACE, { input: { ...input, key: 'page' } }))).toBe('WIKI_SPACE_KEY_TAKEN');
    expect(codeOf(await gql(current()).as(hr).send(CREATE_SPACE, { input: { ...input, key: 'Bad Key!' } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(current()).as(hr).send(CREATE_SPACE, { input: { ...input, key: 'x2', visibility: 'TEAM' } }))).toBe('WIKI_SPACE_TEAM_REQUIRED');
    expect(codeOf(await gql(current()).as(hr).send(CREATE_SPACE, { input: { ...input, key: 'x3', reviewCycleMonths: 7 } }))).toBe('BAD_USER_INPUT');
    const bidi = await gql(current()).as(hr).send(CREATE_SPACE, { input: { ...input, key: 'x4', name: 'abc\u202Edef' } });
    expect(bidi.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'name', rule: 'bidi' }] });
    expect(await all(`SELECT id FROM wiki_spaces WHERE organization_id = $1`, [org.id])).toHaveLength(1);
  });

  it('keeps an admin in a members-only space', async () => {
    const { hr } = await orgWithHr();
    const spaceId = await space(hr, { visibility: 'MEMBERS' });
    expect(codeOf(await gql(current()).as(hr).send(SET_MEMBER, { input: { spaceId, userId: hr.id, role: 'EDITOR' } }))).toBe('WIKI_SPACE_LAST_ADMIN');
    expect(await one(`SELECT role FROM wiki_space_members WHERE space_id = $1 AND user_id = $2`, [spaceId, hr.id])).toEqual({ role: 'ADMIN' });
  });

  it('refuses to remove the last admin of a members-only space, and removes an admin once another is named', async () => {
    const { org, hr } = await orgWithHr();
    const second = await buildUser(org);
    const spaceId = await space(hr, { visibility: 'MEMBERS' });
    expect(codeOf(await gql(current()).as(hr).send(SET_MEMBER, { input: { spaceId, userId: hr.id, role: null } }))).toBe('WIKI_SPACE_LAST_ADMIN');
    expect(await all(`SELECT user_id AS "userId", role FROM wiki_space_members WHERE space_id = $1`, [spaceId])).toEqual([{ userId: hr.id, role: 'ADMIN' }]);
    await ok(hr, SET_MEMBER, { input: { spaceId, userId: second.id, role: 'ADMIN' } });
    // Now the other admin may take the first one off, and then is the last one in turn.
    await ok(second, SET_MEMBER, { input: { spaceId, userId: hr.id, role: null } });
    expect(codeOf(await gql(current()).as(second).send(SET_MEMBER, { input: { spaceId, userId: second.id, role: 'READER' } }))).toBe('WIKI_SPACE_LAST_ADMIN');
    expect(await all(`SELECT user_id AS "userId", role FROM wiki_space_members WHERE space_id = $1`, [spaceId])).toEqual([{ userId: second.id, role: 'ADMIN' }]);
    // An admin who removes themselves (another admin remains) gets no error: the space is gone from their view.
    const third = await buildUser(org);
    await ok(second, SET_MEMBER, { input: { spaceId, userId: third.id, role: 'ADMIN' } });
    const res = await gql(current()).as(second).send<{ setWikiSpaceMember: { space: unknown } }>(SET_MEMBER, { input: { spaceId, userId: second.id, role: null } });
    expect(res.errors).toBeUndefined();
    expect(res.data?.setWikiSpaceMember.space).toBeNull();
    expect(await all(`SELECT user_id AS "userId" FROM wiki_space_members WHERE space_id = $1`, [spaceId])).toEqual([{ userId: third.id }]);
  });

  it('keeps someone to administer a team space: a team with no lead keeps its last named admin; a lead counts, and so do the organisation\'s admins of an organisation-wide space', async () => {
    const { org, hr } = await orgWithHr();
    const team = await buildTeam(org);
    const spaceId = await space(hr, { visibility: 'TEAM', teamId: team.id });
    const members = () => all(`SELECT user_id AS "userId", role FROM wiki_space_members WHERE space_id = $1`, [spaceId]);
    const demoted = await gql(current()).as(hr).send(SET_MEMBER, { input: { spaceId, userId: hr.id, role: 'EDITOR' } });
    expect(demoted.errors?.[0].extensions).toMatchObject({ code: 'WIKI_SPACE_LAST_ADMIN', visibility: 'TEAM' });
    expect(codeOf(await gql(current()).as(hr).send(SET_MEMBER, { input: { spaceId, userId: hr.id, role: null } }))).toBe('WIKI_SPACE_LAST_ADMIN');
    expect(await members()).toEqual([{ userId: hr.id, role: 'ADMIN' }]);
    // A departed lead administers nothing (they cannot sign in); an active one does.
    const gone = await buildUser(org, { leadOf: [team.id], status: 'DEPARTED' });
    expect(codeOf(await gql(current()).as(hr).send(SET_MEMBER, { input: { spaceId, userId: hr.id, role: null } }))).toBe('WIKI_SPACE_LAST_ADMIN');
    await addMember(team, gone.id, 'MEMBER');
    const lead = await buildUser(org, { leadOf: [team.id] });
    await ok(hr, SET_MEMBER, { input: { spaceId, userId: hr.id, role: null } });
    expect(await members()).toEqual([]);
    expect((await ok<{ wikiSpace: { viewerRole: string } }>(lead, `query($id: ID!) { wikiSpace(id: $id) { viewerRole } }`, { id: spaceId })).wikiSpace.viewerRole).toBe('ADMIN');

    // An organisation-wide space is administered by the organisation's admins, named or not; moving it to a team with no lead and no named admin is refused.
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    const orgSpace = await space(hr, { visibility: 'ORGANIZATION' });
    await ok(hr, SET_MEMBER, { input: { spaceId: orgSpace, userId: hr.id, role: null } });
    const leadless = await buildTeam(org);
    expect(codeOf(await gql(current()).as(admin).send(UPDATE_SPACE, { input: { id: orgSpace, visibility: 'TEAM', teamId: leadless.id } }))).toBe('WIKI_SPACE_LAST_ADMIN');
    expect(await one(`SELECT visibility, team_id AS "teamId" FROM wiki_spaces WHERE id = $1`, [orgSpace])).toEqual({ visibility: 'ORGANIZATION', teamId: null });
    await ok(admin, UPDATE_SPACE, { input: { id: orgSpace, visibility: 'TEAM', teamId: team.id } });
  });
});

describe('wiki pages and revisions', () => {
  it('keeps a gapless revision chain, diffs any two revisions word by word and restores as a new revision', async () => {
    const { org, hr } = await orgWithHr();
    const editor = await buildUser(org);
    const spaceId = await space(hr);
    await ok(hr, SET_MEMBER, { input: { spaceId, userId: editor.id, role: 'EDITOR' } });
    const p = await page(hr, spaceId, 'Expense rules', 'Book the cheapest flight. <script>alert(1)</script>', { summary: 'First' });
    expect(p).toMatchObject({ revisionNumber: 1, slug: 'expense-rules', owner: { id: hr.id }, needsVerification: false });
    expect(p.bodyHtml).not.toContain('<script');
    const r2 = await save(editor, p.id, 1, 'Book the cheapest train.', 'Expense rules', { summary: 'Trains' });
    expect(r2.errors).toBeUndefined();
    expect(r2.data?.saveWikiPage).toMatchObject({ page: { revisionNumber: 2 }, revision: { number: 2, summary: 'Trains', author: { id: editor.id } } });
    expect((await save(hr, p.id, 2, 'Book the cheapest train, in second class.', 'Travel expenses')).errors).toBeUndefined();

    const view = await read(hr, p.id);
    expect(view.revisions.edges.map((e) => e.node.number)).toEqual([3, 2, 1]);
    expect(view).toMatchObject({ title: 'Travel expenses', slug: 'travel-expenses', revisionNumber: 3, currentRevision: { number: 3 }, updatedBy: { id: hr.id } });
    // The old slug still resolves after the rename.
    const key = (view as unknown as { space: { key: string } }).space.key;
    expect((await ok<{ wikiPageBySlug: { id: string } }>(hr, PAGE_BY_SLUG, { spaceKey: key, slug: 'expense-rules' })).wikiPageBySlug.id).toBe(p.id);
    expect((await ok<{ wikiPageBySlug: { id: string } }>(hr, PAGE_BY_SLUG, { spaceKey: key, slug: 'travel-expenses' })).wikiPageBySlug.id).toBe(p.id);

    const diff = (await ok<{ wikiDiff: { parts: { kind: string; value: string }[]; titleParts: { kind: string; value: string }[] } }>(hr, DIFF, { pageId: p.id, from: 1, to: 2 })).wikiDiff;
    expect(diff.parts.filter((x) => x.kind === 'REMOVED').map((x) => x.value.trim())).toContain('flight');
    expect(diff.parts.filter((x) => x.kind === 'ADDED').map((x) => x.value.trim())).toContain('train');
    expect(diff.parts.filter((x) => x.kind !== 'REMOVED').map((x) => x.value).join('')).toBe('Book the cheapest train.');
    expect(codeOf(await gql(current()).as(hr).send(DIFF, { pageId: p.id, from: 1, to: 9 }))).toBe('NOT_FOUND');

    const restored = await ok<{ restoreWikiRevision: { page: Page; revision: { number: number; restoredFrom: number } } }>(hr, RESTORE, { input: { pageId: p.id, number: 1, baseRevision: 3 } });
    expect(restored.restoreWikiRevision).toMatchObject({ page: { revisionNumber: 4, title: 'Expense rules' }, revision: { number: 4, restoredFrom: 1 } });
    expect(restored.restoreWikiRevision.page.body).toContain('cheapest flight');
    expect((await ok<{ wikiRevision: { body: string } }>(hr, REVISION, { pageId: p.id, number: 2 })).wikiRevision.body).toBe('Book the cheapest train.');
    expect(codeOf(await gql(current()).as(hr).send(RESTORE, { input: { pageId: p.id, number: 2, baseRevision: 3 } }))).toBe('WIKI_REVISION_CONFLICT');
    const numbers = await all<{ number: number }>(`SELECT number FROM wiki_revisions WHERE page_id = $1 ORDER BY number`, [p.id]);
    expect(numbers.map((r) => r.number)).toEqual([1, 2, 3, 4]);
  });

  it('refuses a stale save from the second of two editors with the current revision, and loses nothing', async () => {
    const { org, hr } = await orgWithHr();
    const [ana, ben] = [await buildUser(org), await buildUser(org)];
    const spaceId = await space(hr);
    for (const u of [ana, ben]) await ok(hr, SET_MEMBER, { input: { spaceId, userId: u.id, role: 'EDITOR' } });
    const p = await page(hr, spaceId, 'Shared', 'v1');
    // Both opened revision 1; Ben autosaved a draft.
    await ok(ben, SAVE_DRAFT, { input: { pageId: p.id, baseRevision: 1, title: 'Shared', body: 'Ben’s words' } });
    expect((await save(ana, p.id, 1, 'Ana’s words', 'Shared')).errors).toBeUndefined();
    const conflict = await save(ben, p.id, 1, 'Ben’s words', 'Shared');
    expect(conflict.errors?.[0].extensions).toMatchObject({ code: 'WIKI_REVISION_CONFLICT', currentRevision: 2 });
    const after = await read(ben, p.id);
    expect(after).toMatchObject({ revisionNumber: 2, body: 'Ana’s words', myDraft: { baseRevision: 1, body: 'Ben’s words' } });
    // Ben merges on top of revision 2; his draft is gone with the save.
    const merged = await save(ben, p.id, 2, 'Ana’s words and Ben’s words', 'Shared');
    expect(merged.data?.saveWikiPage.revision.number).toBe(3);
    expect((await read(ben, p.id)).myDraft).toBeNull();
    const bodies = await all<{ body: string }>(`SELECT body FROM wiki_revisions WHERE page_id = $1 ORDER BY number`, [p.id]);
    expect(bodies.map((b) => b.body)).toEqual(['v1', 'Ana’s words', 'Ana’s words and Ben’s words']);
  });

  it('gives exactly one success and 49 conflicts to 50 concurrent saves from one base, numbers gapless', async () => {
    const { hr } = await orgWithHr();
    const spaceId = await space(hr);
    const p = await page(hr, spaceId, 'Hot page', 'v1');
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => save(hr, p.id, 1, `attempt ${i}`, 'Hot page')));
    const codes = results.map((r) => (r.errors ? codeOf(r) : 'OK'));
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === 'WIKI_REVISION_CONFLICT')).toHaveLength(49);
    expect(results.filter((r) => r.errors).every((r) => r.errors?.[0].extensions?.['currentRevision'] === 2)).toBe(true);
    const rows = await all<{ number: number; body: string }>(`SELECT number, body FROM wiki_revisions WHERE page_id = $1 ORDER BY number`, [p.id]);
    expect(rows.map((r) => r.number)).toEqual([1, 2]);
    const winner = results.find((r) => !r.errors)?.data?.saveWikiPage.page.body;
    expect(rows[1].body).toBe(winner);
    expect(await one(`SELECT revision_number, body FROM wiki_pages WHERE id = $1`, [p.id])).toEqual({ revision_number: 2, body: winner });
  }, 60_000);

  it('refuses pages over 1 MB, NUL and bidi overrides in titles, and writes nothing', async () => {
    const { hr } = await orgWithHr();
    const spaceId = await space(hr);
    const big = 'é'.repeat(500_001); // 1,000,002 bytes of UTF-8
    expect(codeOf(await gql(current()).as(hr).send(CREATE_PAGE, { input: { spaceId, title: 'Big', body: big, language: 'en' } }))).toBe('WIKI_PAGE_TOO_LARGE');
    const p = await page(hr, spaceId, 'Small', 'ok');
    const tooBig = await save(hr, p.id, 1, big, 'Small');
    expect(tooBig.errors?.[0].extensions).toMatchObject({ code: 'WIKI_PAGE_TOO_LARGE', maxBytes: 1_000_000 });
    expect(codeOf(await save(hr, p.id, 1, 'x', 'a\u0000b'))).toBe('BAD_USER_INPUT');
    const bidi = await save(hr, p.id, 1, 'x', 'evil\u202Egnp.exe');
    expect(bidi.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'title', rule: 'bidi' }] });
    expect(codeOf(await save(hr, p.id, 1, 'x', '   '))).toBe('BAD_USER_INPUT');
    expect(codeOf(await save(hr, p.id, 1, 'x', 'ok', { language: 'fr' }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(current()).as(hr).send(PAGE, { id: 'not-a-uuid' }))).toBe('BAD_USER_INPUT');
    expect((await read(hr, p.id)).revisionNumber).toBe(1);
    expect(await all(`SELECT id FROM wiki_pages WHERE space_id = $1`, [spaceId])).toHaveLength(1);
  });

  it('orders the tree, moves pages and refuses cycles; delete takes the subtree with it', async () => {
    const { hr } = await orgWithHr();
    const spaceId = await space(hr);
    const a = await page(hr, spaceId, 'A');
    const b = await page(hr, spaceId, 'B');
    const c = await page(hr, spaceId, 'C', 'x', { parentId: a.id });
    const tree = async (parentId: string | null) => (await ok<{ wikiSpace: { pages: { edges: { node: { title: string; hasChildren: boolean } }[] } } }>(hr, TREE, { id: spaceId, parentId })).wikiSpace.pages.edges.map((e) => e.node);
    expect(await tree(null)).toEqual([{ title: 'A', hasChildren: true }, { title: 'B', hasChildren: false }].map((n) => expect.objectContaining(n)));
    expect(codeOf(await gql(current()).as(hr).send(MOVE, { input: { pageId: a.id, parentId: c.id, position: 0 } }))).toBe('WIKI_PAGE_CYCLE');
    expect(codeOf(await gql(current()).as(hr).send(MOVE, { input: { pageId: a.id, parentId: a.id, position: 0 } }))).toBe('WIKI_PAGE_CYCLE');
    const moved = await ok<{ moveWikiPage: { page: { parent: { id: string }; breadcrumbs: { title: string }[] } } }>(hr, MOVE, { input: { pageId: b.id, parentId: c.id, position: 0 } });
    expect(moved.moveWikiPage.page.breadcrumbs.map((x) => x.title)).toEqual(['A', 'C']);
    await ok(hr, MOVE, { input: { pageId: b.id, parentId: null, position: 0 } });
    expect((await tree(null)).map((n) => n.title)).toEqual(['B', 'A']);
    const other = await space(hr);
    const elsewhere = await page(hr, other, 'Elsewhere');
    expect(codeOf(await gql(current()).as(hr).send(MOVE, { input: { pageId: b.id, parentId: elsewhere.id, position: 0 } }))).toBe('WIKI_PARENT_NOT_IN_SPACE');
    const deleted = await ok<{ deleteWikiPage: { deletedPageIds: string[] } }>(hr, DELETE_PAGE, { pageId: a.id });
    expect(deleted.deleteWikiPage.deletedPageIds.sort()).toEqual([a.id, c.id].sort());
    expect(codeOf(await gql(current()).as(hr).send(PAGE, { id: c.id }))).toBe('NOT_FOUND');
    expect((await tree(null)).map((n) => n.title)).toEqual(['B']);
  });

  it('creates from a template; HR manages templates, others cannot', async () => {
    const { org, hr } = await orgWithHr();
    const employee = await buildUser(org);
    const templates = (await ok<{ wikiTemplates: { id: string; name: string; body: string; builtIn: boolean }[] }>(employee, TEMPLATES)).wikiTemplates;
    expect(templates.map((t) => t.name)).toEqual(['How-to', 'Meeting notes', 'Team onboarding']);
    expect((await ok<{ wikiTemplates: unknown[] }>(hr, TEMPLATES)).wikiTemplates).toHaveLength(3);
    const spaceId = await space(hr);
    const meeting = templates.find((t) => t.name === 'Meeting notes') as { id: string; body: string };
    const p = (await ok<{ createWikiPage: { page: Page } }>(hr, CREATE_PAGE, { input: { spaceId, title: 'Weekly sync', templateId: meeting.id } })).createWikiPage.page;
    expect(p.body).toBe(meeting.body);
    expect(p.bodyHtml).toContain('<table>');
    expect(codeOf(await gql(current()).as(employee).send(CREATE_TEMPLATE, { input: { name: 'Mine', title: 'x', body: 'y' } }))).toBe('FORBIDDEN');
    const made = await ok<{ createWikiTemplate: { template: { id: string } } }>(hr, CREATE_TEMPLATE, { input: { name: 'Retro', title: 'Retro', body: '## Went well' } });
    const id = made.createWikiTemplate.template.id;
    expect(codeOf(await gql(current()).as(employee).send(UPDATE_TEMPLATE, { input: { id, name: 'x' } }))).toBe('FORBIDDEN');
    expect((await ok<{ updateWikiTemplate: { template: { name: string } } }>(hr, UPDATE_TEMPLATE, { input: { id, name: 'Retrospective' } })).updateWikiTemplate.template.name).toBe('Retrospective');
    expect(codeOf(await gql(current()).as(employee).send(DELETE_TEMPLATE, { id }))).toBe('FORBIDDEN');
    await ok(hr, DELETE_TEMPLATE, { id: meeting.id });
    // A deleted built-in template is not created again on the next read.
    expect((await ok<{ wikiTemplates: { name: string }[] }>(hr, TEMPLATES)).wikiTemplates.map((t) => t.name)).toEqual(['How-to', 'Retrospective', 'Team onboarding']);
    const otherOrg = await orgWithHr();
    expect(codeOf(await gql(current()).as(otherOrg.hr).send(UPDATE_TEMPLATE, { input: { id, name: 'stolen' } }))).toBe('NOT_FOUND');
  });

  it('keeps drafts per person until discarded or saved', async () => {
    const { org, hr } = await orgWithHr();
    const reader = await buildUser(org);
    const spaceId = await space(hr);
    const p = await page(hr, spaceId, 'Draft me', 'v1');
    await ok(hr, SAVE_DRAFT, { input: { pageId: p.id, baseRevision: 1, title: 'Draft me', body: 'half-written' } });
    expect((await read(hr, p.id)).myDraft).toEqual({ baseRevision: 1, title: 'Draft me', body: 'half-written' });
    expect((await read(reader, p.id)).myDraft).toBeNull();
    expect(codeOf(await gql(current()).as(reader).send(SAVE_DRAFT, { input: { pageId: p.id, baseRevision: 1, title: 'x', body: 'y' } }))).toBe('FORBIDDEN');
    expect((await ok<{ discardWikiDraft: { page: { myDraft: null } } }>(hr, DISCARD_DRAFT, { pageId: p.id })).discardWikiDraft.page.myDraft).toBeNull();
  });

  it('lets the owner verify and hand the page on; needsVerification once past the review date', async () => {
    const { org, hr } = await orgWithHr();
    const [editor, next] = [await buildUser(org), await buildUser(org)];
    const spaceId = await space(hr, { reviewCycleMonths: 6 });
    await ok(hr, SET_MEMBER, { input: { spaceId, userId: editor.id, role: 'EDITOR' } });
    const p = await page(editor, spaceId, 'Owned');
    await one(`UPDATE wiki_pages SET created_at = now() - interval '7 months' WHERE id = $1`, [p.id]);
    expect((await read(editor, p.id)).needsVerification).toBe(true);
    expect(codeOf(await gql(current()).as(next).send(VERIFY, { pageId: p.id }))).toBe('FORBIDDEN');
    const verified = await ok<{ verifyWikiPage: { page: { needsVerification: boolean; verifiedBy: { id: string }; reviewBy: string } } }>(editor, VERIFY, { pageId: p.id });
    expect(verified.verifyWikiPage.page).toMatchObject({ needsVerification: false, verifiedBy: { id: editor.id } });
    expect(new Date(verified.verifyWikiPage.page.reviewBy).getTime()).toBeGreaterThan(Date.now() + 150 * 86_400_000);
    expect((await ok<{ setWikiPageOwner: { page: { owner: { id: string } } } }>(editor, SET_OWNER, { input: { pageId: p.id, userId: next.id } })).setWikiPageOwner.page.owner.id).toBe(next.id);
    expect(codeOf(await gql(current()).as(editor).send(SET_OWNER, { input: { pageId: p.id, userId: editor.id } }))).toBe('FORBIDDEN');
    const stranger = await buildUser(await buildOrganization());
    expect(codeOf(await gql(current()).as(next).send(SET_OWNER, { input: { pageId: p.id, userId: stranger.id } }))).toBe('WIKI_OWNER_CANNOT_READ');
  });

  it('lets the owner or a space admin set a page its own review cycle, moving the review date, and refuses anything but 6, 12, 18 or 24', async () => {
    const { org, hr } = await orgWithHr();
    const [editor, other] = [await buildUser(org), await buildUser(org)];
    const spaceId = await space(hr, { reviewCycleMonths: 24 });
    await ok(hr, SET_MEMBER, { input: { spaceId, userId: editor.id, role: 'EDITOR' } });
    await ok(hr, SET_MEMBER, { input: { spaceId, userId: other.id, role: 'EDITOR' } });
    const p = await page(editor, spaceId, 'Cycled');
    await one(`UPDATE wiki_pages SET created_at = now() - interval '7 months' WHERE id = $1`, [p.id]);
    type Cycle = { setWikiPageReviewCycle: { page: { reviewCycleMonths: number | null; reviewBy: string; needsVerification: boolean } } };
    const six = await ok<Cycle>(editor, SET_CYCLE, { input: { pageId: p.id, months: 6 } });
    expect(six.setWikiPageReviewCycle.page).toMatchObject({ reviewCycleMonths: 6, needsVerification: true });
    const back = await ok<Cycle>(hr, SET_CYCLE, { input: { pageId: p.id, months: null } });
    expect(back.setWikiPageReviewCycle.page).toMatchObject({ reviewCycleMonths: null, needsVerification: false });
    expect(new Date(back.setWikiPageReviewCycle.page.reviewBy).getTime()).toBeGreaterThan(Date.now() + 300 * 86_400_000);
    expect(codeOf(await gql(current()).as(other).send(SET_CYCLE, { input: { pageId: p.id, months: 12 } }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(current()).as(editor).send(SET_CYCLE, { input: { pageId: p.id, months: 7 } }))).toBe('BAD_USER_INPUT');
    const stranger = await buildUser(await buildOrganization());
    expect(codeOf(await gql(current()).as(stranger).send(SET_CYCLE, { input: { pageId: p.id, months: 12 } }))).toBe('NOT_FOUND');
    expect((await one<{ c: number | null }>(`SELECT review_cycle_months AS c FROM wiki_pages WHERE id = $1`, [p.id]))?.c).toBeNull();
  });

  it('counts a reader once a day, and shows the totals to the owner and editors only', async () => {
    const { org, hr } = await orgWithHr();
    const [editor, reader, another] = [await buildUser(org), await buildUser(org), await buildUser(org)];
    const spaceId = await space(hr);
    await ok(hr, SET_MEMBER, { input: { spaceId, userId: editor.id, role: 'EDITOR' } });
    const p = await page(hr, spaceId, 'Much read');
    for (const who of [reader, reader, reader, another]) expect(await ok(who, RECORD_VIEW, { pageId: p.id })).toEqual({ recordWikiPageView: true });
    await one(`INSERT INTO wiki_page_views (page_id, day, user_id, organization_id) VALUES ($1, current_date - 40, $2, $3)`, [p.id, reader.id, org.id]);
    type Stats = { wikiPage: { viewStats: { views: number; viewers: number; last30Days: number } | null } };
    expect((await ok<Stats>(editor, VIEW_STATS, { id: p.id })).wikiPage.viewStats).toEqual({ views: 3, viewers: 2, last30Days: 2 });
    expect((await ok<Stats>(hr, VIEW_STATS, { id: p.id })).wikiPage.viewStats).toEqual({ views: 3, viewers: 2, last30Days: 2 });
    expect((await ok<Stats>(reader, VIEW_STATS, { id: p.id })).wikiPage.viewStats).toBeNull();
    const members = await space(hr, { visibility: 'MEMBERS' });
    const hidden = await page(hr, members, 'Members only');
    expect(codeOf(await gql(current()).as(reader).send(RECORD_VIEW, { pageId: hidden.id }))).toBe('NOT_FOUND');
    expect((await one<{ n: number }>(`SELECT count(*)::int AS n FROM wiki_page_views WHERE page_id = $1`, [hidden.id]))?.n).toBe(0);
  });

  it('lists for the space admin the pages whose owner has left, and for nobody else', async () => {
    const { org, hr } = await orgWithHr();
    const [leaver, stayer] = [await buildUser(org), await buildUser(org)];
    const spaceId = await space(hr);
    await ok(hr, SET_MEMBER, { input: { spaceId, userId: leaver.id, role: 'EDITOR' } });
    await ok(hr, SET_MEMBER, { input: { spaceId, userId: stayer.id, role: 'EDITOR' } });
    const orphan = await page(leaver, spaceId, 'Left behind');
    await page(stayer, spaceId, 'Still cared for');
    await one(`UPDATE users SET status = 'DEPARTED' WHERE id = $1`, [leaver.id]);
    type Departed = { wikiDepartedOwnerPages: { id: string; title: string; owner: { id: string } }[] };
    expect((await ok<Departed>(hr, DEPARTED, { spaceId })).wikiDepartedOwnerPages).toEqual([{ id: orphan.id, title: 'Left behind', owner: { id: leaver.id } }]);
    expect(codeOf(await gql(current()).as(stayer).send(DEPARTED, { spaceId }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(current()).as(await buildUser(await buildOrganization())).send(DEPARTED, { spaceId }))).toBe('NOT_FOUND');
    await ok(hr, SET_OWNER, { input: { pageId: orphan.id, userId: stayer.id } });
    expect((await ok<Departed>(hr, DEPARTED, { spaceId })).wikiDepartedOwnerPages).toEqual([]);
  });
});

describe('wiki links', () => {
  it('rewrites [[title]] to a page-id link, keeps backlinks across a rename and reports links broken by a delete', async () => {
    const { hr } = await orgWithHr();
    const spaceId = await space(hr);
    const target = await page(hr, spaceId, 'Travel policy', 'Rules');
    const source = await page(hr, spaceId, 'Welcome', 'Read [[travel policy]] and [[Missing page]]. `[[not a link]]`');
    expect(source.body).toBe(`Read [travel policy](/wiki/page/${target.id}) and [[Missing page]]. \`[[not a link]]\``);
    expect(source.bodyHtml).toContain(`href="/wiki/page/${target.id}"`);
    expect((await read(hr, target.id)).backlinks.map((b) => b.id)).toEqual([source.id]);
    // Rename the target: the link names its id, so the backlink stays.
    expect((await save(hr, target.id, 1, 'Rules', 'Travel rules')).errors).toBeUndefined();
    expect((await read(hr, target.id)).backlinks.map((b) => b.id)).toEqual([source.id]);
    let broken = (await ok<{ wikiBrokenLinks: { page: { id: string }; target: string }[] }>(hr, BROKEN, { spaceId })).wikiBrokenLinks;
    expect(broken.map((b) => b.target)).toEqual(['[[Missing page]]']);
    // A link by path (an old slug too) resolves to the page.
    const key = ((await read(hr, target.id)) as unknown as { space: { key: string } }).space.key;
    const byPath = await page(hr, spaceId, 'Path link', `See [old](/wiki/${key}/travel-policy).`);
    expect((await read(hr, target.id)).backlinks.map((b) => b.id).sort()).toEqual([source.id, byPath.id].sort());
    await ok(hr, DELETE_PAGE, { pageId: target.id });
    broken = (await ok<{ wikiBrokenLinks: { page: { id: string }; target: string }[] }>(hr, BROKEN, { spaceId })).wikiBrokenLinks;
    expect(broken.map((b) => b.target).sort()).toEqual(['[[Missing page]]', `/wiki/${key}/travel-policy`, `/wiki/page/${target.id}`].sort());
    // A deleted source links nowhere any more.
    const other = await page(hr, spaceId, 'Other', 'x');
    const linker = await page(hr, spaceId, 'Linker', '[[Other]]');
    await ok(hr, DELETE_PAGE, { pageId: linker.id });
    expect((await read(hr, other.id)).backlinks).toEqual([]);
  });
});
