import type { INestApplication } from '@nestjs/common';
import { all, appUrl, buildOrganization, buildUser, closeTestDb, codeOf, createTestApp, gql, type GqlResponse, one, type TestUser } from '@pillars/api/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { DOMAIN_MODULES } from '../app/app.module';

/** Profile photos (issue 14): the directory's mutations over the files domain's uploads. */
let app: INestApplication;
let uploads: string;
beforeAll(async () => {
  uploads = await mkdtemp(join(tmpdir(), 'pillars-photos-'));
  process.env['UPLOADS_DIR'] = uploads;
  app = await createTestApp(DOMAIN_MODULES);
});
afterAll(async () => {
  await app.close();
  await closeTestDb();
  await rm(uploads, { recursive: true, force: true });
});

const SET = `mutation($input: SetMyPhotoInput!) { setMyPhoto(input: $input) { user { id initials photoUrl photoThumbnailUrl } } }`;
const REMOVE = `mutation { removeMyPhoto { user { id initials photoUrl photoThumbnailUrl } } }`;
type Photo = { setMyPhoto: { user: { photoUrl: string | null; photoThumbnailUrl: string | null; initials: string } } };

async function upload(user: TestUser, data: Buffer, name: string): Promise<{ id: string; width: number; height: number }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), name);
  const res = await fetch(`${appUrl(app)}/files`, { method: 'POST', body: form, headers: { cookie: `pillars_session=${user.token}`, 'x-pillars-csrf': '1' } });
  expect(res.status).toBe(201);
  return ((await res.json()) as { file: { id: string; width: number; height: number } }).file;
}
const bytesOf = async (user: TestUser, path: string) => {
  const res = await fetch(`${appUrl(app)}${path}`, { headers: { cookie: `pillars_session=${user.token}` } });
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
};

/**
 * 300 × 200 as stored, EXIF orientation 6 (shown turned a quarter, 200 × 300), with GPS and a
 * camera name: left half red, right half blue as stored, so upright the top is red.
 */
