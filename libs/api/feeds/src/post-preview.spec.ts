import type { INestApplication } from '@nestjs/common';
import { EventsService, unsafeHtmlFindings, XSS_CORPUS } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { all, buildOrganization, buildTeam, buildUser, closeTestDb, codeOf, createTestApp, gql } from '@pillars/api/testing';
import { LIMITS } from '@pillars/shared/validation';
import { FeedsModule } from './feeds.module';

const PREVIEW = `query($body: String!, $teamId: ID) { renderPostPreview(body: $body, teamId: $teamId) { html topics } }`;
const CONFIGURE = `mutation($input: TeamFeedSettingsInput!) { configureTeamFeed(input: $input) { teamId } }`;
type Preview = { renderPostPreview: { html: string; topics: string[] } };

let app: INestApplication;
let events: EventsService;

beforeAll(async () => {
  app = await createTestApp([DirectoryModule, FeedsModule]);
  events = app.get(EventsService);
});
afterAll(async () => {
  await events.kick();
  await app.close();
  await closeTestDb();
});

describe('renderPostPreview', () => {
  it('renders Markdown, mentions and topics like a post, and writes nothing', async () => {
    const org = await buildOrganization();
    const ana = await buildUser(org, { name: 'Ana' });
    const bob = await buildUser(org, { name: 'Bob' });
    const res = await gql(app).as(ana).send<Preview>(PREVIEW, { body: `**bold** hi @[Bob](user:${bob.id}) #Launch\n\n- a\n- b` });
    expect(res.errors).toBeUndefined();
    const { html, topics } = (res.data as Preview).renderPostPreview;
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<li>a</li>');
    expect(html).toContain(`href="/people/${bob.id}"`);
    expect(html).toContain('class="topic"');
    expect(topics).toEqual(['launch']);
    expect(await all(`SELECT id FROM posts WHERE author_id = $1`, [ana.id])).toHaveLength(0);
  });

  it('links only the members of a private team it renders for, and hides a private team from outsiders', async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org, { name: 'Secret' });
    const lead = await buildUser(org, { leadOf: [team.id] });
    const outsider = await buildUser(org);
    expect((await gql(app).as(lead).send(CONFIGURE, { input: { teamId: team.id, visibility: 'PRIVATE' } })).errors).toBeUndefined();
    const res = await gql(app).as(lead).send<Preview>(PREVIEW, { body: `hi @[Out](user:${outsider.id})`, teamId: team.id });
    expect(res.errors).toBeUndefined();
    expect((res.data as Preview).renderPostPreview.html).not.toContain(outsider.id);
    expect(codeOf(await gql(app).as(outsider).send(PREVIEW, { body: 'x', teamId: team.id }))).toBe('NOT_FOUND');
  });

  it('validates the body as a post body: empty, too long, NUL', async () => {
    const org = await buildOrganization();
    const ana = await buildUser(org);
    for (const body of ['   ', 'x'.repeat(LIMITS.postBody + 1), 'a\u0000b']) {
      expect(codeOf(await gql(app).as(ana).send(PREVIEW, { body }))).toBe('BAD_USER_INPUT');
    }
    expect(codeOf(await gql(app).send(PREVIEW, { body: 'x' }))).toBe('UNAUTHENTICATED');
  });

  it('neutralises the XSS corpus', async () => {
    const org = await buildOrganization();
    const ana = await buildUser(org);
    for (const body of XSS_CORPUS) {
      const res = await gql(app).as(ana).send<Preview>(PREVIEW, { body });
      if (res.errors) {
        expect(codeOf(res)).toBe('BAD_USER_INPUT');
        continue;
      }
      expect(unsafeHtmlFindings((res.data as Preview).renderPostPreview.html)).toEqual([]);
    }
  });
});
