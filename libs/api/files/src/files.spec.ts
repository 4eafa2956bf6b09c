import type { INestApplication } from '@nestjs/common';
import { Actor, Db } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { all, appUrl, buildOrganization, buildUser, closeTestDb, codeOf, createTestApp, gql, one, TestUser } from '@pillars/api/testing';
import { LIMITS } from '@pillars/shared/validation';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { FileAccess } from './file-access';
import { FilesModule } from './files.module';
import { FilesService } from './files.service';

let app: INestApplication;
let uploads: string;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const visibleTo = new Set<string>();

beforeAll(async () => {
  uploads = await mkdtemp(join(tmpdir(), 'pillars-uploads-'));
  process.env['UPLOADS_DIR'] = uploads;
  process.env['FILES_UPLOAD_LIMIT'] = '25';
  app = await createTestApp([DirectoryModule, FilesModule]);
  app.get(FileAccess).register('test.thing', async (actor, ids) => new Set(visibleTo.has(actor.userId) ? ids : []));
});
afterAll(async () => {
  await app.close();
  await closeTestDb();
  await rm(uploads, { recursive: true, force: true });
});

interface Uploaded { id: string; name: string; mime: string; bytes: number; width: number | null; height: number | null; url: string; thumbnailUrl: string | null }
interface UploadResult { status: number; body: { file?: Uploaded; errors?: { extensions: { code: string; [k: string]: unknown } }[] } }

async function upload(user: TestUser | null, data: Buffer, name: string, o: { type?: string; csrf?: boolean; origin?: string } = {}): Promise<UploadResult> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)], { type: o.type ?? 'application/octet-stream' }), name);
  const res = await fetch(`${appUrl(app)}/files`, {
    method: 'POST',
    body: form,
    headers: { ...(user ? { cookie: `pillars_session=${user.token}` } : {}), ...(o.csrf === false ? {} : { 'x-pillars-csrf': '1' }), ...(o.origin ? { origin: o.origin } : {}) },
  });
  return { status: res.status, body: (await res.json()) as UploadResult['body'] };
}
const get = (user: TestUser | null, path: string, headers: Record<string, string> = {}) =>
  fetch(`${appUrl(app)}${path}`, { headers: { ...(user ? { cookie: `pillars_session=${user.token}` } : {}), ...headers } });
