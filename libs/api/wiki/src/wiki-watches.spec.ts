import { EventsService } from '@pillars/api/core';
import { addMember, all, buildOrganization, buildTeam, buildUser, codeOf, gql, testDb, type TestUser } from '@pillars/api/testing';
import { WikiReviewReminderJobs, WIKI_REVIEW_KIND } from './wiki-review-reminders.jobs';
import { WIKI_PAGE_CHANGED_KIND, WIKI_PAGE_CREATED_KIND } from './wiki-watches.service';
import { wikiTestApp } from './wiki.test-support';
import { SAVE_PAGE, VERIFY } from './wiki.test-documents';

const WATCH_PAGE = `mutation($pageId: ID!) { watchWikiPage(pageId: $pageId) { page { id watching } } }`;
const UNWATCH_PAGE = `mutation($pageId: ID!) { unwatchWikiPage(pageId: $pageId) { page { id watching } } }`;
const WATCH_SPACE = `mutation($spaceId: ID!) { watchWikiSpace(spaceId: $spaceId) { space { id watching } } }`;
const NOTES = `{ notifications(first: 50) { edges { node { kind available targetType targetId actorCount actors { id } } } } }`;

type Note = { kind: string; available: boolean; targetType: string; targetId: string; actorCount: number; actors: { id: string }[] };

const { app: current, ok, space, page } = wikiTestApp({ after: (app) => app.get(EventsService).kick() });
const save = (actor: TestUser, pageId: string, baseRevision: number, body: string) => ok(actor, SAVE_PAGE, { input: { pageId, baseRevision, title: 'Expenses', body, language: 'en' } });
const notes = async (user: TestUser): Promise<Note[]> => {
  await current().get(EventsService).kick();
  return (await ok<{ notifications: { edges: { node: Note }[] } }>(user, NOTES)).notifications.edges.map((e) => e.node);
};

describe('watching wiki pages and spaces', () => {
  it('notifies watchers (not the editor) of new revisions, merged per page while unread, and stops on unwatch', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const watcher = await buildUser(org);
    const editor = await buildUser(org);
    const second = await buildUser(org);
    const spaceId = await space(hr);
    await ok(hr, `mutation($input: SetWikiSpaceMemberInput!) { setWikiSpaceMember(input: $input) { space { id } } }`, { input: { spaceId, userId: editor.id, role: 'EDITOR' } });
    await ok(hr, `mutation($input: SetWikiSpaceMemberInput!) { setWikiSpaceMember(input: $input) { space { id } } }`, { input: { spaceId, userId: second.id, role: 'EDITOR' } });
    const p = await page(hr, spaceId, 'Expenses');

    expect((await ok<{ watchWikiPage: { page: { watching: boolean } } }>(watcher, WATCH_PAGE, { pageId: p.id })).watchWikiPage.page.watching).toBe(true);
    // Idempotent: a second watch changes nothing.
    await ok(watcher, WATCH_PAGE, { pageId: p.id });
    expect(await all(`SELECT 1 FROM wiki_watches WHERE user_id = $1`, [watcher.id])).toHaveLength(1);
    await ok(editor, WATCH_PAGE, { pageId: p.id });

    await save(editor, p.id, 1, 'Second');
    await save(second, p.id, 2, 'Third');
    const mine = (await notes(watcher)).filter((n) => n.kind === WIKI_PAGE_CHANGED_KIND);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ targetType: 'wiki_page', targetId: p.id, available: true, actorCount: 2 });
    expect(mine[0].actors.map((a) => a.id).sort()).toEqual([editor.id, second.id].sort());
    // The editor watches too, and hears only of the other person's save.
    const editorNotes = (await notes(editor)).filter((n) => n.kind === WIKI_PAGE_CHANGED_KIND);
    expect(editorNotes).toHaveLength(1);
    expect(editorNotes[0].actors.map((a) => a.id)).toEqual([second.id]);

    expect((await ok<{ unwatchWikiPage: { page: { watching: boolean } } }>(watcher, UNWATCH_PAGE, { pageId: p.id })).unwatchWikiPage.page.watching).toBe(false);
    await testDb().query(`UPDATE notifications SET read_at = now() WHERE recipient_id = $1`, [watcher.id]);
    await save(editor, p.id, 3, 'Fourth');
    await current().get(EventsService).kick();
    expect(await all(`SELECT 1 FROM notifications WHERE recipient_id = $1 AND read_at IS NULL`, [watcher.id])).toHaveLength(0);
  });

  it('tells a space watcher of new pages and of changes anywhere in it, and only while they may read the space', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const team = await buildTeam(org, { name: 'Finance' });
    const insider = await buildUser(org);
    const outsider = await buildUser(org);
    await addMember(team, insider.id);
    await addMember(team, hr.id, 'LEAD');
    const spaceId = await space(hr, { visibility: 'TEAM', teamId: team.id, outsiderAccess: 'NONE' });

    expect((await ok<{ watchWikiSpace: { space: { watching: boolean } } }>(insider, WATCH_SPACE, { spaceId })).watchWikiSpace.space.watching).toBe(true);
    // An outsider cannot watch what they cannot read: the space is not found for them.
    expect(codeOf(await gql(current()).as(outsider).send(WATCH_SPACE, { spaceId }))).toBe('NOT_FOUND');

    const p = await page(hr, spaceId, 'Budget 2027');
    const created = (await notes(insider)).filter((n) => n.kind === WIKI_PAGE_CREATED_KIND);
    expect(created).toHaveLength(1);
    expect(created[0].targetId).toBe(p.id);

    // Leaving the team ends the notifications of its private space, without unwatching.
    await testDb().query(`DELETE FROM team_memberships WHERE user_id = $1`, [insider.id]);
    await save(hr, p.id, 1, 'Revised budget');
    expect((await notes(insider)).filter((n) => n.kind === WIKI_PAGE_CHANGED_KIND)).toHaveLength(0);
    // And the earlier notification now reads "no longer available".
    expect((await notes(insider)).find((n) => n.kind === WIKI_PAGE_CREATED_KIND)?.available).toBe(false);
  });
});

