import type { INestApplication } from '@nestjs/common';
import { DirectoryModule } from '@pillars/api/directory';
import { FeedsModule } from '@pillars/api/feeds';
import { buildOrganization, buildTeam, buildUser, closeTestDb, codeOf, createTestApp, gql, type TestOrg, type TestUser } from '@pillars/api/testing';
import { LIMITS } from '@pillars/shared/validation';
import { SearchModule } from '@pillars/api/search';

const HIT = `kind id title snippetHtml url updatedAt language author { id name }`;
const SEARCH = `query($query: String!, $kinds: [SearchKind!], $first: Int, $after: String, $authorId: ID, $language: String, $updatedSince: DateTime, $scopeId: ID, $typing: Boolean) {
  search(query: $query, kinds: $kinds, first: $first, after: $after, authorId: $authorId, language: $language, updatedSince: $updatedSince, scopeId: $scopeId, typing: $typing) {
    edges { cursor node { ${HIT} } } pageInfo { hasNextPage endCursor } counts { kind count capped } didYouMean } }`;
const SIMILAR = `query($text: String!, $kinds: [SearchKind!], $first: Int) { similar(text: $text, kinds: $kinds, first: $first) { ${HIT} } }`;
const CREATE = `mutation($input: CreatePostInput!) { createPost(input: $input) { post { id } } }`;
const UPDATE = `mutation($input: UpdatePostInput!) { updatePost(input: $input) { post { id version } } }`;
const CONFIGURE = `mutation($input: TeamFeedSettingsInput!) { configureTeamFeed(input: $input) { teamId } }`;

interface Hit { kind: string; id: string; title: string; snippetHtml: string; url: string; language: string | null; author: { id: string; name: string } | null }
interface Result { edges: { cursor: string; node: Hit }[]; pageInfo: { hasNextPage: boolean; endCursor: string | null }; counts: { kind: string; count: number; capped: boolean }[]; didYouMean: string | null }

let app: INestApplication;
beforeAll(async () => {
  app = await createTestApp([DirectoryModule, SearchModule, FeedsModule]);
});
afterAll(async () => {
  await app.close();
  await closeTestDb();
});

async function post(actor: TestUser, body: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await gql(app).as(actor).send<{ createPost: { post: { id: string } } }>(CREATE, { input: { body, ...extra } });
  expect(res.errors).toBeUndefined();
  return (res.data as { createPost: { post: { id: string } } }).createPost.post.id;
}
async function search(actor: TestUser, query: string, vars: Record<string, unknown> = {}): Promise<Result> {
  const res = await gql(app).as(actor).send<{ search: Result }>(SEARCH, { query, ...vars });
  expect(res.errors).toBeUndefined();
  return (res.data as { search: Result }).search;
}
const ids = async (actor: TestUser, query: string, vars: Record<string, unknown> = {}) => (await search(actor, query, { kinds: ['POST'], ...vars })).edges.map((e) => e.node.id);

