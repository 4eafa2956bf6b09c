import { spawn } from 'node:child_process';
import { appendFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Pool } from 'pg';
import type { CapturedStatement } from '@pillars/api/core';
import { captureSql, gql, type ReplayContext } from './replay';
import { arg, duration, NODE_FLAGS, run, sessionsFor } from './load';
import { seedWikiBench, WIKI_BENCH_CLOSED_WORD, WIKI_BENCH_MARKERS, type WikiBenchData } from './wiki-seed';

export type WikiSuiteContext = ReplayContext & { orgId: string; root: string };

// The web's own documents (libs/web/wiki/data-access wiki.documents.ts, libs/web/search/data-access search.documents.ts), fragments inlined.
const SPACE_FIELDS = `fragment WikiSpaceFields on WikiSpace { id key name description visibility outsiderAccess reviewCycleMonths viewerRole abilities { canEdit canAdmin } }`;
const PAGE_FIELDS = `fragment WikiPageFields on WikiPage { id slug title language body bodyHtml revisionNumber hasChildren reviewBy needsVerification verifiedAt updatedAt
  owner { id name } verifiedBy { id name } abilities { canEdit canAdmin } breadcrumbs { id title slug } space { ...WikiSpaceFields } }`;
const PAGE_VIEW = `query WikiPageBySlug($spaceKey: String!, $slug: String!) { wikiPageBySlug(spaceKey: $spaceKey, slug: $slug) { ...WikiPageFields backlinks { id title slug spaceKey spaceName } } } ${PAGE_FIELDS} ${SPACE_FIELDS}`;
const HIT_FIELDS = `fragment SearchHitFields on SearchHit { kind id title snippetHtml url updatedAt language author { id name initials teams { team { id name } } } }`;
const SEARCH = `query Search($query: String!, $kinds: [SearchKind!], $first: Int, $after: String, $authorId: ID, $language: String, $updatedSince: DateTime, $typing: Boolean) {
  search(query: $query, kinds: $kinds, first: $first, after: $after, authorId: $authorId, language: $language, updatedSince: $updatedSince, typing: $typing) {
    edges { cursor node { ...SearchHitFields } } pageInfo { hasNextPage endCursor } counts { kind count capped } } } ${HIT_FIELDS}`;
/** The web asks for "did you mean" on its own, once a search found nothing (useDidYouMean). */
const SUGGESTION = `query SearchSuggestion($query: String!, $kinds: [SearchKind!]) { searchSuggestion(query: $query, kinds: $kinds) }`;
const SIMILAR = `query Similar($text: String!, $kinds: [SearchKind!], $first: Int) { similar(text: $text, kinds: $kinds, first: $first) { ...SearchHitFields } } ${HIT_FIELDS}`;
const SAVE = `mutation SaveWikiPage($input: SaveWikiPageInput!) { saveWikiPage(input: $input) { page { ...WikiPageFields } revision { id number } } } ${PAGE_FIELDS} ${SPACE_FIELDS}`;

interface ReadScenario { name: string; group: 'view' | 'search' | 'suggest' | 'similar'; body: { query: string; variables: Record<string, unknown> } }
type SearchAnswer = { search: { edges: { node: { kind: string; id: string } }[]; counts: { kind: string; count: number; capped: boolean }[] } };

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};

/** `n` requests one after the other (one person waiting): latency percentiles, ms. */
async function latencies(url: string, cookie: string, body: string, n: number): Promise<{ p50: number; p95: number; p99: number }> {
  const times: number[] = [];
  for (let i = 0; i < n + 10; i++) {
    const t = performance.now();
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
    const text = await res.text();
    if (res.status !== 200 || text.includes('"errors":[')) throw new Error(`${url}: ${res.status} ${text.slice(0, 300)}`);
    if (i >= 10) times.push(performance.now() - t); // the first ten warm up
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), p99: percentile(times, 99) };
}

/**
 * The wiki scenarios (issue 16, criterion 4) on 100k pages and 1M revisions: the page view against
 * the baseline replaying the statements the API sent for it (unnamed, then named), searches of
 * known sizes and "already done?" by latency (one person waiting; the baseline's replay beside
 * them), whether the candidate cap loses the best hits, and saves by 10 editors at once, each
 * checked to be searchable the moment it returns.
 */