const phonePhoto = async () => {
  const half = (c: string) => sharp({ create: { width: 150, height: 200, channels: 3, background: c } }).png().toBuffer();
  return sharp({ create: { width: 300, height: 200, channels: 3, background: '#000' } })
    .composite([{ input: await half('#ff0000'), left: 0, top: 0 }, { input: await half('#0000ff'), left: 150, top: 0 }])
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExifMerge({ IFD0: { Make: 'SpyCam', Model: 'X1' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '45/1 27/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '9/1 11/1 0/1' } })
    .toBuffer();
};

const pixel = async (data: Buffer, x: number, y: number) => {
  const { data: raw, info } = await sharp(data).raw().toBuffer({ resolveWithObject: true });
  const i = (y * info.width + x) * info.channels;
  return [raw[i], raw[i + 1], raw[i + 2]];
};

describe('profile photo', () => {
  it('crops the upright square asked for, re-encodes 512 px and 128 px with every EXIF field gone, and shows it to colleagues', async () => {
    const org = await buildOrganization();
    const me = await buildUser(org, { name: 'سارة الخطيب' });
    const colleague = await buildUser(org);
    const original = await phonePhoto();
    expect(await sharp(original).metadata()).toMatchObject({ orientation: 6, exif: expect.any(Buffer) });
    expect(original.includes(Buffer.from('SpyCam'))).toBe(true);
    const file = await upload(me, original, 'me.jpg');
    expect([file.width, file.height]).toEqual([200, 300]);
    // The top square of the upright photo: the red half.
    const res = await gql(app).as(me).send<Photo>(SET, { input: { fileId: file.id, crop: { x: 0, y: 0, size: 200 } } });
    expect(res.errors).toBeUndefined();
    const user = res.data?.setMyPhoto.user;
    expect(user?.initials).toBe('سخ');
    const big = await bytesOf(colleague, user?.photoUrl as string);
    expect([big.status, big.type]).toEqual([200, 'image/jpeg']);
    const meta = await sharp(big.bytes).metadata();
    expect(meta).toMatchObject({ format: 'jpeg', width: 512, height: 512 });
    expect(meta.exif).toBeUndefined();
    expect(meta.orientation).toBeUndefined();
    expect(big.bytes.includes(Buffer.from('SpyCam'))).toBe(false);
    expect(big.bytes.includes(Buffer.from('Exif'))).toBe(false);
    const [r, , b] = await pixel(big.bytes, 256, 256);
    expect(r).toBeGreaterThan(200);
    expect(b).toBeLessThan(60);
    const small = await bytesOf(colleague, user?.photoThumbnailUrl as string);
    expect(await sharp(small.bytes).metadata()).toMatchObject({ format: 'webp', width: 128, height: 128 });
    expect((await sharp(small.bytes).metadata()).exif).toBeUndefined();
    // Someone of another organisation does not get it.
    const stranger = await buildUser(await buildOrganization());
    expect((await bytesOf(stranger, user?.photoUrl as string)).status).toBe(404);
  });

  it('takes the centred square without a crop, replaces the previous photo, and falls back to initials when removed', async () => {
    const org = await buildOrganization();
    const me = await buildUser(org, { name: 'Dana Levi' });
    const first = await gql(app).as(me).send<Photo>(SET, { input: { fileId: (await upload(me, await phonePhoto(), 'a.jpg')).id } });
    const firstUrl = first.data?.setMyPhoto.user.photoUrl as string;
    const [r, , b] = await pixel((await bytesOf(me, firstUrl)).bytes, 256, 10);
    // Centred in 200 × 300: rows 50–250, whose top is still red.
    expect([r > 200, b < 60]).toEqual([true, true]);
    const second = await gql(app).as(me).send<Photo>(SET, { input: { fileId: (await upload(me, await phonePhoto(), 'b.jpg')).id, crop: { x: 0, y: 100, size: 200 } } });
    const secondUrl = second.data?.setMyPhoto.user.photoUrl as string;
    expect(secondUrl).not.toBe(firstUrl);
    // The old photo is detached (purged with the unattached uploads), only the new one belongs to the person.
    expect(await all(`SELECT id FROM files WHERE owner_type = 'user-photo' AND owner_id = $1`, [me.id])).toEqual([{ id: secondUrl.split('/')[2] }]);
    const removed = await gql(app).as(me).send<{ removeMyPhoto: Photo['setMyPhoto'] }>(REMOVE);
    expect(removed.data?.removeMyPhoto.user).toMatchObject({ photoUrl: null, photoThumbnailUrl: null, initials: 'DL' });
    expect(await one(`SELECT photo_file_id FROM users WHERE id = $1`, [me.id])).toEqual({ photo_file_id: null });
    expect(await all(`SELECT id FROM files WHERE owner_type = 'user-photo' AND owner_id = $1`, [me.id])).toEqual([]);
  });

  it('refuses a PDF, a crop outside the image, someone else’s upload and an attached file, changing nothing', async () => {
    const org = await buildOrganization();
    const me = await buildUser(org);
    const other = await buildUser(org);
    const pdf = await upload(me, Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'), 'cv.pdf');
    expect(codeOf(await gql(app).as(me).send(SET, { input: { fileId: pdf.id } }))).toBe('FILES_NOT_AN_IMAGE');
    const photo = await upload(me, await phonePhoto(), 'me.jpg');
    const outside: GqlResponse = await gql(app).as(me).send(SET, { input: { fileId: photo.id, crop: { x: 50, y: 0, size: 200 } } });
    expect([codeOf(outside), outside.errors?.[0].extensions?.fields]).toEqual(['BAD_USER_INPUT', [{ field: 'crop', rule: 'withinImage' }]]);
    expect(codeOf(await gql(app).as(me).send(SET, { input: { fileId: photo.id, crop: { x: 0, y: 0, size: 8 } } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(app).as(other).send(SET, { input: { fileId: photo.id } }))).toBe('FILES_NOT_ATTACHABLE');
    expect(await one(`SELECT photo_file_id FROM users WHERE id = $1`, [other.id])).toEqual({ photo_file_id: null });
    const set = await gql(app).as(me).send<Photo>(SET, { input: { fileId: photo.id } });
    const attached = (set.data?.setMyPhoto.user.photoUrl as string).split('/')[2];
    expect(codeOf(await gql(app).as(me).send(SET, { input: { fileId: attached } }))).toBe('FILES_NOT_ATTACHABLE');
    expect(await one(`SELECT photo_file_id FROM users WHERE id = $1`, [me.id])).toEqual({ photo_file_id: attached });
  });
});