describe('search: languages', () => {
  let org: TestOrg;
  let ana: TestUser;
  beforeAll(async () => {
    org = await buildOrganization();
    ana = await buildUser(org, { name: 'Ana Rossi' });
  });

  it('Arabic: with and without tashkeel, alef/hamza and teh marbuta forms, with the article and the conjunction', async () => {
    const book = await post(ana, 'وَالْكِتَابُ الجديد\nفي المَدْرَسَةِ', { language: 'ar' });
    const leave = await post(ana, 'إجازة الأمومة\nسياسة الشركة للموظفين', { language: 'ar' });
    const other = await post(ana, 'Nothing Arabic here', { language: 'en' });
    expect(await ids(ana, 'كتاب')).toEqual([book]);
    expect(await ids(ana, 'الكتاب')).toEqual([book]);
    expect(await ids(ana, 'والكتاب')).toEqual([book]);
    expect(await ids(ana, 'الْكِتَابُ')).toEqual([book]);
    expect(await ids(ana, 'مدرسة')).toEqual([book]);
    expect(await ids(ana, 'اجازه الامومه')).toEqual([leave]);
    expect(await ids(ana, 'إجازة')).toEqual([leave]);
    expect(await ids(ana, 'آجازة')).toEqual([leave]);
    expect(await ids(ana, 'بالموظفين')).toEqual([leave]);
    expect(await ids(ana, 'Arabic')).toEqual([other]);
    // The snippet highlights and keeps the text readable.
    const [hit] = (await search(ana, 'المدرسة', { kinds: ['POST'] })).edges;
    expect(hit.node.snippetHtml).toContain('<mark>');
    expect(hit.node.language).toBe('ar');
  });

  it('Hebrew: with and without niqqud, words with one-letter prefixes', async () => {
    const house = await post(ana, 'הַבַּיִת הַגָּדוֹל\nשֶׁל הַחֶבְרָה', { language: 'he' });
    const policy = await post(ana, 'מדיניות חופשה\nלעובדים החדשים', { language: 'he' });
    expect(await ids(ana, 'בית')).toEqual([house]);
    expect(await ids(ana, 'הבית')).toEqual([house]);
    expect(await ids(ana, 'בבית')).toEqual([house]);
    expect(await ids(ana, 'הַבַּיִת')).toEqual([house]);
    expect(await ids(ana, 'מְדִינִיּוּת')).toEqual([policy]);
    expect(await ids(ana, 'עובדים')).toEqual([policy]);
    expect(await ids(ana, 'והעובדים')).toEqual([policy]);
  });

  it('Italian: a plural finds the singular and back, accents or not', async () => {
    const rules = await post(ana, 'Le nuove politiche aziendali\nValide in tutta la città', { language: 'it' });
    expect(await ids(ana, 'politica')).toEqual([rules]);
    expect(await ids(ana, 'aziendale')).toEqual([rules]);
    expect(await ids(ana, 'citta')).toEqual([rules]);
    expect(await ids(ana, 'città')).toEqual([rules]);
    expect(await ids(ana, 'politica', { language: 'it' })).toEqual([rules]);
    expect(await ids(ana, 'politica', { language: 'en' })).toEqual([]);
  });

  it('English: stems, ranks a title match above a body match, prefix while typing, people by name', async () => {
    const inBody = await post(ana, 'Quarterly update\nWe changed how expenses are filed', { language: 'en' });
    const inTitle = await post(ana, 'Expense rules for travel\nKeep your receipts', { language: 'en' });
    expect(await ids(ana, 'expense')).toEqual([inTitle, inBody]);
    expect(await ids(ana, 'the expenses')).toEqual([inTitle, inBody]);
    expect(await ids(ana, 'receip')).toEqual([]);
    expect(await ids(ana, 'receip', { typing: true })).toEqual([inTitle]);
    const people = await search(ana, 'rossi', { kinds: ['PERSON'] });
    expect(people.edges.map((e) => [e.node.kind, e.node.id, e.node.url, e.node.author?.id])).toEqual([['PERSON', ana.id, `/people/${ana.id}`, ana.id]]);
    const all = await search(ana, 'travel');
    expect(all.counts).toEqual(expect.arrayContaining([{ kind: 'POST', count: 1, capped: false }, { kind: 'PERSON', count: 0, capped: false }]));
    expect(all.edges[0].node).toMatchObject({ kind: 'POST', id: inTitle, title: 'Expense rules for travel', url: `/posts/${inTitle}`, author: { id: ana.id, name: 'Ana Rossi' } });
  });

  it('an edit is searchable right after it returns, and the old words are gone', async () => {
    const id = await post(ana, 'Kickoff meeting notes', { language: 'en' });
    const res = await gql(app).as(ana).send(UPDATE, { input: { id, body: 'Retrospective meeting notes', expectedVersion: 1 } });
    expect(res.errors).toBeUndefined();
    expect(await ids(ana, 'retrospective')).toEqual([id]);
    expect(await ids(ana, 'kickoff')).toEqual([]);
  });
});

