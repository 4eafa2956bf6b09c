import type { INestApplication } from '@nestjs/common';
import { DirectoryModule } from '@pillars/api/directory';
import { closeTestDb, createTestApp, gql, type TestUser } from '@pillars/api/testing';
import { WikiModule } from './wiki.module';
import { CREATE_PAGE, CREATE_SPACE } from './wiki.test-documents';

export type TestPage = { id: string; slug: string; title: string; body: string; bodyHtml: string; revisionNumber: number; [k: string]: unknown };

/**
 * A wiki spec's app (not a spec): registers `beforeAll` (a Nest app with the directory and the
 * wiki) and `afterAll` (`after`, then close the app and the database), and returns the app
 * accessor with the helpers every wiki spec makes its spaces and pages with.
 */
export function wikiTestApp(hooks: { after?: (app: INestApplication) => Promise<void> } = {}) {
  let app: INestApplication | undefined;
  const current = (): INestApplication => {
    if (!app) throw new Error('the wiki test app is not started yet');
    return app;
  };
  beforeAll(async () => {
    app = await createTestApp([DirectoryModule, WikiModule]);
  });
  afterAll(async () => {
    await hooks.after?.(current());
    await current().close();
    await closeTestDb();
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

  return { app: current, ok, createSpace, space, page };
}