export async function runWikiSuite(pool: Pool, c: WikiSuiteContext): Promise<void> {
  const log = (m: string) => console.log(m);
  const data: WikiBenchData = await seedWikiBench(pool, c.orgId, { spaces: Number(arg('spaces', '100')), pages: Number(arg('pages', '100000')), revisions: Number(arg('revisions-per-page', '10')), log });
  log(`wiki: ${data.pages} pages, ${data.revisions} revisions in ${data.spaces} bench spaces`);
  if (process.argv.includes('--seed-only')) return;
  const samples = Number(arg('samples', '200'));
  // An ordinary employee (no admin role): the read rule is the one most people get.
  const [viewer] = await sessionsFor(pool, c.orgId, 1, `manager_id IS NOT NULL AND NOT ('ADMIN' = ANY(roles)) AND NOT ('HR' = ANY(roles))`);
  // The last page of an organisation-wide space: three levels deep at full scale (breadcrumbs of two).
  const { rows: [view] } = await pool.query<{ key: string; slug: string }>(
    `SELECT s.key, wp.slug FROM wiki_pages wp JOIN wiki_spaces s ON s.id = wp.space_id
      WHERE wp.organization_id = $1 AND s.visibility = 'ORGANIZATION' AND s.key LIKE 'wb-%' ORDER BY wp.position DESC, wp.slug LIMIT 1`,
    [c.orgId],
  );
  const search = (query: string, typing = false) => ({ query: SEARCH, variables: typing ? { query, first: 8, typing: true } : { query, first: 20, kinds: null } });
  const similar = (text: string) => ({ query: SIMILAR, variables: { text, kinds: ['PAGE', 'POST'], first: 3 } });
  const reads: ReadScenario[] = [
    { name: `page view (wikiPageBySlug, the web's page document), /wiki/${view.key}/${view.slug}`, group: 'view', body: { query: PAGE_VIEW, variables: { spaceKey: view.key, slug: view.slug } } },
    ...WIKI_BENCH_MARKERS.map((m) => ({ name: `search "${m.word}"`, group: 'search' as const, body: search(m.word) })),
    { name: `search "${WIKI_BENCH_CLOSED_WORD}" (only in spaces the viewer may not read)`, group: 'search', body: search(WIKI_BENCH_CLOSED_WORD) },
    { name: `did you mean, after the empty search "${WIKI_BENCH_CLOSED_WORD}"`, group: 'suggest', body: { query: SUGGESTION, variables: { query: WIKI_BENCH_CLOSED_WORD, kinds: null } } },
    { name: 'did you mean "reimbursment" (a typo)', group: 'suggest', body: { query: SUGGESTION, variables: { query: 'reimbursment', kinds: null } } },
    { name: 'search "security review" (two words, AND)', group: 'search', body: search('security review') },
    { name: 'search "secur" as typed in the global box (prefix, first 8)', group: 'search', body: search('secur', true) },
    { name: 'search "viaggi" (Italian plural)', group: 'search', body: search('viaggi') },
    { name: 'search "الشركة" (Arabic, with the article)', group: 'search', body: search('الشركة') },
    { name: 'search "המחלקה" (Hebrew, with a prefix)', group: 'search', body: search('המחלקה') },
    { name: 'similar "Expense rules for travel"', group: 'similar', body: similar('Expense rules for travel') },
    { name: 'similar "Security review checklist"', group: 'similar', body: similar('Security review checklist') },
    { name: 'similar "Onboarding new colleagues"', group: 'similar', body: similar('Onboarding new colleagues') },
    { name: 'similar "دليل الموظف الجديد"', group: 'similar', body: similar('دليل الموظف الجديد') },
    { name: 'similar "נוהל הזמנת טיסה"', group: 'similar', body: similar('נוהל הזמנת טיסה') },
    { name: 'similar "Richiesta ferie e permessi"', group: 'similar', body: similar('Richiesta ferie e permessi') },
  ];
  const captured = await captureSql(c, reads.map((r) => ({ name: r.name, cookie: viewer, body: r.body })));
  const replayNames = Object.fromEntries(reads.map((s, i) => [s.name, `wiki${i}`]));
  const replayFile = join(mkdtempSync(join(tmpdir(), 'pillars-replay-')), 'replay.json');
  writeFileSync(replayFile, JSON.stringify(Object.fromEntries(Object.entries(captured).map(([name, sts]) => [replayNames[name], sts]))));
  for (const s of reads) log(`${s.name}: ${captured[s.name].length} statements`);

  // The candidate cap: each search's statement run again without its LIMIT, for the true number of
  // readable matches and the true top 20 (what the cap would have to keep).
  const capRows: string[] = [];
  for (const s of reads.filter((r) => r.group === 'search' || r.group === 'similar')) {
    capRows.push(await capCheck(pool, c, viewer, s, captured[s.name]).catch((e: Error) => `| ${s.name} | failed: ${e.message.slice(0, 120)} | | | | |`));
  }

  const basePort = c.apiPort + 100;
  const baseline = spawn(process.execPath, [...NODE_FLAGS, ...process.execArgv, join(__dirname, 'baseline.ts')], {
    env: { ...process.env, DATABASE_URL: c.databaseUrl, PORT: String(basePort), BENCH_REPLAY: replayFile },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  await new Promise((resolve) => baseline.once('message', resolve));
  const gqlUrl = `http://127.0.0.1:${c.apiPort}/graphql`;
  const loadBefore = loadavg()[0];
  const throughput: string[] = [];
  const latency: string[] = [];
  try {
    // Page view throughput against both baselines.
    const pageView = reads[0];
    for (const connections of arg('read-connections', '1,10').split(',').map(Number)) {
      const request = { method: 'POST' as const, body: JSON.stringify(pageView.body), cookie: viewer };
      await run(gqlUrl, connections, c.api, request); // warm-up
      const a = await run(gqlUrl, connections, c.api, request);
      const b = await run(`http://127.0.0.1:${basePort}/replay/${replayNames[pageView.name]}`, connections, baseline, { method: 'POST', cookie: viewer });
      const p = await run(`http://127.0.0.1:${basePort}/prepared/replay/${replayNames[pageView.name]}`, connections, baseline, { method: 'POST', cookie: viewer });
      const line = `| ${pageView.name} | ${connections} | ${a.rps.toFixed(0)} | ${a.p50} | ${a.p99} | ${a.cpu} | ${b.rps.toFixed(0)} | ${b.p50} | ${b.p99} | ${p.rps.toFixed(0)} | ${p.p50} | ${p.p99} | ${(a.rps / b.rps).toFixed(2)} | **${(a.rps / p.rps).toFixed(2)}** |`;
      console.log(line);
      throughput.push(line);
    }
    // Latency, one request at a time: the API, and the prepared baseline replaying its statements.
    for (const s of reads) {
      const a = await latencies(gqlUrl, viewer, JSON.stringify(s.body), samples);
      const p = await latencies(`http://127.0.0.1:${basePort}/prepared/replay/${replayNames[s.name]}`, viewer, '{}', samples);
      const line = `| ${s.name} | ${a.p50.toFixed(1)} | **${a.p95.toFixed(1)}** | ${a.p99.toFixed(1)} | ${p.p50.toFixed(1)} | ${p.p95.toFixed(1)} | ${p.p99.toFixed(1)} |`;
      console.log(line);
      latency.push(line);
    }
  } finally {
    baseline.kill('SIGTERM');
  }

  const saves = await runSaves(pool, c, gqlUrl);
  const { rows: [{ revisions }] } = await pool.query<{ revisions: number }>(`SELECT count(*)::int AS revisions FROM wiki_revisions WHERE organization_id = $1`, [c.orgId]);
  const seeded = data.timings ? `\n| seed step (this run) | seconds |\n|---|---|\n${Object.entries(data.timings).map(([k, v]) => `| ${k} | ${v.toFixed(1)} |`).join('\n')}\n` : '';
  const text = `\n### ${new Date().toISOString().slice(0, 10)} — wiki: ${data.pages} pages, ${revisions} revisions, ${data.spaces} spaces, PostgreSQL server, ${duration} s runs, ${samples} sequential requests per latency row, ${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${loadBefore.toFixed(1)} before and ${loadavg()[0].toFixed(1)} after (1 min)
${seeded}
| scenario | conns | API req/s | API p50 ms | API p99 ms | API CPU µs/req | unprepared req/s | unprepared p50 ms | unprepared p99 ms | prepared req/s | prepared p50 ms | prepared p99 ms | API / unprepared | API / prepared |
|---|---|---|---|---|---|---|---|---|---|---|---|---|---|
${throughput.join('\n')}

| one request at a time | API p50 ms | API p95 ms | API p99 ms | prepared baseline p50 ms | p95 ms | p99 ms |
|---|---|---|---|---|---|---|
${latency.join('\n')}

| the candidate cap (200 per kind) | readable matching pages | capped statement ms | uncapped statement ms | true top (20; similar: 3) kept | true top titled with the first word |
|---|---|---|---|---|---|
${capRows.join('\n')}

| saves, 10 editors on 10 pages | saves | saves/s | p50 ms | p95 ms | conflicts or errors | searchable right after it returned |
|---|---|---|---|---|---|---|
${saves.join('\n')}
`;
  console.log(text);
  if (process.argv.includes('--write')) appendFileSync(join(c.root, 'docs/benchmarks.md'), text);
}

/**
 * One search's (or "already done?"'s) statement with and without the candidate cap: the true
 * number of readable matches (search only), both times, and how much of the true top (20, or the 3
 * suggestions) the API's capped answer keeps.
 */
async function capCheck(pool: Pool, c: WikiSuiteContext, viewer: string, s: ReadScenario, statements: CapturedStatement[]): Promise<string> {
  const main = statements.find((st) => st.sql.includes('search_q AS MATERIALIZED'));
  if (!main) throw new Error(`${s.name}: no search statement captured`);
  const uncappedSql = main.sql.replace(/ LIMIT 201\)/g, ')');
  if (uncappedSql === main.sql) throw new Error(`${s.name}: the candidate cap is not where the bench expects it`);
  type Hit = { kind: string; id: string; title: string };
  const timed = async (sql: string) => {
    const times: number[] = [];
    let rows: Record<string, unknown>[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      rows = (await pool.query(sql, main.params)).rows;
      times.push(performance.now() - t);
    }
    return { rows, ms: percentile(times, 50) };
  };
  const capped = await timed(main.sql);
  const uncapped = await timed(uncappedSql);
  let truth: Hit[];
  let got: Set<string>;
  let n: number | string = '–';
  if (s.group === 'search') {
    const row = uncapped.rows[0] as { counts: { kind: string; n: number }[]; hits: Hit[] };
    truth = row.hits.filter((h) => h.kind === 'PAGE').slice(0, 20);
    n = row.counts.find((k) => k.kind === 'PAGE')?.n ?? 0;
    const answer = await gql<SearchAnswer>(c.apiPort, viewer, s.body.query, s.body.variables);
    got = new Set(answer.search.edges.filter((e) => e.node.kind === 'PAGE').map((e) => e.node.id));
  } else {
    truth = uncapped.rows as Hit[];
    const answer = await gql<{ similar: Hit[] }>(c.apiPort, viewer, s.body.query, s.body.variables);
    got = new Set(answer.similar.map((h) => h.id));
  }
  const kept = truth.filter((h) => got.has(h.id)).length;
  const words = String(s.body.variables['query'] ?? s.body.variables['text']).toLowerCase().slice(0, 5);
  const titled = truth.filter((h) => h.title.toLowerCase().includes(words)).length;
  const line = `| ${s.name} | ${n} | ${capped.ms.toFixed(1)} | ${uncapped.ms.toFixed(1)} | ${kept} / ${truth.length} | ${titled} |`;
  console.log(line);
  return line;
}

/**
 * 10 editors, each on a page of their own (made an editor of its space), saving as fast as the
 * API answers for `duration` seconds: once saves alone (the rate), once with a search for the
 * save's unique word right after each save returns (the page must be a hit, every time).
 */
async function runSaves(pool: Pool, c: WikiSuiteContext, gqlUrl: string): Promise<string[]> {
  const editors = Number(arg('editors', '10'));
  const { rows: pages } = await pool.query<{ id: string; spaceId: string; title: string; body: string; language: string; revision: number }>(
    `SELECT DISTINCT ON (wp.space_id) wp.id, wp.space_id AS "spaceId", wp.title, wp.body, wp.language, wp.revision_number AS revision
       FROM wiki_pages wp JOIN wiki_spaces s ON s.id = wp.space_id
      WHERE wp.organization_id = $1 AND s.key LIKE 'wb-%' AND s.visibility = 'ORGANIZATION' AND wp.deleted_at IS NULL AND wp.position = 7
      ORDER BY wp.space_id, wp.id LIMIT $2`,
    [c.orgId, editors],
  );
  const { rows: people } = await pool.query<{ id: string }>(`SELECT id FROM users WHERE organization_id = $1 AND status = 'ACTIVE' AND NOT ('ADMIN' = ANY(roles)) ORDER BY id OFFSET 100 LIMIT $2`, [c.orgId, editors]);
  await pool.query(
    `INSERT INTO wiki_space_members (space_id, user_id, organization_id, role, added_by) SELECT s, u, $1, 'EDITOR', u FROM unnest($2::uuid[], $3::uuid[]) AS x(s, u)
     ON CONFLICT (space_id, user_id) DO UPDATE SET role = 'EDITOR'`,
    [c.orgId, pages.map((p) => p.spaceId), people.map((p) => p.id)],
  );
  const cookies = await sessionsFor(pool, c.orgId, editors, `id = ANY('{${people.map((p) => p.id).join(',')}}'::uuid[])`);
  const phase = async (check: boolean) => {
    const times: number[] = [];
    let failures = 0;
    let checked = 0;
    let found = 0;
    const started = performance.now();
    const until = started + duration * 1000;
    await Promise.all(pages.map(async (page, w) => {
      const cookie = cookies[w];
      for (let n = 0; performance.now() < until; n++) {
        const word = `wbsave${w}x${Date.now().toString(36)}${n}`;
        const t = performance.now();
        const res = await fetch(gqlUrl, {
          method: 'POST', headers: { 'content-type': 'application/json', cookie },
          body: JSON.stringify({ query: SAVE, variables: { input: { pageId: page.id, baseRevision: page.revision, title: page.title, body: `${page.body}\n\nEdited in the benchmark: ${word}.`, language: page.language, summary: 'Bench edit' } } }),
        });
        const json = (await res.json()) as { data?: { saveWikiPage: { revision: { number: number } } }; errors?: unknown[] };
        times.push(performance.now() - t);
        if (!json.data?.saveWikiPage) {
          if (failures++ === 0) console.log(`save failed: ${JSON.stringify(json.errors ?? json).slice(0, 400)}`);
          const { rows: [r] } = await pool.query<{ n: number }>(`SELECT revision_number AS n FROM wiki_pages WHERE id = $1`, [page.id]);
          page.revision = r.n;
          continue;
        }
        page.revision = json.data.saveWikiPage.revision.number;
        if (!check) continue;
        const hits = await gql<SearchAnswer>(c.apiPort, cookie, SEARCH, { query: word, kinds: ['PAGE'], first: 5 });
        checked++;
        if (hits.search.edges.some((e) => e.node.id === page.id)) found++;
      }
    }));
    const seconds = (performance.now() - started) / 1000;
    return { saves: times.length, rate: times.length / seconds, p50: percentile(times, 50), p95: percentile(times, 95), failures, checked, found };
  };
  const rows: string[] = [];
  await phase(false); // warm-up
  for (const check of [false, true]) {
    const r = await phase(check);
    const line = `| ${check ? 'each save, then a search for its unique word' : 'saves alone'} | ${r.saves} | **${r.rate.toFixed(0)}** | ${r.p50.toFixed(1)} | ${r.p95.toFixed(1)} | ${r.failures} | ${check ? `**${r.found} of ${r.checked}**` : '–'} |`;
    console.log(line);
    rows.push(line);
  }
  return rows;
}