describe('search: filters, pages, suggestions, similar', () => {
  it('filters by author, updated since and scope; pages by keyset without repeats', async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org);
    const [a, b] = [await buildUser(org, { teamIds: [team.id] }), await buildUser(org)];
    const mine = [await post(a, 'Onboarding checklist one'), await post(a, 'Onboarding checklist two', { teamId: team.id }), await post(a, 'Onboarding checklist three')];
    const theirs = await post(b, 'Onboarding checklist four');
    expect((await ids(b, 'onboarding', { authorId: a.id })).sort()).toEqual([...mine].sort());
    expect(await ids(b, 'onboarding', { scopeId: team.id })).toEqual([mine[1]]);
    expect(await ids(b, 'onboarding', { updatedSince: new Date(Date.now() + 3600_000).toISOString() })).toEqual([]);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Result = await search(b, 'onboarding checklist', { kinds: ['POST'], first: 3, after });
      seen.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.sort()).toEqual([...mine, theirs].sort());
  });

  it('suggests a corrected query from readable titles when nothing matches, and "already done?" finds similar titles', async () => {
    const org = await buildOrganization();
    const ana = await buildUser(org, { name: 'Ana Bianchi' });
    const id = await post(ana, 'Expense rules for travel\nHow to file them', { language: 'en' });
    const miss = await search(ana, 'expnse travl');
    expect(miss.edges).toEqual([]);
    expect(miss.didYouMean).toBe('expense travel');
    expect((await search(ana, miss.didYouMean as string)).edges.map((e) => e.node.id)).toEqual([id]);
    const res = await gql(app).as(ana).send<{ similar: Hit[] }>(SIMILAR, { text: 'Travel expense rule' });
    expect(res.errors).toBeUndefined();
    expect(res.data?.similar.map((h) => [h.id, h.author?.name])).toEqual([[id, 'Ana Bianchi']]);
    const typo = await gql(app).as(ana).send<{ similar: Hit[] }>(SIMILAR, { text: 'Expens rulez for travl' });
    expect(typo.data?.similar.map((h) => h.id)).toEqual([id]);
  });
});

describe('search: permissions', () => {
  it("never shows a private team's post to an outsider: not in hits, snippets, counts, suggestions or similar; nor another organisation's", async () => {
    const org = await buildOrganization();
    const team = await buildTeam(org);
    const lead = await buildUser(org, { leadOf: [team.id] });
    const member = await buildUser(org, { teamIds: [team.id] });
    const outsider = await buildUser(org);
    expect((await gql(app).as(lead).send(CONFIGURE, { input: { teamId: team.id, visibility: 'PRIVATE' } })).errors).toBeUndefined();
    const secret = await post(lead, 'Zanzibar acquisition plan\nConfidential numbers', { teamId: team.id, language: 'en' });
    const open = await post(lead, 'Company picnic plan', { language: 'en' });

    const insider = await search(member, 'zanzibar');
    expect(insider.edges.map((e) => e.node.id)).toEqual([secret]);
    expect(insider.edges[0].node.snippetHtml).toContain('<mark>');

    for (const viewer of [outsider, await buildUser(await buildOrganization())]) {
      const res = await search(viewer, 'zanzibar');
      expect(res.edges).toEqual([]);
      expect(res.counts.find((c) => c.kind === 'POST')?.count).toBe(0);
      expect(res.didYouMean).toBeNull();
      const typo = await search(viewer, 'zanzibr acquisiton');
      expect(typo.didYouMean).toBeNull();
      expect(JSON.stringify(typo)).not.toMatch(/zanzibar|acquisition/i);
      const plan = await search(viewer, 'plan');
      expect(plan.edges.map((e) => e.node.id)).toEqual(viewer === outsider ? [open] : []);
      expect(JSON.stringify(plan)).not.toMatch(/zanzibar|confidential/i);
      const similar = await gql(app).as(viewer).send<{ similar: Hit[] }>(SIMILAR, { text: 'Zanzibar acquisition plan' });
      expect(similar.data?.similar.map((h) => h.id)).toEqual(viewer === outsider ? [open] : []);
    }
    expect((await gql(app).as(member).send<{ similar: Hit[] }>(SIMILAR, { text: 'Zanzibar acquisition' })).data?.similar.map((h) => h.id)).toEqual([secret]);
  });

  it('needs a session', async () => {
    expect(codeOf(await gql(app).send(SEARCH, { query: 'anything' }))).toBe('UNAUTHENTICATED');
  });
});

