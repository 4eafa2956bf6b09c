import { FilesModule } from '@pillars/api/files';
import { all, appUrl, buildOrganization, buildUser, type TestUser } from '@pillars/api/testing';
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { CREATE_PAGE, CREATE_SPACE, MOVE } from './wiki.test-documents';
import { wikiTestApp } from './wiki.test-support';
import { WIKI_IMPORT_LIMITS } from './wiki-zip-read';

// A space's zip carries the images its pages link that the exporter may open, in `_images/`, and
// an import uploads them again through the upload pipeline and links the new uploads.
const wiki = wikiTestApp({ modules: [FilesModule], uploads: 'pillars-wiki-transfer-images-' });
const { ok, png, uploadPng, fetchAs } = wiki;
const bytesOf = async (res: Response) => new Uint8Array(await res.arrayBuffer());
let keys = 0;
const createSpace = async (hr: TestUser, visibility: string) =>
  (await ok<{ createWikiSpace: { space: { id: string; key: string } } }>(hr, CREATE_SPACE, { input: { name: 'Space', key: `ti-${Date.now().toString(36)}-${keys++}`, visibility } })).createWikiSpace.space;
const createPage = async (actor: TestUser, spaceId: string, title: string, body: string) =>
  (await ok<{ createWikiPage: { page: { id: string } } }>(actor, CREATE_PAGE, { input: { spaceId, title, body } })).createWikiPage.page;

interface ImportAnswer {
  status: number;
  body: { import?: { pages: { id: string; path: string }[] }; errors?: { extensions: { code: string; file?: string; reason?: string; maxBytes?: number } }[] };
}
async function importZip(actor: TestUser, spaceId: string, zip: Uint8Array): Promise<ImportAnswer> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(zip)], { type: 'application/zip' }), 'wiki.zip');
  const res = await fetch(`${appUrl(wiki.app())}/wiki/spaces/${spaceId}/import`, { method: 'POST', body: form, headers: { cookie: `pillars_session=${actor.token}`, 'x-pillars-csrf': '1' } });
  return { status: res.status, body: (await res.json()) as ImportAnswer['body'] };
}
const zip = (files: Record<string, string | Uint8Array>) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, [typeof v === 'string' ? strToU8(v) : v, { level: 9 }]])) as Zippable);
const refusal = (a: ImportAnswer) => ({ status: a.status, ...a.body.errors?.[0].extensions });
const filesOf = (user: TestUser) => all<{ id: string }>(`SELECT id FROM files WHERE uploader_id = $1`, [user.id]);
const pagesIn = (spaceId: string) => all<{ id: string; body: string }>(`SELECT id, body FROM wiki_pages WHERE space_id = $1 AND deleted_at IS NULL ORDER BY title`, [spaceId]);

/** HR's open handbook whose pages show an image of theirs and link one from a members-only board; a colleague reads the handbook only. */
async function world() {
  const org = await buildOrganization();
  const hr = await buildUser(org, { roles: ['HR'] });
  const reader = await buildUser(org);
  const handbook = await createSpace(hr, 'ORGANIZATION');
  const board = await createSpace(hr, 'MEMBERS');
  const secretImage = await uploadPng(hr, '#a22');
  await createPage(hr, board.id, 'Board minutes', `![chart](${secretImage.url})`);
  const flow = await uploadPng(hr, '#2a6');
  const root = await createPage(hr, handbook.id, 'Handbook', `Our flow: ![flow](${flow.url} "The flow")\n\nAlso [the chart](${secretImage.url}) and ![thumb](${flow.url}/thumbnail).\n\n\`\`\`\n![code](${flow.url})\n\`\`\``);
  const child = await createPage(hr, handbook.id, 'Travel', `Same flow: ![flow](${flow.url})`);
  await ok(hr, MOVE, { input: { pageId: child.id, parentId: root.id, position: 0 } });
  return { org, hr, reader, handbook, board, secretImage, flow };
}