const storedFiles = async (): Promise<string[]> => (await readdir(uploads, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
const rowsOf = (userId: string) => all<{ id: string }>(`SELECT id FROM files WHERE uploader_id = $1`, [userId]);
const actorOf = (u: TestUser) => new Actor(u.id, u.organizationId, [], 'test');

const jpegWithGps = () =>
  sharp({ create: { width: 800, height: 600, channels: 3, background: '#3070a0' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'SpyCam', Model: 'X1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '45/1 27/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '9/1 11/1 0/1' } })
    .toBuffer();
const png = (w = 32, h = 24) => sharp({ create: { width: w, height: h, channels: 4, background: '#ff000080' } }).png().toBuffer();

describe('upload', () => {
  it('stores a JPEG re-encoded without its EXIF/GPS metadata, with a 400 px WebP thumbnail', async () => {
    const user = await buildUser(await buildOrganization());
    const original = await jpegWithGps();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const res = await upload(user, original, 'holiday.jpg', { type: 'image/jpeg' });
    expect(res.status).toBe(201);
    expect(res.body.file).toMatchObject({ name: 'holiday.jpg', mime: 'image/jpeg', width: 800, height: 600, url: `/files/${res.body.file?.id}` });
    const file = await get(user, res.body.file?.url as string);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/jpeg');
    expect(file.headers.get('x-content-type-options')).toBe('nosniff');
    expect(file.headers.get('content-disposition')).toMatch(/^inline; filename="holiday.jpg"/);
    expect(file.headers.get('cache-control')).toMatch(/private/);
    const stored = Buffer.from(await file.arrayBuffer());
    const meta = await sharp(stored).metadata();
    expect(meta.exif).toBeUndefined();
    expect(stored.includes(Buffer.from('SpyCam'))).toBe(false);
    const thumb = await get(user, res.body.file?.thumbnailUrl as string);
    expect(thumb.headers.get('content-type')).toBe('image/webp');
    const thumbMeta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    expect(thumbMeta).toMatchObject({ format: 'webp', width: 400, height: 300 });
  });

  it('stores a PNG and a PDF, the PDF as is and served as an attachment', async () => {
    const user = await buildUser(await buildOrganization());
    const image = await upload(user, await png(), 'chart.png');
    expect(image.status).toBe(201);
    expect(image.body.file).toMatchObject({ mime: 'image/png', width: 32, height: 24 });
    const pdf = await upload(user, PDF, 'report.pdf', { type: 'text/html' });
    expect(pdf.status).toBe(201);
    expect(pdf.body.file).toMatchObject({ mime: 'application/pdf', bytes: PDF.length, width: null, thumbnailUrl: null });
    const res = await get(user, pdf.body.file?.url as string);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    const etag = res.headers.get('etag') as string;
    expect((await get(user, pdf.body.file?.url as string, { 'if-none-match': etag })).status).toBe(304);
    expect((await get(user, `${pdf.body.file?.url}/thumbnail`)).status).toBe(404);
  });

  it('keeps an animated GIF’s frames (one frame’s size reported), thumbnails its first frame, and takes WebP', async () => {
    const user = await buildUser(await buildOrganization());
    const frame = (c: string) => sharp({ create: { width: 60, height: 40, channels: 3, background: c } }).png().toBuffer();
    const gif = await sharp([await frame('#f00'), await frame('#00f'), await frame('#0f0')], { join: { animated: true } }).gif().toBuffer();
    const res = await upload(user, gif, 'spin.gif');
    expect(res.body.file).toMatchObject({ mime: 'image/gif', width: 60, height: 40 });
    const stored = Buffer.from(await (await get(user, res.body.file?.url as string)).arrayBuffer());
    expect((await sharp(stored, { animated: true }).metadata()).pages).toBe(3);
    const thumb = Buffer.from(await (await get(user, res.body.file?.thumbnailUrl as string)).arrayBuffer());
    expect(await sharp(thumb).metadata()).toMatchObject({ format: 'webp', width: 60, height: 40 });
    const webp = await upload(user, await sharp(await png()).webp().toBuffer(), 'w.webp');
    expect(webp.body.file).toMatchObject({ mime: 'image/webp', width: 32, height: 24 });
  });

  it('refuses a JPEG whose header is right but whose data is not with FILES_IMAGE_UNREADABLE', async () => {
    const user = await buildUser(await buildOrganization());
    const broken = Buffer.concat([(await jpegWithGps()).subarray(0, 400), Buffer.alloc(2000, 0x41)]);
    const res = await upload(user, broken, 'broken.jpg');
    expect([res.status, res.body.errors?.[0].extensions.code]).toEqual([400, 'FILES_IMAGE_UNREADABLE']);
    expect(await rowsOf(user.id)).toHaveLength(0);
  });

  it.each([
    ['HTML named .jpg', Buffer.from('<!doctype html><script>alert(1)</script>'), 'cat.jpg', 'image/jpeg'],
    ['SVG', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script></svg>'), 'logo.svg', 'image/svg+xml'],
    ['a ZIP', Buffer.from('504b0304140000000800', 'hex'), 'doc.pdf', 'application/pdf'],
  ])('refuses %s by its content with FILES_TYPE_NOT_ALLOWED and stores nothing', async (_label, data, name, type) => {
    const user = await buildUser(await buildOrganization());
    const res = await upload(user, data, name, { type });
    expect(res.status).toBe(415);
    expect(res.body.errors?.[0].extensions.code).toBe('FILES_TYPE_NOT_ALLOWED');
    expect(await rowsOf(user.id)).toHaveLength(0);
  });

  it('refuses more than 10 MB with 413 in the GraphQL error shape, leaving no row and nothing on disk', async () => {
    const user = await buildUser(await buildOrganization());
    const before = await storedFiles();
    // A real PNG header, so only the size can be what refuses it.
    const big = Buffer.concat([await png(), Buffer.alloc(LIMITS.uploadBytes)]);
    const res = await upload(user, big, 'big.png');
    expect(res.status).toBe(413);
    expect(res.body.errors?.[0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', maxBytes: LIMITS.uploadBytes });
    expect(await rowsOf(user.id)).toHaveLength(0);
    expect(await storedFiles()).toEqual(before);
  });

  it('refuses a decompression bomb (more pixels than allowed) with FILES_IMAGE_TOO_LARGE', async () => {
    const user = await buildUser(await buildOrganization());
    const bomb = await sharp({ create: { width: 10_000, height: 6_000, channels: 3, background: '#000' } }).png({ compressionLevel: 9 }).toBuffer();
    expect(bomb.length).toBeLessThan(LIMITS.uploadBytes);
    const res = await upload(user, bomb, 'bomb.png');
    expect(res.body.errors?.[0].extensions.code).toBe('FILES_IMAGE_TOO_LARGE');
    expect(await rowsOf(user.id)).toHaveLength(0);
  });

  it('answers an unsigned upload 401 UNAUTHENTICATED and one without the CSRF header or from another origin 403', async () => {
    const user = await buildUser(await buildOrganization());
    const unsigned = await upload(null, PDF, 'a.pdf');
    expect(unsigned.status).toBe(401);
    expect(unsigned.body.errors?.[0].extensions.code).toBe('UNAUTHENTICATED');
    const noHeader = await upload(user, PDF, 'a.pdf', { csrf: false });
    expect([noHeader.status, noHeader.body.errors?.[0].extensions.code]).toEqual([403, 'FILES_CSRF_REFUSED']);
    const foreign = await upload(user, PDF, 'a.pdf', { origin: 'https://evil.example' });
    expect([foreign.status, foreign.body.errors?.[0].extensions.code]).toEqual([403, 'FILES_CSRF_REFUSED']);
    expect(await rowsOf(user.id)).toHaveLength(0);
  });

  it('answers malformed multipart with 400 FILES_UPLOAD_MALFORMED', async () => {
    const user = await buildUser(await buildOrganization());
    const send = (body: string, type: string) =>
      fetch(`${appUrl(app)}/files`, { method: 'POST', body, headers: { cookie: `pillars_session=${user.token}`, 'x-pillars-csrf': '1', 'content-type': type } });
    const truncated = await send('--xyz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.4 and then noth', 'multipart/form-data; boundary=xyz');
    expect(truncated.status).toBe(400);
    expect(((await truncated.json()) as UploadResult['body']).errors?.[0].extensions.code).toBe('FILES_UPLOAD_MALFORMED');
    const noBoundary = await send('hello', 'multipart/form-data');
    expect(noBoundary.status).toBe(400);
    const noFile = await send('--xyz\r\nContent-Disposition: form-data; name="note"\r\n\r\nhi\r\n--xyz--\r\n', 'multipart/form-data; boundary=xyz');
    expect(((await noFile.json()) as UploadResult['body']).errors?.[0].extensions.code).toBe('FILES_UPLOAD_MALFORMED');
  });

  it('handles hostile file names: path segments dropped, markup kept as text, NUL and bidi controls refused', async () => {
    const user = await buildUser(await buildOrganization());
    const traversal = await upload(user, PDF, '../../etc/passwd');
    expect(traversal.body.file?.name).toBe('passwd');
    const windows = await upload(user, PDF, '..\\..\\boot.ini');
    expect(windows.body.file?.name).toBe('boot.ini');
    const markup = await upload(user, PDF, '<script>alert(1)</script>.pdf');
    expect(markup.body.file?.name).toBe('script>.pdf');
    const res = await get(user, markup.body.file?.url as string);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="script>.pdf"; filename*=UTF-8''script%3E.pdf`);
    const dots = await upload(user, PDF, '..');
    expect(dots.body.file?.name).toBe('upload.pdf');
    for (const name of ['invoice\u202Efdp.exe', 'a\u2066b.pdf', 'x'.repeat(201)]) {
      const refused = await upload(user, PDF, name);
      expect([name, refused.status, refused.body.errors?.[0].extensions.code]).toEqual([name, 400, 'FILES_NAME_INVALID']);
    }
    // A raw NUL breaks the part header itself; a percent-encoded one reaches the name rule.
    expect((await upload(user, PDF, 'a\u0000.pdf')).body.errors?.[0].extensions.code).toBe('FILES_UPLOAD_MALFORMED');
    const encodedNul = await fetch(`${appUrl(app)}/files`, {
      method: 'POST',
      headers: { cookie: `pillars_session=${user.token}`, 'x-pillars-csrf': '1', 'content-type': 'multipart/form-data; boundary=b' },
      body: Buffer.concat([Buffer.from(`--b\r\nContent-Disposition: form-data; name="file"; filename*=UTF-8''a%00.pdf\r\n\r\n`), PDF, Buffer.from('\r\n--b--\r\n')]),
    });
    expect([encodedNul.status, ((await encodedNul.json()) as UploadResult['body']).errors?.[0].extensions]).toEqual([400, { code: 'FILES_NAME_INVALID', rule: 'nul', max: 200 }]);
    const arabic = await upload(user, PDF, 'تقرير.pdf');
    expect(arabic.body.file?.name).toBe('تقرير.pdf');
    expect((await get(user, arabic.body.file?.url as string)).headers.get('content-disposition')).toContain(`filename*=UTF-8''${encodeURIComponent('تقرير.pdf')}`);
    expect(await rowsOf(user.id)).toHaveLength(5);
  });

  it('rate-limits uploads per user with RATE_LIMITED', async () => {
    const [user, other] = await Promise.all([buildOrganization().then((o) => buildUser(o)), buildOrganization().then((o) => buildUser(o))]);
    const statuses: number[] = [];
    for (let i = 0; i < 26; i++) statuses.push((await upload(user, Buffer.from('x'), 'x.txt')).status);
    expect(statuses.slice(0, 25).every((s) => s === 415)).toBe(true);
    const limited = await upload(user, PDF, 'a.pdf');
    expect([limited.status, limited.body.errors?.[0].extensions.code]).toEqual([429, 'RATE_LIMITED']);
    expect((await upload(other, PDF, 'a.pdf')).status).toBe(201);
  });
});

describe('access', () => {
  it('serves an unattached upload to its uploader only; 404 for anyone else, another organisation and unknown ids', async () => {
    const org = await buildOrganization();
    const [uploader, colleague] = [await buildUser(org), await buildUser(org)];
    const outsider = await buildUser(await buildOrganization());
    const file = (await upload(uploader, await png(), 'p.png')).body.file as Uploaded;
    expect((await get(uploader, file.url)).status).toBe(200);
    for (const who of [colleague, outsider]) {
      const res = await get(who, file.url);
      expect(res.status).toBe(404);
      expect(((await res.json()) as UploadResult['body']).errors?.[0].extensions.code).toBe('NOT_FOUND');
      expect((await get(who, file.thumbnailUrl as string)).status).toBe(404);
    }
    expect((await get(uploader, '/files/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await get(uploader, '/files/not-a-uuid')).status).toBe(404);
    expect((await get(null, file.url)).status).toBe(401);
    const q = `query($id: ID!) { file(id: $id) { id name mime url thumbnailUrl width } }`;
    expect((await gql(app).as(uploader).send<{ file: Uploaded }>(q, { id: file.id })).data?.file).toMatchObject({ id: file.id, width: 32 });
    expect(codeOf(await gql(app).as(colleague).send(q, { id: file.id }))).toBe('NOT_FOUND');
  });

  it('attaches only the actor’s own unattached files, then asks the owner’s domain who may read', async () => {
    const org = await buildOrganization();
    const [uploader, reader, stranger] = [await buildUser(org), await buildUser(org), await buildUser(org)];
    const outsider = await buildUser(await buildOrganization());
    const mine = (await upload(uploader, PDF, 'a.pdf')).body.file as Uploaded;
    const theirs = (await upload(reader, PDF, 'b.pdf')).body.file as Uploaded;
    const files = app.get(FilesService);
    const db = app.get(Db);
    const owner = { ownerType: 'test.thing', ownerId: '11111111-1111-4111-8111-111111111111' };
    await expect(db.transaction((tx) => files.attach(tx, actorOf(uploader), [mine.id, theirs.id], owner))).rejects.toMatchObject({ code: 'FILES_NOT_ATTACHABLE' });
    expect(await one(`SELECT owner_id FROM files WHERE id = $1`, [mine.id])).toEqual({ owner_id: null });
    await expect(db.transaction((tx) => files.attach(tx, actorOf(outsider), [mine.id], owner))).rejects.toMatchObject({ code: 'FILES_NOT_ATTACHABLE' });
    const attached = await db.transaction((tx) => files.attach(tx, actorOf(uploader), [mine.id], owner));
    expect(attached.map((f) => f.id)).toEqual([mine.id]);
    await expect(db.transaction((tx) => files.attach(tx, actorOf(uploader), [mine.id], owner))).rejects.toMatchObject({ code: 'FILES_NOT_ATTACHABLE' });
    visibleTo.add(reader.id);
    expect((await get(reader, mine.url)).status).toBe(200);
    for (const who of [stranger, outsider, uploader]) expect((await get(who, mine.url)).status).toBe(404);
    expect((await files.filesOfOwners(org.id, 'test.thing', [owner.ownerId])).get(owner.ownerId)?.map((f) => f.id)).toEqual([mine.id]);
  });

  it('purges unattached uploads older than a day, rows and bytes, and keeps attached ones', async () => {
    const org = await buildOrganization();
    const user = await buildUser(org);
    const old = (await upload(user, await png(), 'old.png')).body.file as Uploaded;
    const kept = (await upload(user, PDF, 'kept.pdf')).body.file as Uploaded;
    const files = app.get(FilesService);
    await app.get(Db).transaction((tx) => files.attach(tx, actorOf(user), [kept.id], { ownerType: 'test.thing', ownerId: kept.id }));
    await all(`UPDATE files SET created_at = now() - interval '25 hours' WHERE id = ANY($1::uuid[])`, [[old.id, kept.id]]);
    const keys = await one<{ storage_key: string; thumbnail_key: string }>(`SELECT storage_key, thumbnail_key FROM files WHERE id = $1`, [old.id]);
    const onDisk = (await storedFiles()).map((p) => p.split('/').pop());
    expect(onDisk).toEqual(expect.arrayContaining([keys?.storage_key, keys?.thumbnail_key]));
    expect(await files.purgeUnattached()).toBeGreaterThanOrEqual(1);
    expect(await all(`SELECT id FROM files WHERE id = ANY($1::uuid[])`, [[old.id, kept.id]])).toEqual([{ id: kept.id }]);
    const after = (await storedFiles()).map((p) => p.split('/').pop());
    expect(after).not.toContain(keys?.storage_key);
    expect(after).not.toContain(keys?.thumbnail_key);
  });
});
