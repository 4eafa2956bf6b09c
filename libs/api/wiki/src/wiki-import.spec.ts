import { all, appUrl, buildOrganization, buildUser, type TestUser } from '@pillars/api/testing';
import { LIMITS } from '@pillars/shared/validation';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { MOVE, PAGE, SET_MEMBER, TREE } from './wiki.test-documents';
import { wikiTestApp } from './wiki.test-support';
import { WIKI_IMPORT_LIMITS } from './wiki-zip-read';

const { app: current, ok, createSpace, page } = wikiTestApp();

interface ImportAnswer {
  status: number;
  body: { import?: { spaceId: string; pages: { id: string; title: string; path: string }[] }; errors?: { extensions: { code: string; file?: string; reason?: string } }[] };
}

async function post(actor: TestUser | null, spaceId: string, zip: Uint8Array, o: { csrf?: boolean } = {}): Promise<ImportAnswer> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(zip)], { type: 'application/zip' }), 'wiki.zip');
  const res = await fetch(`${appUrl(current())}/wiki/spaces/${spaceId}/import`, {
    method: 'POST',
    body: form,
    headers: { ...(actor ? { cookie: `pillars_session=${actor.token}` } : {}), ...(o.csrf === false ? {} : { 'x-pillars-csrf': '1' }) },
  });
  return { status: res.status, body: (await res.json()) as ImportAnswer['body'] };
}
const refusal = (a: ImportAnswer) => ({ status: a.status, ...a.body.errors?.[0].extensions });
const zip = (files: Record<string, string | Uint8Array>, level: 0 | 9 = 9) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [typeof v === 'string' ? strToU8(v) : v, { level }]])) as Zippable);
const pagesIn = (spaceId: string) => all<{ id: string; title: string; parentId: string | null; revisionNumber: number }>(
  `SELECT id, title, parent_id AS "parentId", revision_number AS "revisionNumber" FROM wiki_pages WHERE space_id = $1 AND deleted_at IS NULL ORDER BY title`, [spaceId]);

/** HR's open space with an editor; a colleague who only reads it. */
async function world() {
  const org = await buildOrganization();
  const hr = await buildUser(org, { roles: ['HR'] });
  const editor = await buildUser(org);
  const reader = await buildUser(org);
  const space = await createSpace(hr, { visibility: 'ORGANIZATION' });
  await ok(hr, SET_MEMBER, { input: { spaceId: space.id, userId: editor.id, role: 'EDITOR' } });
  return { org, hr, editor, reader, space };
}

