import { FilesModule } from '@pillars/api/files';
import { addMember, all, buildOrganization, buildTeam, buildUser } from '@pillars/api/testing';
import { CREATE_PAGE, CREATE_SPACE, SAVE_PAGE } from './wiki.test-documents';
import { wikiTestApp } from './wiki.test-support';

// A page's images belong to the page: attached on save (so they outlive the one-day purge of
// unattached uploads) and readable by whoever may read the page, and by nobody else.
const { ok, uploadPng, fetchAs } = wikiTestApp({ modules: [FilesModule], uploads: 'pillars-wiki-images-' });

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