describe('search: hostile input', () => {
  let user: TestUser;
  beforeAll(async () => {
    user = await buildUser(await buildOrganization());
  });

  it('escapes markup in snippets: only <mark> remains', async () => {
    await post(user, 'Hello <script>alert(1)</script> <b onclick="x">bold</b> marker', { language: 'en' });
    const [hit] = (await search(user, 'marker')).edges;
    expect(hit.node.snippetHtml).not.toMatch(/<(?!\/?mark>)/);
    expect(hit.node.snippetHtml).not.toMatch(/onclick|<script|<b/);
    expect(hit.node.snippetHtml).toContain('<mark>marker</mark>');
  });

  it('reads Markdown as text in titles and snippets: no heading or list marks, emphasis, link targets or table pipes; every word stays', async () => {
    const body = '## Hybrid **work** policy\n\nFrom *1 January* see [the handbook](/wiki/page/0000-abc) and ![a chart](https://x.test/c.png), `code` too.\n\n- [ ] Ask your lead\n\n| Day | Where |\n| --- | --- |\n| Monday | home |';
    const id = await post(user, body, { language: 'en' });
    const [hit] = (await search(user, 'hybrid handbook monday', { kinds: ['POST'] })).edges;
    expect(hit.node.id).toBe(id);
    expect(hit.node.title).toBe('Hybrid work policy');
    const text = hit.node.snippetHtml.replace(/<\/?mark>/g, '');
    expect(text).not.toMatch(/##|\*|\]\(|\/wiki\/page|https:|`|\||---|\[ \]/);
    for (const word of ['From 1 January', 'the handbook', 'a chart', 'code', 'Ask your lead', 'Monday']) expect(text).toContain(word);
    const [similar] = ((await gql(app).as(user).send<{ similar: Hit[] }>(SIMILAR, { text: 'hybrid work policy', kinds: ['POST'] })).data as { similar: Hit[] }).similar;
    expect(similar.title).toBe('Hybrid work policy');
    expect(similar.snippetHtml).not.toMatch(/##|\*\*/);
  });

  it('treats tsquery syntax as words and refuses what is not a query with stable codes', async () => {
    for (const q of ["a & b | !c", "x:* ' \\ ( ) <-> <2>", "'; DROP TABLE posts; --", 'a%_%', 'Tom & Jerry < 3 > 2']) {
      const res = await gql(app).as(user).send<{ search: Result }>(SEARCH, { query: q });
      expect(res.errors).toBeUndefined();
    }
    expect(codeOf(await gql(app).as(user).send(SEARCH, { query: '!!! ???' }))).toBe('SEARCH_QUERY_NO_TERMS');
    expect(codeOf(await gql(app).as(user).send(SEARCH, { query: '%_%' }))).toBe('SEARCH_QUERY_NO_TERMS');
    expect(codeOf(await gql(app).as(user).send(SEARCH, { query: Array.from({ length: 17 }, (_, i) => `w${i}`).join(' ') }))).toBe('SEARCH_TOO_MANY_TERMS');
    expect(codeOf(await gql(app).as(user).send(SIMILAR, { text: '...' }))).toBe('SEARCH_QUERY_NO_TERMS');
    for (const [vars, field] of [
      [{ query: 'x'.repeat(LIMITS.searchQuery + 1) }, 'query'],
      [{ query: 'a\u0000b' }, 'query'],
      [{ query: 'a\u202Eb' }, 'query'],
      [{ query: '   ' }, 'query'],
      [{ query: 'ok', after: 'not-a-cursor' }, 'after'],
      [{ query: 'ok', authorId: 'nope' }, 'authorId'],
      [{ query: 'ok', language: 'english; drop' }, 'language'],
      [{ query: 'ok', first: 1000 }, 'first'],
    ] as const) {
      const res = await gql(app).as(user).send(SEARCH, vars);
      expect([codeOf(res), res.errors?.[0]?.extensions?.fields?.[0]?.field]).toEqual(['BAD_USER_INPUT', field]);
    }
  });
});