describe('wiki import (POST /wiki/spaces/:id/import, a zip of Markdown)', () => {
  it('makes one page per file and per folder, revision 1 by the importer, and rewrites relative links into backlinks', async () => {
    const w = await world();
    await page(w.hr, w.space.id, 'Existing page');
    const archive = zip({
      'guides.md': '---\ntitle: "Travel guides"\nlanguage: "it"\nowner: "Someone Else"\nrevision: 7\n---\n\nStart with [the train](guides/train%20travel.md) or [flights](guides/flights.md#booking).',
      'guides/train travel.md': '# Trains\n\nSecond class. Back to [the guides](../guides.md), see [[Existing page]] and [the web](https://example.com/a.md).',
      'guides/flights.md': 'Economy. Compare [trains](./train%20travel.md).\n\n```\n[code](flights.md)\n```',
      'policies/leave.md': "---\ntitle: 'Leave'\n---\nAsk your manager.",
      'images/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
    });
    const res = await post(w.editor, w.space.id, archive);
    expect(res.status).toBe(201);
    const pages = res.body.import?.pages ?? [];
    expect(pages.map((p) => [p.path, p.title])).toEqual([
      ['guides.md', 'Travel guides'],
      ['policies/', 'policies'],
      ['guides/flights.md', 'flights'],
      ['guides/train travel.md', 'train travel'],
      ['policies/leave.md', 'Leave'],
    ]);
    const id = (path: string) => pages.find((p) => p.path === path)?.id as string;

    const stored = await all<{ title: string; parentId: string | null; language: string; ownerId: string; revisionNumber: number }>(
      `SELECT title, parent_id AS "parentId", language, owner_id AS "ownerId", revision_number AS "revisionNumber" FROM wiki_pages WHERE id = ANY($1::uuid[]) ORDER BY title`, [pages.map((p) => p.id)]);
    expect(stored).toHaveLength(5);
    for (const p of stored) expect(p).toMatchObject({ ownerId: w.editor.id, revisionNumber: 1 });
    expect(stored.find((p) => p.title === 'Travel guides')).toMatchObject({ parentId: null, language: 'it' });
    expect(stored.find((p) => p.title === 'flights')?.parentId).toBe(id('guides.md'));
    expect(stored.find((p) => p.title === 'Leave')?.parentId).toBe(id('policies/'));
    const revisions = await all<{ number: number; authorId: string; body: string }>(`SELECT number, author_id AS "authorId", body FROM wiki_revisions WHERE page_id = $1`, [id('guides/train travel.md')]);
    expect(revisions).toEqual([{ number: 1, authorId: w.editor.id, body: expect.stringContaining(`[the guides](/wiki/page/${id('guides.md')})`) }]);

    const train = (await ok<{ wikiPage: { body: string; backlinks: { id: string }[] } }>(w.reader, PAGE, { id: id('guides/train travel.md') })).wikiPage;
    expect(train.body).toContain('[the web](https://example.com/a.md)');
    expect(train.body).toMatch(/see \[Existing page\]\(\/wiki\/page\/[0-9a-f-]{36}\)/);
    expect(train.backlinks.map((b) => b.id).sort()).toEqual([id('guides.md'), id('guides/flights.md')].sort());
    const guides = (await ok<{ wikiPage: { body: string; backlinks: { id: string }[] } }>(w.reader, PAGE, { id: id('guides.md') })).wikiPage;
    expect(guides.body).toBe(`Start with [the train](/wiki/page/${id('guides/train travel.md')}) or [flights](/wiki/page/${id('guides/flights.md')}).`);
    expect(guides.backlinks.map((b) => b.id)).toEqual([id('guides/train travel.md')]);
    const flights = (await ok<{ wikiPage: { body: string } }>(w.reader, PAGE, { id: id('guides/flights.md') })).wikiPage;
    expect(flights.body).toContain('```\n[code](flights.md)\n```');

    const top = (await ok<{ wikiSpace: { pages: { edges: { node: { title: string } }[] } } }>(w.reader, TREE, { id: w.space.id })).wikiSpace.pages.edges.map((e) => e.node.title);
    expect(top).toEqual(['Existing page', 'Travel guides', 'policies']);
  });

  it('lets only the space\'s editors import, answers a hidden space as not found, and wants the CSRF header', async () => {
    const w = await world();
    const members = await createSpace(w.hr, { visibility: 'MEMBERS' });
    const archive = zip({ 'a.md': 'A' });
    expect(refusal(await post(w.reader, w.space.id, archive))).toMatchObject({ status: 403, code: 'FORBIDDEN' });
    expect(refusal(await post(w.editor, members.id, archive))).toMatchObject({ status: 404, code: 'NOT_FOUND' });
    expect(refusal(await post(w.editor, w.space.id, archive, { csrf: false }))).toMatchObject({ status: 403, code: 'FILES_CSRF_REFUSED' });
    expect((await post(null, w.space.id, archive)).status).toBe(401);
    expect(await pagesIn(w.space.id)).toEqual([]);
    expect((await post(w.hr, w.space.id, archive)).status).toBe(201);
  });

  it('refuses a zip bomb while inflating, whatever sizes the archive declares', async () => {
    const w = await world();
    // 30 MB of one letter deflates to about 30 kB; both headers are then made to claim 10 bytes.
    const bomb = zip({ 'bomb.md': new Uint8Array(30 * 1024 * 1024).fill(0x61) });
    expect(bomb.length).toBeLessThan(100 * 1024);
    const lying = lieAboutSizes(bomb, 10);
    expect(refusal(await post(w.editor, w.space.id, lying))).toMatchObject({ status: 400, code: 'WIKI_IMPORT_FILE_TOO_LARGE', file: 'bomb.md' });
    // Many files each under a page, together past the archive's total.
    const each = new Uint8Array(LIMITS.wikiPageBytes - 1000).fill(0x62);
    const many = Object.fromEntries(Array.from({ length: Math.ceil(WIKI_IMPORT_LIMITS.maxTotalBytes / each.length) + 1 }, (_, i) => [`p${i}.md`, each]));
    expect(refusal(await post(w.editor, w.space.id, lieAboutSizes(zip(many), 10)))).toMatchObject({ status: 400, code: 'WIKI_IMPORT_TOO_LARGE' });
    expect(await pagesIn(w.space.id)).toEqual([]);
  });

  it('refuses path traversal, absolute paths, backslashes, duplicates, too many entries, and files that are not UTF-8 text', async () => {
    const w = await world();
    const cases: [Record<string, string | Uint8Array>, string, string][] = [
      [{ 'ok.md': 'x', '../evil.md': 'x' }, 'WIKI_IMPORT_UNSAFE_PATH', '../evil.md'],
      [{ 'a/../../evil.md': 'x' }, 'WIKI_IMPORT_UNSAFE_PATH', 'a/../../evil.md'],
      [{ '/etc/evil.md': 'x' }, 'WIKI_IMPORT_UNSAFE_PATH', '/etc/evil.md'],
      [{ 'a\\evil.md': 'x' }, 'WIKI_IMPORT_UNSAFE_PATH', 'a\\evil.md'],
      [{ 'Notes.md': 'x', 'notes.md': 'y' }, 'WIKI_IMPORT_DUPLICATE_NAME', 'notes.md'],
      [{ 'latin1.md': new Uint8Array([0x63, 0x61, 0x66, 0xe9]) }, 'WIKI_IMPORT_FILE_NOT_TEXT', 'latin1.md'],
      [{ 'nul.md': 'a\u0000b' }, 'WIKI_IMPORT_FILE_NOT_TEXT', 'nul.md'],
      [{ 'title.md': `---\ntitle: "${'t'.repeat(LIMITS.title + 1)}"\n---\nx` }, 'WIKI_IMPORT_BAD_TITLE', 'title.md'],
      [{ 'rlo.md': 'abc\u202Edef' }, 'WIKI_IMPORT_FILE_NOT_TEXT', 'rlo.md'],
    ];
    for (const [files, code, file] of cases) expect(refusal(await post(w.editor, w.space.id, zip(files)))).toMatchObject({ status: 400, code, file });
    const crowd = Object.fromEntries(Array.from({ length: WIKI_IMPORT_LIMITS.maxEntries + 1 }, (_, i) => [`n${i}.md`, 'x']));
    expect(refusal(await post(w.editor, w.space.id, zip(crowd)))).toMatchObject({ status: 400, code: 'WIKI_IMPORT_TOO_MANY_FILES' });
    expect(refusal(await post(w.editor, w.space.id, strToU8('not a zip at all')))).toMatchObject({ status: 400, code: 'WIKI_IMPORT_NOT_A_ZIP' });
    expect(refusal(await post(w.editor, w.space.id, zip({ 'readme.txt': 'x' })))).toMatchObject({ status: 400, code: 'WIKI_IMPORT_EMPTY' });
    const huge = new Uint8Array(LIMITS.uploadBytes + 1);
    expect(refusal(await post(w.editor, w.space.id, huge))).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    expect(await pagesIn(w.space.id)).toEqual([]);
  });

  it('imports a space export into another space as the same tree, its links pointing into the new space', async () => {
    const w = await world();
    const child = await page(w.hr, w.space.id, 'Child page', 'Child.');
    const parent = await page(w.hr, w.space.id, 'Parent page', 'See [[Child page]].');
    await ok(w.hr, MOVE, { input: { pageId: child.id, parentId: parent.id, position: 0 } });
    const exported = new Uint8Array(await (await fetch(`${appUrl(current())}/wiki/spaces/${w.space.id}/export.zip`, { headers: { cookie: `pillars_session=${w.hr.token}` } })).arrayBuffer());
    const copy = await createSpace(w.hr, { visibility: 'ORGANIZATION' });
    const res = await post(w.hr, copy.id, exported);
    expect(res.body.import?.pages.map((p) => [p.path, p.title])).toEqual([['parent-page.md', 'Parent page'], ['parent-page/child-page.md', 'Child page']]);
    const [newParent, newChild] = res.body.import?.pages.map((p) => p.id) ?? [];
    const view = (await ok<{ wikiPage: { body: string; parent: { id: string } | null; backlinks: { id: string }[] } }>(w.reader, PAGE, { id: newChild })).wikiPage;
    expect(view.parent?.id).toBe(newParent);
    expect(view.backlinks.map((b) => b.id)).toEqual([newParent]);
    expect((await ok<{ wikiPage: { body: string } }>(w.reader, PAGE, { id: newParent })).wikiPage.body).toBe(`See [Child page](/wiki/page/${newChild}).`);
  });

  it('rolls the whole import back when a page fails inside the transaction, naming the file', async () => {
    const w = await world();
    // Under 1 MB as written; each 11-byte relative link becomes a 51-byte page link, past 1 MB.
    const links = Array.from({ length: 30_000 }, () => '[a](b.md)').join(' ');
    const res = await post(w.editor, w.space.id, zip({ 'a.md': 'First page.', 'b.md': 'Second page.', 'c.md': links }));
    expect(refusal(res)).toMatchObject({ status: 400, code: 'WIKI_IMPORT_FILE_TOO_LARGE', file: 'c.md' });
    expect(await pagesIn(w.space.id)).toEqual([]);
    expect(await all(`SELECT 1 FROM wiki_revisions r JOIN wiki_pages p ON p.id = r.page_id WHERE p.space_id = $1`, [w.space.id])).toEqual([]);
  });
});

/** The zip with every local and central header's uncompressed size set to `size` (an attacker's archive). */
function lieAboutSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  for (let i = 0; i + 30 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, size, true);
    else if (sig === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}
