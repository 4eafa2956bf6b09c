import type { INestApplication } from '@nestjs/common';
import { EventsService } from '@pillars/api/core';
import { DirectoryModule } from '@pillars/api/directory';
import { NotificationChannel, NotificationDigestService, NotificationMailJobs } from '@pillars/api/notifications';
import { all, buildOrganization, buildTeam, buildUser, closeTestDb, createTestApp, gql, newId, testDb, TestOrg, TestTeam, TestUser } from '@pillars/api/testing';
import { FeedsModule } from './feeds.module';
import { TEAM_MENTION_CAP } from './feeds-notifications.handler';

const CREATE = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`;
const UPDATE = `mutation($input: UpdatePostInput!) { updatePost(input: $input) { post { id version } } }`;
const DELETE = `mutation($id: ID!) { deletePost(id: $id) { id } }`;
const COMMENT = `mutation($input: CreateCommentInput!) { createComment(input: $input) { comment { id } } }`;
const DELETE_COMMENT = `mutation($id: ID!) { deleteComment(id: $id) { id } }`;
const REACT = `mutation($input: ReactInput!) { react(input: $input) { post { id } } }`;
const CONFIGURE = `mutation($input: TeamFeedSettingsInput!) { configureTeamFeed(input: $input) { teamId } }`;
const SET_PREF = `mutation($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { kind channel } }`;
const LIST = `{ notifications(first: 50) { edges { node { id kind available targetType targetId actorCount data { key id } actors { id name } } } } }`;
const COUNT = `{ unreadNotificationCount }`;

interface Node { id: string; kind: string; available: boolean; targetType: string | null; targetId: string | null; actorCount: number; data: { key: string; id: string }[]; actors: { id: string; name: string }[] }

let app: INestApplication;
beforeAll(async () => {
  // No SMTP_URL: mail goes to the outbox table, which the leak checks read.
  delete process.env['SMTP_URL'];
  app = await createTestApp([DirectoryModule, FeedsModule]);
});
afterAll(async () => {
  await app.get(EventsService).kick();
  await app.get(NotificationMailJobs).settled();
  await app.close();
  await closeTestDb();
});

/** Runs the outbox (notifications are an outbox handler) and in-process mail. */
async function drain(): Promise<void> {
  await app.get(EventsService).kick();
  await app.get(NotificationMailJobs).settled();
}
async function send<T = Record<string, unknown>>(actor: TestUser, query: string, vars: Record<string, unknown> = {}): Promise<T> {
  const res = await gql(app).as(actor).send<T>(query, vars);
  expect(res.errors).toBeUndefined();
  await drain();
  return res.data as T;
}
const post = async (actor: TestUser, input: Record<string, unknown>) => (await send<{ createPost: { post: { id: string } } }>(actor, CREATE, { input })).createPost.post.id;
const comment = async (actor: TestUser, input: Record<string, unknown>) => (await send<{ createComment: { comment: { id: string } } }>(actor, COMMENT, { input })).createComment.comment.id;
const react = (actor: TestUser, postId: string, kind: string | null) => send(actor, REACT, { input: { postId, kind } });
const list = async (user: TestUser): Promise<Node[]> => (await send<{ notifications: { edges: { node: Node }[] } }>(user, LIST)).notifications.edges.map((e) => e.node);
const unread = async (user: TestUser) => (await send<{ unreadNotificationCount: number }>(user, COUNT)).unreadNotificationCount;
const mailsTo = async (user: TestUser) => all<{ subject: string; html: string; text: string }>(`SELECT subject, html, text FROM mail_outbox WHERE to_address = $1`, [user.email]);
const mention = (u: TestUser) => `@[${u.name}](user:${u.id})`;
const teamMention = (t: TestTeam) => `@[${t.name}](team:${t.id})`;

async function privateTeam(org: TestOrg) {
  const team = await buildTeam(org, { name: 'Secret squad' });
  const lead = await buildUser(org, { leadOf: [team.id], name: 'Lea' });
  const member = await buildUser(org, { teamIds: [team.id], name: 'Mia' });
  await send(lead, CONFIGURE, { input: { teamId: team.id, visibility: 'PRIVATE' } });
  return { team, lead, member };
}

describe('feeds → notifications', () => {
  it('notifies a person mentioned in a post, never the author mentioning themself, with ids only and a live target', async () => {
    const org = await buildOrganization();
    const ana = await buildUser(org, { name: 'Ana' });
    const bo = await buildUser(org, { name: 'Bo' });
    const postId = await post(ana, { body: `hello ${mention(bo)} and me ${mention(ana)}` });
    const [n, ...rest] = await list(bo);
    expect(rest).toEqual([]);
    expect(n).toMatchObject({ kind: 'feeds.mention', available: true, targetType: 'post', targetId: postId, actorCount: 1, data: [{ key: 'postId', id: postId }] });
    expect(n.actors.map((a) => a.name)).toEqual(['Ana']);
    expect(await list(ana)).toEqual([]);
    // Mentions mail now by default: one mail, in the outbox.
    expect((await mailsTo(bo)).map((m) => m.subject)).toEqual(['Ana mentioned you']);
  });

  it('notifies the members of a team mentioned in a post or a comment, but not the author', async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org, { name: 'Ops' });
    const ana = await buildUser(org, { name: 'Ana', teamIds: [team.id] });
    const [m1, m2] = [await buildUser(org, { teamIds: [team.id] }), await buildUser(org, { teamIds: [team.id] })];
    const stranger = await buildUser(org);
    const postId = await post(ana, { body: `ping ${teamMention(team)}` });
    for (const m of [m1, m2]) expect((await list(m)).map((n) => [n.kind, n.targetId])).toEqual([['feeds.mention', postId]]);
    expect(await list(ana)).toEqual([]);
    expect(await list(stranger)).toEqual([]);
    const commentId = await comment(stranger, { postId, body: `thanks ${teamMention(team)}` });
    for (const m of [m1, m2, ana]) expect((await list(m))[0]).toMatchObject({ kind: 'feeds.mention', targetType: 'comment', targetId: commentId });
    // Ana is in the team and the post's author: one mention, no reply on top.
    expect(await list(ana)).toHaveLength(1);
  });

  it(`caps a team mention at ${TEAM_MENTION_CAP} members`, async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org, { name: 'Everyone' });
    const ana = await buildUser(org, { name: 'Ana' });
    const people = Array.from({ length: TEAM_MENTION_CAP + 5 }, (_, i) => ({ id: newId(), email: `m${i}@${org.slug}.test`, name: `M${i}`, locale: 'en', roles: [], status: 'ACTIVE', password_hash: 'x' }));
    await testDb().query(`SELECT pillars_insert_users($1, $2::jsonb, false)`, [org.id, JSON.stringify(people)]);
    await testDb().query(`INSERT INTO team_memberships (team_id, user_id, organization_id, role) SELECT $1, unnest($2::uuid[]), $3, 'MEMBER'`, [team.id, people.map((p) => p.id), org.id]);
    const postId = await post(ana, { body: `all hands ${teamMention(team)}` });
    const [row] = await all<{ n: number }>(`SELECT count(*)::int AS n FROM notifications WHERE target_id = $1 AND kind = 'feeds.mention'`, [postId]);
    expect(row.n).toBe(TEAM_MENTION_CAP);
  });

  it('in a private team notifies only members: an outsider mentioned gets nothing anywhere (list, count, mail, digest)', async () => {
    const org = await buildOrganization();
    const { team, lead, member } = await privateTeam(org);
    const outsider = await buildUser(org, { name: 'Otto' });
    // The outsider asks for digests of everything: still nothing to send.
    for (const kind of ['feeds.mention', 'feeds.reply', 'feeds.reaction']) await send(outsider, SET_PREF, { input: { kind, channel: 'DAILY_DIGEST' } });
    const postId = await post(member, { teamId: team.id, body: `plan for ${mention(lead)} ${mention(outsider)} ${teamMention(team)}` });
    const commentId = await comment(lead, { postId, body: `ok ${mention(outsider)} ${mention(member)}` });
    await react(lead, postId, 'LIKE');

    expect(await list(outsider)).toEqual([]);
    expect(await unread(outsider)).toBe(0);
    expect(await mailsTo(outsider)).toEqual([]);
    expect(await app.get(NotificationDigestService).sendDigest(NotificationChannel.DAILY_DIGEST, org.id, outsider.id)).toBe(false);
    expect(await mailsTo(outsider)).toEqual([]);
    const stored = await all(`SELECT id FROM notifications WHERE recipient_id = $1`, [outsider.id]);
    expect(stored).toEqual([]);

    // Members hear it: the lead by mention (post), the member by mention (comment) + reaction.
    expect((await list(lead)).map((n) => n.kind)).toEqual(['feeds.mention']);
    expect((await list(member)).map((n) => [n.kind, n.targetType, n.targetId]).sort()).toEqual([
      ['feeds.mention', 'comment', commentId],
      ['feeds.reaction', 'post', postId],
    ].sort());
  });

  it('a member who leaves the private team sees the notification as no longer available, and gets no more', async () => {
    const org = await buildOrganization();
    const { team, lead, member } = await privateTeam(org);
    const postId = await post(lead, { teamId: team.id, body: `for ${mention(member)}` });
    expect((await list(member))[0]).toMatchObject({ available: true, targetId: postId });
    await testDb().query(`DELETE FROM team_memberships WHERE team_id = $1 AND user_id = $2`, [team.id, member.id]);
    const [gone] = await list(member);
    expect(gone).toMatchObject({ kind: 'feeds.mention', available: false, targetType: null, targetId: null, data: [] });
    await post(lead, { teamId: team.id, body: `again ${mention(member)}` });
    expect(await list(member)).toHaveLength(1);
  });

  it('a comment notifies the post author; a reply notifies the parent comment author (and the post author); never the actor', async () => {
    const org = await buildOrganization();
    const [ana, bo, cy] = [await buildUser(org, { name: 'Ana' }), await buildUser(org, { name: 'Bo' }), await buildUser(org, { name: 'Cy' })];
    const postId = await post(ana, { body: 'thoughts?' });
    const top = await comment(bo, { postId, body: 'yes' });
    expect((await list(ana)).map((n) => [n.kind, n.targetType, n.targetId, n.actors[0]?.name])).toEqual([['feeds.reply', 'comment', top, 'Bo']]);
    const reply = await comment(cy, { postId, parentId: top, body: 'agreed' });
    expect((await list(bo)).map((n) => [n.kind, n.targetId, n.data.map((d) => d.key).sort()])).toEqual([['feeds.reply', reply, ['commentId', 'postId']]]);
    expect((await list(ana)).map((n) => [n.kind, n.targetId])).toEqual([['feeds.reply', reply], ['feeds.reply', top]]);
    // The author commenting on their own post, or replying to themself: nothing.
    await comment(ana, { postId, body: 'me too' });
    await comment(bo, { postId, parentId: top, body: 'self' });
    expect(await list(ana)).toHaveLength(3); // Bo's self-reply is still a comment on Ana's post
    expect(await list(bo)).toHaveLength(1);
    expect(await list(cy)).toEqual([]);
    // A mention in a comment is a mention (one notification, not a reply too).
    await comment(bo, { postId, body: `cc ${mention(ana)}` });
    expect((await list(ana))[0].kind).toBe('feeds.mention');
    expect(await list(ana)).toHaveLength(4);
  });

  it('groups reactions per post ("Ana and 4 others"); removing a reaction or reacting to your own post notifies nobody', async () => {
    const org = await buildOrganization();
    const author = await buildUser(org, { name: 'Author' });
    const reactors: TestUser[] = [];
    for (let i = 0; i < 5; i++) reactors.push(await buildUser(org, { name: `R${i}` }));
    const postId = await post(author, { body: 'ship it' });
    const other = await post(author, { body: 'another' });
    for (const r of reactors) await react(r, postId, 'CELEBRATE');
    await react(reactors[0], other, 'LIKE');
    await react(author, postId, 'LIKE');
    let ns = await list(author);
    expect(ns).toHaveLength(2);
    const grouped = ns.find((n) => n.targetId === postId) as Node;
    expect(grouped).toMatchObject({ kind: 'feeds.reaction', actorCount: 5 });
    expect(grouped.actors[0].name).toBe('R4');
    expect(await unread(author)).toBe(2);
    // Changing one's reaction kind regroups without counting twice; removing it adds nothing.
    await react(reactors[1], postId, 'LIKE');
    await react(reactors[2], postId, null);
    ns = await list(author);
    expect(ns).toHaveLength(2);
    expect(ns.find((n) => n.targetId === postId)?.actorCount).toBe(5);
    expect(await unread(author)).toBe(2);
  });

  it('editing a post notifies only newly mentioned people and teams', async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org);
    const [ana, bo, cy, tm] = [await buildUser(org), await buildUser(org), await buildUser(org), await buildUser(org, { teamIds: [team.id] })];
    const postId = await post(ana, { body: `hi ${mention(bo)}` });
    await send(ana, UPDATE, { input: { id: postId, body: `hi ${mention(bo)} and ${mention(cy)}` } });
    await send(ana, UPDATE, { input: { id: postId, body: `hi ${mention(bo)} and ${mention(cy)} and ${teamMention(team)}` } });
    await send(ana, UPDATE, { input: { id: postId, body: `hi ${mention(bo)}, ${mention(cy)}, ${teamMention(team)}!` } });
    expect(await list(bo)).toHaveLength(1);
    expect(await list(cy)).toHaveLength(1);
    expect(await list(tm)).toHaveLength(1);
  });

  it('a deleted post or comment becomes "no longer available" and reveals nothing', async () => {
    const org = await buildOrganization();
    const [ana, bo] = [await buildUser(org, { name: 'Ana' }), await buildUser(org, { name: 'Bo' })];
    const postId = await post(ana, { body: `hey ${mention(bo)}` });
    const commentId = await comment(bo, { postId, body: 'hi' });
    const mine = await post(bo, { body: 'mine' });
    const c2 = await comment(ana, { postId: mine, body: 'x' });
    await send(ana, DELETE_COMMENT, { id: c2 });
    await send(ana, DELETE, { id: postId });
    const [n] = await list(bo);
    expect(n).toMatchObject({ kind: 'feeds.reply', available: false, targetType: null, targetId: null, data: [] });
    const all2 = await list(bo);
    expect(all2.every((x) => !x.available)).toBe(true);
    expect((await list(ana)).find((x) => x.kind === 'feeds.reply')).toMatchObject({ available: false, targetId: null });
    expect(commentId).toBeTruthy();
  });

  it('a post waiting for approval notifies its mentions only once a lead approves it', async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org);
    const lead = await buildUser(org, { leadOf: [team.id] });
    const member = await buildUser(org, { teamIds: [team.id] });
    const bo = await buildUser(org);
    await send(lead, CONFIGURE, { input: { teamId: team.id, requiresApproval: true } });
    const postId = await post(member, { teamId: team.id, body: `hi ${mention(bo)}` });
    expect(await list(bo)).toEqual([]);
    await send(lead, `mutation($input: ModeratePostInput!) { moderatePost(input: $input) { post { id } } }`, { input: { id: postId, approve: true } });
    expect((await list(bo)).map((n) => n.targetId)).toEqual([postId]);
  });
});