describe('wiki export carries images (GET /wiki/spaces/:id/export.zip)', () => {
  it('puts the images the reader may open in _images/ and links them relatively; an image of a page they may not read stays out, its link as it was', async () => {
    const w = await world();
    const res = await fetchAs(w.reader, `/wiki/spaces/${w.handbook.id}/export.zip`);
    expect(res.status).toBe(200);
    const files = unzipSync(await bytesOf(res));
    const image = `_images/${w.flow.id}.png`;
    expect(Object.keys(files).sort()).toEqual([image, 'handbook.md', 'handbook/travel.md']);
    // The bytes the reader would download from /files.
    expect(Buffer.from(files[image]).equals(Buffer.from(await bytesOf(await fetchAs(w.reader, w.flow.url))))).toBe(true);
    const root = strFromU8(files['handbook.md']);
    expect(root).toContain(`Our flow: ![flow](${image} "The flow")`);
    expect(root).toContain(`![thumb](${image})`);
    expect(root).toContain(`![code](${w.flow.url})`);
    expect(strFromU8(files['handbook/travel.md'])).toContain(`Same flow: ![flow](../${image})`);
    // The board's image: the reader cannot open it, so the export does not carry it.
    expect(root).toContain(`[the chart](${w.secretImage.url})`);
    expect(Object.keys(files).some((name) => name.includes(w.secretImage.id))).toBe(false);
    // HR reads the board too: their export carries both.
    const hrFiles = unzipSync(await bytesOf(await fetchAs(w.hr, `/wiki/spaces/${w.handbook.id}/export.zip`)));
    expect(Object.keys(hrFiles).filter((name) => name.startsWith('_images/')).sort()).toEqual([`_images/${w.flow.id}.png`, `_images/${w.secretImage.id}.png`].sort());
  });
});

describe('wiki import takes images back (POST /wiki/spaces/:id/import)', () => {
  it('uploads the linked images through the upload pipeline, links the new uploads and attaches them to the pages that link them', async () => {
    const w = await world();
    const archive = await bytesOf(await fetchAs(w.reader, `/wiki/spaces/${w.handbook.id}/export.zip`));
    const target = await createSpace(w.hr, 'MEMBERS');
    const answer = await importZip(w.hr, target.id, archive);
    expect(answer.status).toBe(201);
    const uploaded = await all<{ id: string; owner_type: string; owner_id: string; mime: string; width: number }>(
      `SELECT id, owner_type, owner_id, mime, width FROM files WHERE uploader_id = $1 AND id <> ALL($2::uuid[])`, [w.hr.id, [w.flow.id, w.secretImage.id]]);
    // One upload for the one image, however many pages link it, attached to the first page saved that links it.
    expect(uploaded).toHaveLength(1);
    const [copy] = uploaded;
    const pages = await pagesIn(target.id);
    const root = pages.find((p) => p.body.startsWith('Our flow')) as { id: string; body: string };
    expect(copy).toMatchObject({ owner_type: 'wiki-page', owner_id: root.id, mime: 'image/png', width: 24 });
    expect(root.body).toContain(`Our flow: ![flow](/files/${copy.id} "The flow")`);
    expect(pages.find((p) => p.body.startsWith('Same flow'))?.body).toBe(`Same flow: ![flow](/files/${copy.id})`);
    // The new space's readers open it; the reader, outside that members-only space, does not.
    expect((await fetchAs(w.hr, `/files/${copy.id}`)).status).toBe(200);
    expect((await fetchAs(w.reader, `/files/${copy.id}`)).status).toBe(404);
  });

  it('refuses a non-image in _images/, a linked image that is not one by its bytes, and an oversize image, leaving no page and no upload', async () => {
    const w = await world();
    const target = await createSpace(w.hr, 'ORGANIZATION');
    const before = await filesOf(w.hr);
    const good = await png('#26a');

    const notAnImage = await importZip(w.hr, target.id, zip({ 'a.md': 'Hello', '_images/notes.txt': 'plain text' }));
    expect(refusal(notAnImage)).toMatchObject({ status: 400, code: 'WIKI_IMPORT_IMAGE_INVALID', file: '_images/notes.txt', reason: 'not an image' });

    // The first image is uploaded before the second is refused: the refusal takes it away again.
    const fake = await importZip(w.hr, target.id, zip({ 'a.md': '![one](_images/good.png) ![two](_images/fake.png)', '_images/good.png': new Uint8Array(good), '_images/fake.png': '<svg onload="x">' }));
    expect(refusal(fake)).toMatchObject({ status: 400, code: 'WIKI_IMPORT_IMAGE_INVALID', file: '_images/fake.png', reason: 'FILES_TYPE_NOT_ALLOWED' });

    const huge = await importZip(w.hr, target.id, zip({ 'a.md': '![big](_images/big.png)', '_images/big.png': new Uint8Array(WIKI_IMPORT_LIMITS.maxImageBytes + 1) }));
    expect(refusal(huge)).toMatchObject({ status: 400, code: 'WIKI_IMPORT_IMAGE_TOO_LARGE', file: '_images/big.png', maxBytes: WIKI_IMPORT_LIMITS.maxImageBytes });

    expect(await pagesIn(target.id)).toEqual([]);
    expect(await filesOf(w.hr)).toEqual(before);
  });
});
