import { appUrl, buildOrganization, buildUser, type TestUser } from '@pillars/api/testing';
import { strFromU8, unzipSync } from 'fflate';
import { execFileSync } from 'node:child_process';
import { MOVE, SAVE_PAGE } from './wiki.test-documents';
import { wikiTestApp } from './wiki.test-support';

const { app: current, ok, createSpace, page } = wikiTestApp();

const get = (actor: TestUser | null, path: string) => fetch(`${appUrl(current())}${path}`, { headers: actor ? { cookie: `pillars_session=${actor.token}` } : {} });
const bytes = async (res: Response) => new Uint8Array(await res.arrayBuffer());
const codeOfJson = async (res: Response) => ((await res.json()) as { errors: { extensions: { code: string } }[] }).errors[0].extensions.code;
/** The text of a PDF as poppler's pdftotext reads it (what a reader copies or an indexer sees). */
const pdftotext = (pdf: Uint8Array) =>
  // Without the bidi embedding marks poppler writes around each run.
  execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' }).replace(/[\u202A-\u202E]/g, '');

/** HR keeps an open handbook (a small tree) and a members-only space; a colleague reads the handbook only. */
async function world() {
  const org = await buildOrganization();
  const hr = await buildUser(org, { roles: ['HR'], name: 'Hana Rossi' });
  const reader = await buildUser(org);
  const handbook = await createSpace(hr, { visibility: 'ORGANIZATION' });
  const board = await createSpace(hr, { visibility: 'MEMBERS' });
  const secret = await page(hr, board.id, 'Secret merger plan', 'Acquire the competitor.');
  const trains = await page(hr, handbook.id, 'Trains', 'Second class.');
  const travel = await page(hr, handbook.id, 'Travel rules', 'Book the train. Details in [[Trains]]; compare [[Secret merger plan]] and [the budget](/wiki/page/' + secret.id + ').\n\n```\n[[Trains]] stays as code\n```');
  const root = await page(hr, handbook.id, 'Handbook', 'Welcome. See [[Travel rules]].');
  await ok(hr, SAVE_PAGE, { input: { pageId: trains.id, baseRevision: 1, title: 'Trains', body: 'Second class. Back to [[Handbook]].', language: 'en' } });
  await ok(hr, MOVE, { input: { pageId: travel.id, parentId: root.id, position: 0 } });
  await ok(hr, MOVE, { input: { pageId: trains.id, parentId: travel.id, position: 0 } });
  return { org, hr, reader, handbook, board, secret, root, travel, trains };
}

