import type { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { DirectoryModule } from '@pillars/api/directory';
import { appUrl, closeTestDb, createTestApp, gql, type TestUser } from '@pillars/api/testing';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { WikiModule } from './wiki.module';
import { CREATE_PAGE, CREATE_SPACE } from './wiki.test-documents';

export type TestPage = { id: string; slug: string; title: string; body: string; bodyHtml: string; revisionNumber: number; [k: string]: unknown };

/**
 * A wiki spec's app (not a spec): registers `beforeAll` (a Nest app with the directory, the wiki
 * and `modules`) and `afterAll` (`after`, then close the app and the database), and returns the
 * app accessor with the helpers every wiki spec makes its spaces and pages with. With `uploads`
 * (a folder-name prefix) uploads go to a fresh temporary folder, removed afterwards; the specs
 * that upload pass the files module in `modules` (the wiki itself never imports it).
 */
export function wikiTestApp(hooks: { after?: (app: INestApplication) => Promise<void>; modules?: (Type | DynamicModule)[]; uploads?: string } = {}) {
  let app: INestApplication | undefined;
  let uploads: string | undefined;
  const current = (): INestApplication => {
    if (!app) throw new Error('the wiki test app is not started yet');
    return app;
  };
  beforeAll(async () => {
    if (hooks.uploads) {
      uploads = await mkdtemp(join(tmpdir(), hooks.uploads));
      process.env['UPLOADS_DIR'] = uploads;
    }
    app = await createTestApp([DirectoryModule, WikiModule, ...(hooks.modules ?? [])]);
  });
  afterAll(async () => {
    await hooks.after?.(current());
    await current().close();
    await closeTestDb();
    if (uploads) await rm(uploads, { recursive: true, force: true });
  });

  /** A query or mutation that must succeed; its data. */
  const ok = async <T>(actor: TestUser, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await gql(current()).as(actor).send<T>(query, variables);
    expect(res.errors).toBeUndefined();
    return res.data as T;
  };
  let keys = 0;
  /** A new space (organisation-wide unless `extra` says otherwise) with a key no other spec uses. */
  const createSpace = async (hr: TestUser, extra: Record<string, unknown> = {}): Promise<{ id: string; key: string }> =>
    (await ok<{ createWikiSpace: { space: { id: string; key: string } } }>(hr, CREATE_SPACE, { input: { name: 'Handbook', key: `sp-${Date.now().toString(36)}-${keys++}`, visibility: 'ORGANIZATION', ...extra } })).createWikiSpace.space;
  const space = async (hr: TestUser, extra: Record<string, unknown> = {}): Promise<string> => (await createSpace(hr, extra)).id;
  /** A new page in English (extra: more of CreateWikiPageInput). */
  const page = async (actor: TestUser, spaceId: string, title: string, body = 'Text', extra: Record<string, unknown> = {}): Promise<TestPage> =>
    (await ok<{ createWikiPage: { page: TestPage } }>(actor, CREATE_PAGE, { input: { spaceId, title, body, language: 'en', ...extra } })).createWikiPage.page;

  /** A GET (or `init`) with `user`'s session, beside GraphQL (downloads, files). */
  const fetchAs = (user: TestUser, path: string, init: RequestInit = {}) =>
    fetch(`${appUrl(current())}${path}`, { ...init, headers: { cookie: `pillars_session=${user.token}`, ...(init.body ? { 'x-pillars-csrf': '1' } : {}), ...init.headers } });
  /** A small real PNG. */
  const png = (background = '#2a6') => sharp({ create: { width: 24, height: 16, channels: 3, background } }).png().toBuffer();
  /** Uploads a PNG as `user` through `POST /files`; the new file's id and URL. */
  const uploadPng = async (user: TestUser, background = '#2a6'): Promise<{ id: string; url: string }> => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await png(background))], { type: 'image/png' }), 'diagram.png');
    const res = await fetchAs(user, '/files', { method: 'POST', body: form });
    expect(res.status).toBe(201);
    return ((await res.json()) as { file: { id: string; url: string } }).file;
  };

  return { app: current, ok, createSpace, space, page, fetchAs, png, uploadPng };
}