describe('wiki review reminders', () => {
  it('reminds the owner four and two weeks ahead and when due, each step once even if the job runs twice; verifying starts over', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const spaceId = await space(hr, { reviewCycleMonths: 6 });
    const p = await page(hr, spaceId, 'Travel rules');
    const jobs = current().get(WikiReviewReminderJobs);
    const [{ reviewBy }] = await all<{ reviewBy: Date }>(`SELECT created_at + interval '6 months' AS "reviewBy" FROM wiki_pages WHERE id = $1`, [p.id]);
    const at = (daysBefore: number) => new Date(new Date(reviewBy).getTime() - daysBefore * 86_400_000);
    const steps = async (now: Date) => (await jobs.run(now, org.id)).filter((s) => s.pageId === p.id).map((s) => s.step);

    expect(await steps(at(40))).toEqual([]);
    expect(await steps(at(27))).toEqual(['WEEKS_4']);
    expect(await steps(at(27))).toEqual([]);
    expect(await steps(at(20))).toEqual([]);
    expect(await steps(at(13))).toEqual(['WEEKS_2']);
    expect(await steps(at(13))).toEqual([]);
    expect(await steps(at(-1))).toEqual(['DUE']);
    expect(await steps(at(-1))).toEqual([]);
    expect(await steps(at(-30))).toEqual([]);

    const reminders = (await notes(hr)).filter((n) => n.kind === WIKI_REVIEW_KIND);
    expect(reminders).toHaveLength(3);
    expect(reminders.every((n) => n.targetId === p.id && n.available)).toBe(true);

    // Verifying moves the review date a cycle on: its steps come again, for the new date.
    await ok(hr, VERIFY, { pageId: p.id });
    const [{ next }] = await all<{ next: Date }>(`SELECT verified_at + interval '6 months' AS next FROM wiki_pages WHERE id = $1`, [p.id]);
    expect((await jobs.run(new Date(new Date(next).getTime() - 27 * 86_400_000), org.id)).filter((s) => s.pageId === p.id).map((s) => s.step)).toEqual(['WEEKS_4']);
    expect(await all(`SELECT step FROM wiki_review_reminders WHERE page_id = $1`, [p.id])).toHaveLength(4);
  });
});