describe('wiki export (GET /wiki/spaces/:id/export.zip, /wiki/pages/:id/export.md)', () => {
  it('zips the space as Markdown files along the tree, with front matter and links rewritten to relative paths', async () => {
    const w = await world();
    const res = await get(w.reader, `/wiki/spaces/${w.handbook.id}/export.zip`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="wiki-${w.handbook.key}.zip"`);
    const files = Object.fromEntries(Object.entries(unzipSync(await bytes(res))).map(([name, data]) => [name, strFromU8(data)]));
    expect(Object.keys(files).sort()).toEqual(['handbook.md', 'handbook/travel-rules.md', 'handbook/travel-rules/trains.md']);

    const travel = files['handbook/travel-rules.md'];
    expect(travel).toMatch(/^---\ntitle: "Travel rules"\nlanguage: "en"\nowner: "Hana Rossi"\nrevision: 1\nupdated: "\d{4}-\d\d-\d\dT[\d:.]+Z"\n---\n\n/);
    expect(travel).toContain('Details in [Trains](travel-rules/trains.md)');
    expect(files['handbook.md']).toContain('See [Travel rules](handbook/travel-rules.md)');
    expect(files['handbook/travel-rules/trains.md']).toContain('Back to [Handbook](../../handbook.md)');
    expect(travel).toContain('```\n[[Trains]] stays as code\n```');

    // The members-only page: neither its title nor its id, anywhere; the author's own label stays as plain text.
    const everything = Object.entries(files).flat().join('\n');
    expect(everything).not.toMatch(/secret merger/i);
    expect(everything).not.toContain(w.secret.id);
    expect(travel).toContain('compare (restricted page) and the budget.');
  });

  it('writes the restricted-page placeholder in the requester\'s locale (Italian, Arabic), or in the language asked for', async () => {
    const w = await world();
    const italian = await buildUser(w.org, { locale: 'it' });
    const arabic = await buildUser(w.org, { locale: 'ar' });
    const zip = await get(italian, `/wiki/spaces/${w.handbook.id}/export.zip`);
    expect(zip.status).toBe(200);
    const travel = strFromU8(unzipSync(await bytes(zip))['handbook/travel-rules.md']);
    expect(travel).toContain('compare (pagina riservata) and the budget.');
    expect(travel).not.toContain('restricted page');
    const md = await (await get(arabic, `/wiki/pages/${w.travel.id}/export.md`)).text();
    expect(md).toContain('compare (صفحة مقيدة) and the budget.');
    expect(md).not.toMatch(/secret merger|restricted page/i);
    // `?lang=` (the language the web asks in) wins, as for the PDF; an unknown one falls back to the locale.
    expect(await (await get(arabic, `/wiki/pages/${w.travel.id}/export.md?lang=he`)).text()).toContain('compare (דף מוגבל) and the budget.');
    expect(await (await get(italian, `/wiki/pages/${w.travel.id}/export.md?lang=xx`)).text()).toContain('compare (pagina riservata) and the budget.');
  });

  it('keeps a link to a page the exporter may read elsewhere as an app link', async () => {
    const w = await world();
    const files = unzipSync(await bytes(await get(w.hr, `/wiki/spaces/${w.handbook.id}/export.zip`)));
    const travel = strFromU8(files['handbook/travel-rules.md']);
    expect(travel).toContain(`compare [Secret merger plan](/wiki/page/${w.secret.id}) and [the budget](/wiki/page/${w.secret.id})`);
    // HR sees the members-only space; its export holds its page.
    expect(Object.keys(unzipSync(await bytes(await get(w.hr, `/wiki/spaces/${w.board.id}/export.zip`))))).toEqual(['secret-merger-plan.md']);
  });

  it('refuses a hidden space or page as not found, a signed-out reader as unauthenticated, and a space over the cap', async () => {
    const w = await world();
    const hidden = await get(w.reader, `/wiki/spaces/${w.board.id}/export.zip`);
    expect([hidden.status, await codeOfJson(hidden)]).toEqual([404, 'NOT_FOUND']);
    const hiddenPage = await get(w.reader, `/wiki/pages/${w.secret.id}/export.md`);
    expect([hiddenPage.status, await codeOfJson(hiddenPage)]).toEqual([404, 'NOT_FOUND']);
    const hiddenPdf = await get(w.reader, `/wiki/pages/${w.secret.id}/export.pdf`);
    expect(hiddenPdf.status).toBe(404);
    expect((await get(null, `/wiki/spaces/${w.handbook.id}/export.zip`)).status).toBe(401);
    expect((await get(w.reader, `/wiki/spaces/not-an-id/export.zip`)).status).toBe(404);
    try {
      // Past the cap on the bodies alone (measured in SQL), then only with the front matter added.
      process.env['WIKI_EXPORT_MAX_BYTES'] = '100';
      const big = await get(w.reader, `/wiki/spaces/${w.handbook.id}/export.zip`);
      expect([big.status, await codeOfJson(big)]).toEqual([400, 'WIKI_EXPORT_TOO_LARGE']);
      process.env['WIKI_EXPORT_MAX_BYTES'] = '400';
      const framed = await get(w.reader, `/wiki/spaces/${w.handbook.id}/export.zip`);
      expect([framed.status, await codeOfJson(framed)]).toEqual([400, 'WIKI_EXPORT_TOO_LARGE']);
    } finally {
      delete process.env['WIKI_EXPORT_MAX_BYTES'];
    }
  });

  it('exports one page as a Markdown file, links to readable pages as app links, hidden ones as text', async () => {
    const w = await world();
    const res = await get(w.reader, `/wiki/pages/${w.travel.id}/export.md`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    const text = await res.text();
    expect(text).toMatch(/^---\ntitle: "Travel rules"\n/);
    expect(text).toContain(`Details in [Trains](/wiki/page/${w.trains.id})`);
    expect(text).not.toMatch(/secret merger/i);
  });
});

describe('wiki page PDF (GET /wiki/pages/:id/export.pdf)', () => {
  it('prints Arabic shaped and Hebrew in reading order, as pdftotext extracts them', async () => {
    const w = await world();
    const arabic = await page(w.hr, w.handbook.id, 'سياسة السفر', '# القطار أولا\n\nاحجز تذكرة القطار قبل أسبوع.\n\n- الدرجة الثانية\n- **الفندق** قريب من المكتب', { language: 'ar' });
    const hebrew = await page(w.hr, w.handbook.id, 'מדיניות נסיעות', 'הזמינו רכבת מראש.\n\nראו גם [[Secret merger plan]].', { language: 'he' });

    const ar = await get(w.reader, `/wiki/pages/${arabic.id}/export.pdf?lang=ar`);
    expect(ar.status).toBe(200);
    expect(ar.headers.get('content-type')).toBe('application/pdf');
    const arText = pdftotext(await bytes(ar));
    for (const phrase of ['سياسة السفر', 'القطار أولا', 'احجز تذكرة القطار قبل أسبوع.', 'الدرجة الثانية', 'الفندق قريب من المكتب', 'المراجعة', 'آخر تحديث']) expect(arText).toContain(phrase);
    // Shaped: the letters come out as letters (not presentation forms a reader cannot search).
    expect(arText).not.toMatch(/[\uFB50-\uFDFF\uFE70-\uFEFF]/);

    const he = await get(w.reader, `/wiki/pages/${hebrew.id}/export.pdf?lang=he`);
    const heText = pdftotext(await bytes(he));
    // The placeholder speaks the PDF's language (`?lang=he`), not the reader's English.
    for (const phrase of ['מדיניות נסיעות', 'הזמינו רכבת מראש.', 'ראו גם', 'דף מוגבל', 'גרסה']) expect(heText).toContain(phrase);
    expect(heText).not.toContain('restricted page');
    // The reader may not read the linked page: its title is not printed.
    expect(heText).not.toMatch(/secret merger/i);
  });
});
