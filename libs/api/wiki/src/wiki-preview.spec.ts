import { unsafeHtmlFindings, XSS_CORPUS } from '@pillars/api/core';
import { all, buildOrganization, buildUser, codeOf, gql, leastQueries } from '@pillars/api/testing';
import { SET_MEMBER } from './wiki.test-documents';
import { wikiTestApp } from './wiki.test-support';

const PREVIEW = `query($spaceId: ID!, $body: String!) { renderWikiPreview(spaceId: $spaceId, body: $body) { html brokenLinks } }`;
// The text validator refuses NUL and control characters before anything renders (another test).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
type Preview = { renderWikiPreview: { html: string; brokenLinks: string[] } };

const { app: current, ok, space, page } = wikiTestApp();

describe('wiki: the editor preview rendered by the server', () => {
  it('renders exactly what a save stores, through the same sanitiser, and writes nothing', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const spaceId = await space(hr);
    const target = await page(hr, spaceId, 'Travel policy');
    const body = `# Trips\n\nSee [[Travel policy]] and [[travel POLICY|the rules]].\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n${XSS_CORPUS.filter((x) => !CONTROL.test(x)).join('\n\n')}`;
    const before = await all(`SELECT count(*)::int AS n FROM wiki_revisions r JOIN wiki_pages wp ON wp.id = r.page_id WHERE wp.space_id = $1`, [spaceId]);
    const { html, brokenLinks } = (await ok<Preview>(hr, PREVIEW, { spaceId, body })).renderWikiPreview;
    expect(unsafeHtmlFindings(html)).toEqual([]);
    expect(html).toContain(`href="/wiki/page/${target.id}"`);
    expect(html).toContain('<table>');
    expect(brokenLinks).toEqual([]);
    expect(await all(`SELECT count(*)::int AS n FROM wiki_revisions r JOIN wiki_pages wp ON wp.id = r.page_id WHERE wp.space_id = $1`, [spaceId])).toEqual(before);
    // The saved page renders identically.
    const saved = await page(hr, spaceId, 'Trips', body);
    expect(html).toBe(saved.bodyHtml);
  });

  it('resolves [[links]] only to pages the viewer may read: a private page is a broken link, its id never shown', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const editor = await buildUser(org);
    const open = await space(hr);
    const hidden = await space(hr, { visibility: 'MEMBERS' });
    await ok(hr, SET_MEMBER, { input: { spaceId: open, userId: editor.id, role: 'EDITOR' } });
    const secret = await page(hr, hidden, 'Salary bands');
    const known = await page(hr, open, 'Onboarding');
    const body = `[[Onboarding]] · [[Salary bands]] · [x](/wiki/page/${secret.id})`;
    const { html, brokenLinks } = (await ok<Preview>(editor, PREVIEW, { spaceId: open, body })).renderWikiPreview;
    expect(html).toContain(`/wiki/page/${known.id}`);
    expect(html.match(new RegExp(secret.id, 'g')) ?? []).toHaveLength(1); // only the id the editor typed
    expect(brokenLinks.sort()).toEqual([`/wiki/page/${secret.id}`, '[[Salary bands]]'].sort());
    // The member sees the same text resolve.
    const asHr = (await ok<Preview>(hr, PREVIEW, { spaceId: open, body })).renderWikiPreview;
    expect(asHr.html).toContain(`href="/wiki/page/${secret.id}"`);
    expect(asHr.brokenLinks).toEqual([]);
  });

  it('is for editors of a space they may read; at most 1 MB; a constant number of queries', async () => {
    const org = await buildOrganization();
    const hr = await buildUser(org, { roles: ['HR'] });
    const reader = await buildUser(org);
    const outsider = await buildUser(org);
    const open = await space(hr);
    const hidden = await space(hr, { visibility: 'MEMBERS' });
    expect(codeOf(await gql(current()).as(reader).send(PREVIEW, { spaceId: open, body: 'Hi' }))).toBe('FORBIDDEN');
    expect(codeOf(await gql(current()).as(outsider).send(PREVIEW, { spaceId: hidden, body: 'Hi' }))).toBe('NOT_FOUND');
    const tooBig = await gql(current()).as(hr).send(PREVIEW, { spaceId: open, body: 'é'.repeat(500_001) });
    expect(tooBig.errors?.[0].extensions).toMatchObject({ code: 'WIKI_PAGE_TOO_LARGE', maxBytes: 1_000_000 });
    expect(codeOf(await gql(current()).as(hr).send(PREVIEW, { spaceId: open, body: 'a\u0000b' }))).toBe('BAD_USER_INPUT');
    const links = (n: number) => Array.from({ length: n }, (_, i) => `[[Page ${i}]]`).join(' ');
    // The least of two runs each: a session lookup lands in whichever request comes first after the cache's second.
    const few = await leastQueries(current(), hr, PREVIEW, { spaceId: open, body: links(2) });
    const many = await leastQueries(current(), hr, PREVIEW, { spaceId: open, body: links(40) });
    expect(many).toBe(few);
  });
});
