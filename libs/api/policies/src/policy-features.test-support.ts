import type { INestApplication } from '@nestjs/common';
import { EventsService } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { closeTestDb, createTestApp, gql, type TestUser } from '@pillars/api/testing';
import { PoliciesModule } from './policies.module';
import { PolicyFanoutJobs } from './policy-fanout.jobs';
import { CREATE, DRAFT, PUBLISH } from './policies.test-documents';

/**
 * A policies spec's app: registers `beforeAll` (a Nest app with the directory and policies, after
 * `before`) and `afterAll` (drain the outbox and fan-out, `after`, close the app and the database),
 * and returns the app accessor with the kit below.
 */
export function policiesTestApp(hooks: { before?: () => void | Promise<void>; after?: (app: INestApplication) => Promise<void> } = {}) {
  let app: INestApplication | undefined;
  const current = (): INestApplication => {
    if (!app) throw new Error('the policies test app is not started yet');
    return app;
  };
  const kit = policyTestKit(current);
  beforeAll(async () => {
    await hooks.before?.();
    app = await createTestApp([DirectoryModule, PoliciesModule]);
  });
  afterAll(async () => {
    await kit.drain();
    await hooks.after?.(current());
    await current().close();
    await closeTestDb();
  });
  return { app: current, kit };
}

/** Helpers for the specs of quizzes, schedules, the gate, reminders, diffs and reviews (not a spec). */
export function policyTestKit(app: () => INestApplication) {
  const drain = async (): Promise<void> => {
    for (let i = 0; i < 4; i++) {
      await app().get(EventsService).kick();
      await app().get(PolicyFanoutJobs).settled();
    }
  };
  const ok = async <T>(actor: TestUser, query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const res = await gql(app()).as(actor).send<T>(query, variables);
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    return res.data as T;
  };
  const body = (language: string, text: string) => ({ language, title: `Code (${language})`, body: text, acknowledgementText: `I agree (${language}).` });
  const everyone = { rules: { include: [{ kind: 'ALL' }] } };
  const createPolicy = async (hr: TestUser, title = 'Code of Conduct'): Promise<string> =>
    (await ok<{ createPolicy: { policy: { id: string } } }>(hr, CREATE, { input: { kind: 'POLICY', category: 'Code of conduct', title } })).createPolicy.policy.id;
  const draft = async (hr: TestUser, input: Record<string, unknown>): Promise<string> =>
    (await ok<{ draftPolicyVersion: { version: { id: string } } }>(hr, DRAFT, { input })).draftPolicyVersion.version.id;
  /** A new policy with a published major version (extra: draft input fields). */
  const published = async (hr: TestUser, extra: Record<string, unknown> = {}, bodies = [body('en', 'Be kind.')]) => {
    const policyId = await createPolicy(hr);
    const versionId = await draft(hr, { policyId, change: 'MAJOR', bodies, fallbackLanguage: 'en', audience: everyone, ...extra });
    await ok(hr, PUBLISH, { id: versionId });
    await drain();
    return { policyId, versionId };
  };
  return { drain, ok, body, everyone, createPolicy, draft, published };
}

export const READING = `query($id: ID!, $language: String) { policy(id: $id) { id currentVersion { id label reading(language: $language) { language textHash } } } }`;
export type ReadingView = { policy: { id: string; currentVersion: { id: string; label: string; reading: { language: string; textHash: string } } } };
