import type { INestApplication } from '@nestjs/common';
import { EventsService } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { all, buildOrganization, buildTeam, buildUser, closeTestDb, codeOf, countQueries, createTestApp, gql, TestOrg, TestUser } from '@pillars/api/testing';
import { FeedsModule } from './feeds.module';

const FOLLOW = `mutation($input: FollowInput!) { follow(input: $input) { following } }`;
const UNFOLLOW = `mutation($input: FollowInput!) { unfollow(input: $input) { following } }`;
const DISCOVER = `{ discover { teams { teamId viewerFollows } topics { topic viewerFollows } } }`;
type Discover = { discover: { teams: { teamId: string; viewerFollows: boolean }[]; topics: { topic: string; viewerFollows: boolean }[] } };

let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp([DirectoryModule, FeedsModule]);
});
afterAll(async () => {
  await app.get(EventsService).kick();
  await app.close();
  await closeTestDb();
});

async function send<T = Record<string, unknown>>(actor: TestUser, query: string, vars: Record<string, unknown> = {}): Promise<T> {
  const res = await gql(app).as(actor).send<T>(query, vars);
  expect(res.errors).toBeUndefined();
  return res.data as T;
}

/** `n` open teams, each with one recent post tagged with its own topic. */
async function activeTeams(org: TestOrg, author: TestUser, n: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) ids.push((await buildTeam(org)).id);
  await all(
    `INSERT INTO posts (organization_id, author_id, team_id, body, body_html, topics)
     SELECT $1, $2, t, 'p', '<p>p</p>', ARRAY['topic' || ord] FROM unnest($3::uuid[]) WITH ORDINALITY AS x(t, ord)`,
    [org.id, author.id, ids],
  );
  return ids;
}

describe('viewerFollows', () => {
  it('tells the viewer which teams, topics and people they follow, and only theirs', async () => {
    const org = await buildOrganization();
    const [me, other, author] = [await buildUser(org), await buildUser(org), await buildUser(org)];
    const [teamA, teamB] = await activeTeams(org, author, 2);
    await send(me, FOLLOW, { input: { kind: 'TEAM', target: teamA } });
    await send(me, FOLLOW, { input: { kind: 'TOPIC', target: '#Topic2' } });
    await send(me, FOLLOW, { input: { kind: 'USER', target: author.id } });

    const mine = await send<Discover>(me, DISCOVER);
    expect(Object.fromEntries(mine.discover.teams.map((t) => [t.teamId, t.viewerFollows]))).toEqual({ [teamA]: true, [teamB]: false });
    expect(Object.fromEntries(mine.discover.topics.map((t) => [t.topic, t.viewerFollows]))).toEqual({ topic1: false, topic2: true });
    const theirs = await send<Discover>(other, DISCOVER);
    expect([...theirs.discover.teams, ...theirs.discover.topics].every((x) => !x.viewerFollows)).toBe(true);

    const TEAM = `query($teamId: ID!) { teamFeed(teamId: $teamId) { teamId viewerFollows } }`;
    expect((await send<{ teamFeed: { viewerFollows: boolean } }>(me, TEAM, { teamId: teamA })).teamFeed.viewerFollows).toBe(true);
    expect((await send<{ teamFeed: { viewerFollows: boolean } }>(me, TEAM, { teamId: teamB })).teamFeed.viewerFollows).toBe(false);

    const TOPIC = `query($topic: String!) { topic(topic: $topic) { topic viewerFollows } }`;
    expect((await send<{ topic: unknown }>(me, TOPIC, { topic: '#TOPIC2' })).topic).toEqual({ topic: 'topic2', viewerFollows: true });
    expect((await send<{ topic: unknown }>(other, TOPIC, { topic: 'topic2' })).topic).toEqual({ topic: 'topic2', viewerFollows: false });
    expect(codeOf(await gql(app).as(me).send(TOPIC, { topic: '#' }))).toBe('BAD_USER_INPUT');

    const USER = `query($id: ID!) { user(id: $id) { id viewerFollows } }`;
    expect((await send<{ user: { viewerFollows: boolean } }>(me, USER, { id: author.id })).user.viewerFollows).toBe(true);
    expect((await send<{ user: { viewerFollows: boolean } }>(other, USER, { id: author.id })).user.viewerFollows).toBe(false);

    await send(me, UNFOLLOW, { input: { kind: 'TEAM', target: teamA } });
    expect((await send<{ teamFeed: { viewerFollows: boolean } }>(me, TEAM, { teamId: teamA })).teamFeed.viewerFollows).toBe(false);
  });

  it('answers Discover’s follow states in the same number of statements for 2 and 12 teams', async () => {
    const run = async (n: number) => {
      const org = await buildOrganization();
      const [me, author] = [await buildUser(org), await buildUser(org)];
      const ids = await activeTeams(org, author, n);
      await send(me, FOLLOW, { input: { kind: 'TEAM', target: ids[0] } });
      return countQueries(async () => {
        const d = await send<Discover>(me, DISCOVER);
        expect(d.discover.teams).toHaveLength(n);
        expect(d.discover.topics).toHaveLength(n);
        expect(d.discover.teams.filter((t) => t.viewerFollows)).toHaveLength(1);
      });
    };
    await run(1);
    expect(await run(12)).toBe(await run(2));
  });
});
