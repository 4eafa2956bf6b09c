import type { INestApplication } from '@nestjs/common';
import { DirectoryModule } from '@pillars/api/directory';
import { FilesModule } from '@pillars/api/files';
import { addMember, all, appUrl, buildOrganization, buildTeam, buildUser, closeTestDb, createTestApp, gql, type TestUser } from '@pillars/api/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { WikiModule } from './wiki.module';
import { CREATE_PAGE, CREATE_SPACE, SAVE_PAGE } from './wiki.test-documents';

// A page's images belong to the page: attached on save (so they outlive the one-day purge of
// unattached uploads) and readable by whoever may read the page, and by nobody else.
let app: INestApplication;
let uploads: string;
beforeAll(async () => {
  uploads = await mkdtemp(join(tmpdir(), 'pillars-wiki-images-'));
  process.env['UPLOADS_DIR'] = uploads;
  app = await createTestApp([DirectoryModule, FilesModule, WikiModule]);
});
afterAll(async () => {
  await app.close();
  await closeTestDb();
  await rm(uploads, { recursive: true, force: true });
});

const ok = async <T>(actor: TestUser, query: string, variables: Record<string, unknown>): Promise<T> => {
  const res = await gql(app).as(actor).send<T>(query, variables);
  expect(res.errors).toBeUndefined();
  return res.data as T;
};
async function uploadPng(user: TestUser): Promise<{ id: string; url: string }> {
  const form = new FormData();
  const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#2a6' } }).png().toBuffer();
  form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'diagram.png');
  const res = await fetch(`${appUrl(app)}/files`, { method: 'POST', body: form, headers: { cookie: `pillars_session=${user.token}`, 'x-pillars-csrf': '1' } });
  expect(res.status).toBe(201);
  return ((await res.json()) as { file: { id: string; url: string } }).file;
}
const fetchAs = (user: TestUser, path: string) => fetch(`${appUrl(app)}${path}`, { headers: { cookie: `pillars_session=${user.token}` } });

describe('wiki page images', () => {
  it('attaches the author’s uploads a save links to the page; the page’s readers may open them, outsiders may not', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const team = await buildTeam(org, { name: 'Legal' });
    const insider = await buildUser(org);
    const outsider = await buildUser(org);
    await addMember(team, insider.id);
    const space = (await ok<{ createWikiSpace: { space: { id: string } } }>(hr, CREATE_SPACE, { input: { name: 'Legal', key: `img-${Date.now().toString(36)}`, visibility: 'TEAM', teamId: team.id, outsiderAccess: 'NONE' } })).createWikiSpace.space;
    const first = await uploadPng(hr);
    const page = (await ok<{ createWikiPage: { page: { id: string; revisionNumber: number } } }>(hr, CREATE_PAGE, { input: { spaceId: space.id, title: 'Contract flow', body: `![flow](${first.url})` } })).createWikiPage.page;
    const second = await uploadPng(hr);
    const theirs = await uploadPng(insider);
    await ok(hr, SAVE_PAGE, { input: { pageId: page.id, baseRevision: page.revisionNumber, title: 'Contract flow', language: 'en', body: `![flow](${first.url})\n\n![step 2](${second.url})\n\n![not mine](${theirs.url})` } });

    const owners = await all<{ id: string; owner_type: string | null; owner_id: string | null }>(`SELECT id, owner_type, owner_id FROM files WHERE id = ANY($1::uuid[])`, [[first.id, second.id, theirs.id]]);
    const ownerOf = (id: string) => owners.find((o) => o.id === id);
    expect(ownerOf(first.id)).toMatchObject({ owner_type: 'wiki-page', owner_id: page.id });
    expect(ownerOf(second.id)).toMatchObject({ owner_type: 'wiki-page', owner_id: page.id });
    // Someone else's upload linked in the body is left alone (still theirs, still unattached).
    expect(ownerOf(theirs.id)).toMatchObject({ owner_type: null, owner_id: null });

    expect((await fetchAs(insider, first.url)).status).toBe(200);
    expect((await fetchAs(insider, second.url)).status).toBe(200);
    expect((await fetchAs(outsider, first.url)).status).toBe(404);
    expect((await fetchAs(await buildUser(await buildOrganization()), second.url)).status).toBe(404);
  });
});
