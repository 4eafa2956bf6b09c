import type { INestApplication } from '@nestjs/common';
import { EventsService, unsafeHtmlFindings, XSS_CORPUS } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { all, appUrl, buildOrganization, buildTeam, buildUser, closeTestDb, codeOf, countQueries, createTestApp, gql, one, TestUser } from '@pillars/api/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { FeedsModule } from './feeds.module';

const ATTACHMENTS = `attachments { id name mime bytes url thumbnailUrl width height }`;
const CREATE = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id bodyHtml ${ATTACHMENTS} } } }`;
const UPDATE = `mutation($input: UpdatePostInput!) { updatePost(input: $input) { post { id version ${ATTACHMENTS} } } }`;
const POST = `query($id: ID!) { post(id: $id) { id ${ATTACHMENTS} } }`;
const DELETE = `mutation($id: ID!) { deletePost(id: $id) { id } }`;
const CONFIGURE = `mutation($input: TeamFeedSettingsInput!) { configureTeamFeed(input: $input) { teamId } }`;
const HOME = `query($first: Int) { homeFeed(first: $first) { edges { node { id author { id } reactionCounts { kind count } commentCount ${ATTACHMENTS} } } } }`;
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const png = () => sharp({ create: { width: 640, height: 480, channels: 3, background: '#2080c0' } }).png().toBuffer();

interface File { id: string; name: string; mime: string; bytes: number; url: string; thumbnailUrl: string | null; width: number | null; height: number | null }
interface PostResult { id: string; bodyHtml: string; attachments: File[] }

let app: INestApplication;
let uploads: string;
beforeAll(async () => {
  uploads = await mkdtemp(join(tmpdir(), 'pillars-post-files-'));
  process.env['UPLOADS_DIR'] = uploads;
  process.env['FILES_UPLOAD_LIMIT'] = '500';
  app = await createTestApp([DirectoryModule, FeedsModule]);
});
afterAll(async () => {
  await app.get(EventsService).kick();
  await app.close();
  await closeTestDb();
  await rm(uploads, { recursive: true, force: true });
});

async function upload(user: TestUser, data: Buffer, name: string): Promise<{ status: number; file?: File; code?: string }> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(data)]), name);
  const res = await fetch(`${appUrl(app)}/files`, { method: 'POST', body: form, headers: { cookie: `pillars_session=${user.token}`, 'x-pillars-csrf': '1' } });
  const body = (await res.json()) as { file?: File; errors?: { extensions: { code: string } }[] };
  return { status: res.status, file: body.file, code: body.errors?.[0]?.extensions.code };
}
const uploaded = async (user: TestUser, data: Buffer, name: string) => (await upload(user, data, name)).file as File;
const get = (user: TestUser, path: string) => fetch(`${appUrl(app)}${path}`, { headers: { cookie: `pillars_session=${user.token}` } });
async function create(user: TestUser, input: Record<string, unknown>): Promise<PostResult> {
  const res = await gql(app).as(user).send<{ createPost: { post: PostResult } }>(CREATE, { input });
  expect(res.errors).toBeUndefined();
  return res.data?.createPost.post as PostResult;
}
const statusOf = async (user: TestUser, path: string) => (await get(user, path)).status;

describe('attachments on posts', () => {
  it('attaches the author’s uploads (image with thumbnail, PDF) and serves them to readers', async () => {
    const org = await buildOrganization();
    const [ana, bo] = [await buildUser(org), await buildUser(org)];
    const image = await uploaded(ana, await png(), 'chart.png');
    const pdf = await uploaded(ana, PDF, 'report.pdf');
    const post = await create(ana, { body: 'see attached', attachmentIds: [image.id, pdf.id] });
    expect(post.attachments).toEqual([
      { id: image.id, name: 'chart.png', mime: 'image/png', bytes: image.bytes, url: `/files/${image.id}`, thumbnailUrl: `/files/${image.id}/thumbnail`, width: 640, height: 480 },
      { id: pdf.id, name: 'report.pdf', mime: 'application/pdf', bytes: PDF.length, url: `/files/${pdf.id}`, thumbnailUrl: null, width: null, height: null },
    ]);
    const read = await gql(app).as(bo).send<{ post: PostResult }>(POST, { id: post.id });
    expect(read.data?.post.attachments.map((f) => f.id)).toEqual([image.id, pdf.id]);
    for (const path of [image.url, image.thumbnailUrl as string, pdf.url]) expect(await statusOf(bo, path)).toBe(200);
  });

  it('a private team’s attachment is 404 for an outsider (file and thumbnail); deleting the post makes it 404 for everyone', async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org);
    const lead = await buildUser(org, { leadOf: [team.id] });
    const member = await buildUser(org, { teamIds: [team.id] });
    const outsider = await buildUser(org);
    const admin = await buildUser(org, { roles: ['ADMIN'] });
    expect((await gql(app).as(lead).send(CONFIGURE, { input: { teamId: team.id, visibility: 'PRIVATE' } })).errors).toBeUndefined();
    const image = await uploaded(member, await png(), 'secret-plan.png');
    const post = await create(member, { teamId: team.id, body: 'internal', attachmentIds: [image.id] });
    for (const path of [image.url, image.thumbnailUrl as string]) {
      expect(await statusOf(lead, path)).toBe(200);
      expect(await statusOf(outsider, path)).toBe(404);
      expect(await statusOf(admin, path)).toBe(404);
    }
    const missing = await statusOf(outsider, `/files/00000000-0000-4000-8000-000000000000`);
    expect(missing).toBe(404);
    expect(codeOf(await gql(app).as(outsider).send(POST, { id: post.id }))).toBe('NOT_FOUND');

    expect((await gql(app).as(member).send(DELETE, { id: post.id })).errors).toBeUndefined();
    for (const who of [member, lead]) for (const path of [image.url, image.thumbnailUrl as string]) expect(await statusOf(who, path)).toBe(404);
  });

  it('refuses files that are not the author’s own unattached uploads, or more than 10, leaving nothing written', async () => {
    const org = await buildOrganization();
    const [ana, bo] = [await buildUser(org), await buildUser(org)];
    const other = await buildUser(await buildOrganization());
    const bos = await uploaded(bo, PDF, 'bo.pdf');
    const foreign = await uploaded(other, PDF, 'x.pdf');
    const mine = await uploaded(ana, PDF, 'mine.pdf');
    const posts = async () => (await all(`SELECT id FROM posts WHERE author_id = $1`, [ana.id])).length;
    for (const ids of [[bos.id], [foreign.id], [mine.id, bos.id], ['00000000-0000-4000-8000-000000000000']]) {
      expect(codeOf(await gql(app).as(ana).send(CREATE, { input: { body: 'x', attachmentIds: ids } }))).toBe('FILES_NOT_ATTACHABLE');
    }
    expect(await posts()).toBe(0);
    expect((await one<{ owner_id: string | null }>(`SELECT owner_id FROM files WHERE id = $1`, [mine.id]))?.owner_id).toBeNull();
    // Attached once: a second post cannot take it.
    const first = await create(ana, { body: 'one', attachmentIds: [mine.id] });
    expect(codeOf(await gql(app).as(ana).send(CREATE, { input: { body: 'two', attachmentIds: [mine.id] } }))).toBe('FILES_NOT_ATTACHABLE');
    const eleven: string[] = [];
    for (let i = 0; i < 11; i++) eleven.push((await uploaded(ana, PDF, `f${i}.pdf`)).id);
    expect(codeOf(await gql(app).as(ana).send(CREATE, { input: { body: 'many', attachmentIds: eleven } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(app).as(ana).send(CREATE, { input: { body: 'bad', attachmentIds: ['not-a-uuid'] } }))).toBe('BAD_USER_INPUT');
    expect(await posts()).toBe(1);
    // An edit adds files, up to 10 in all; someone else cannot attach to my post.
    const added = await gql(app).as(ana).send<{ updatePost: { post: PostResult & { version: number } } }>(UPDATE, { input: { id: first.id, body: 'one', attachmentIds: eleven.slice(0, 9) } });
    expect(added.errors).toBeUndefined();
    expect(added.data?.updatePost.post.attachments).toHaveLength(10);
    expect(added.data?.updatePost.post.version).toBe(2);
    expect(codeOf(await gql(app).as(ana).send(UPDATE, { input: { id: first.id, body: 'one', attachmentIds: [eleven[9]] } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(app).as(bo).send(UPDATE, { input: { id: first.id, body: 'one', attachmentIds: [bos.id] } }))).toBe('FORBIDDEN');
  });

  it('keeps XSS file names as inert data: returned as stored, never in the post HTML, quoted safely on download', async () => {
    const org = await buildOrganization();
    const ana = await buildUser(org);
    const files: File[] = [];
    for (const raw of XSS_CORPUS) {
      const res = await upload(ana, PDF, `${raw}.pdf`);
      if (res.status === 201) files.push(res.file as File);
      // Names the multipart header cannot carry, or that break the text rule, are refused with a code.
      else expect(['FILES_NAME_INVALID', 'FILES_UPLOAD_MALFORMED']).toContain(res.code);
    }
    expect(files.length).toBeGreaterThan(5);
    for (let i = 0; i < files.length; i += 10) {
      const batch = files.slice(i, i + 10);
      const post = await create(ana, { body: 'names', attachmentIds: batch.map((f) => f.id) });
      expect(post.attachments.map((f) => f.name)).toEqual(batch.map((f) => f.name));
      expect(unsafeHtmlFindings(post.bodyHtml)).toEqual([]);
      expect(post.bodyHtml.trim()).toBe('<p>names</p>');
      for (const f of batch) {
        const res = await get(ana, f.url);
        expect(res.status).toBe(200);
        const disposition = res.headers.get('content-disposition') as string;
        // One quoted ASCII name (no quote or backslash can end it early) and the RFC 5987 form, nothing after.
        expect(disposition).toMatch(/^(inline|attachment); filename="[^"\\\r\n]*"; filename\*=UTF-8''[A-Za-z0-9%._~!$&+^`|-]*$/);
        expect(res.headers.get('content-security-policy')).toContain('sandbox');
      }
    }
  });

  it('batches attachments: the home feed runs the same number of statements for 20 and 100 posts', async () => {
    const org = await buildOrganization();
    const author = await buildUser(org);
    const me = await buildUser(org);
    await all(
      `INSERT INTO posts (organization_id, author_id, body, body_html, created_at)
       SELECT $1, $2, 'p' || g, '<p>p</p>', now() - g * interval '1 second' FROM generate_series(1, 120) g`,
      [org.id, author.id],
    );
    await all(
      `INSERT INTO files (organization_id, uploader_id, owner_type, owner_id, name, mime, bytes, sha256, storage_key)
       SELECT $1, $2, 'feeds.post', p.id, 'f.pdf', 'application/pdf', 10, md5(p.id::text), 'k-' || p.id || '-' || g
         FROM posts p, generate_series(1, 2) g WHERE p.organization_id = $1`,
      [org.id, author.id],
    );
    const run = (first: number) => countQueries(async () => {
      const res = await gql(app).as(me).send<{ homeFeed: { edges: { node: PostResult }[] } }>(HOME, { first });
      expect(res.errors).toBeUndefined();
      expect(res.data?.homeFeed.edges).toHaveLength(first);
      for (const e of res.data?.homeFeed.edges ?? []) expect(e.node.attachments).toHaveLength(2);
    });
    await run(5);
    expect(await run(100)).toBe(await run(20));
  });
});
