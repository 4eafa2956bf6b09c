import { inPoolTransaction } from '@pillars/api/core';
import type { Pool, PoolClient } from 'pg';

/**
 * The wiki benchmark's data (issue 16, criterion 4), once per organisation, in set-based SQL
 * (generate_series; no row goes through Node): `spaces` spaces (most open to the organisation, some
 * a team's, a few for named members), `pages` pages in trees of three levels, each with `revisions`
 * immutable revisions (the last one is the page), in English, Italian, Arabic (some words with
 * tashkeel) and Hebrew (some with niqqud), drawn from everyday-office vocabularies with a skew
 * (a few words common, most rare), like real text.
 *
 * Planted words, kept out of the vocabularies, give searches of a known size (on pages spread over
 * every space by h, the page's rank by md5: a permutation that keeps no residue of the space
 * number): `kubernetes` in 10 pages, `reimbursement` in 1,000, `onboarding` in 5,000, `security`
 * in 20,000 (of every language: English terms turn up in every team's pages), each also in the
 * title of a few of those pages (the hits a search must not lose). `confidential` is in every page
 * of the members-only spaces: thousands of matches of which an ordinary employee may read none
 * (the search that must not cost more because nothing it finds is readable).
 */

/** Planted words and on which pages they fall (by a residue of h, see above). */
export const WIKI_BENCH_MARKERS = [
  { word: 'kubernetes', every: 10_000, at: 7, titleEvery: 20_000 },
  { word: 'reimbursement', every: 100, at: 3, titleEvery: 2_000 },
  { word: 'onboarding', every: 20, at: 1, titleEvery: 1_000 },
  { word: 'security', every: 5, at: 2, titleEvery: 1_000 },
] as const;

/** In every page of the members-only spaces (space number % 25 = 0), none in a title. */
export const WIKI_BENCH_CLOSED_WORD = 'confidential';

const EN = `team project meeting review process customer report budget release deploy service incident office travel expense holiday contract supplier training manager colleague document procedure request approval deadline goal result product sales warehouse order invoice payment salary schedule work week month year day system access password network server data analysis quality control policy handbook guide instructions question answer problem solution new important general internal external technical plan roadmap sprint backlog ticket support laptop printer badge parking lunch kitchen desk room calendar agenda minutes notes action owner checklist template account vendor audit compliance risk backup database migration outage monitoring alert dashboard metric feedback interview hiring benefit pension insurance leave sick remote hybrid visit conference workshop offsite launch campaign brand website newsletter partner`;
const IT = `squadra progetto riunione cliente clienti rapporto bilancio rilascio servizio ufficio viaggio viaggi spese ferie permesso contratto fornitore formazione responsabile colleghi documento documenti procedura richiesta approvazione scadenza obiettivo risultato prodotto vendite magazzino ordine fattura pagamento stipendio orario lavoro sede regola regole modulo piano settimana mese anno giorno sistema accesso rete dati analisi qualità controllo verifica revisione politica manuale guida istruzioni domanda risposta problema soluzione nuovo nuova importante generale interno esterno tecnico amministrativo personale aziendale mensile annuale prima dopo sempre ogni tutti insieme chiedere inviare controllare aggiornare preparare compilare firmare approvare pianificare organizzare rispondere leggere scrivere consegnare pagare prenotare riunioni progetti città perché più già università attività`;
const AR = `فريق مشروع اجتماع مراجعة عميل تقرير ميزانية إصدار خدمة مكتب سفر نفقات إجازة عقد مورد تدريب مدير زملاء وثيقة إجراء طلب موافقة موعد هدف نتيجة منتج مبيعات مستودع فاتورة دفع راتب عمل أسبوع شهر سنة يوم نظام دخول شبكة بيانات تحليل جودة مراقبة سياسة دليل تعليمات سؤال جواب مشكلة حل جديد مهم عام داخلي خارجي تقني إداري الموظفين الشركة القسم الفريق المشروع والعملاء بالبريد للموظف الإدارة المالية الموارد البشرية المعلومات الاجتماعات التقارير الميزانيّة مُدِير الشَّرِكَة العَمَل مَكْتَب أحمد إدارة أمان إنجاز آخر أول مدينة رحلة فندق تذكرة حجز`;
const HE = `צוות פרויקט פגישה סקירה לקוח דוח תקציב גרסה שירות משרד נסיעה הוצאות חופשה חוזה ספק הדרכה מנהל עמיתים מסמך נוהל בקשה אישור מועד יעד תוצאה מוצר מכירות מחסן הזמנה חשבונית תשלום משכורת עבודה שבוע חודש שנה יום מערכת גישה סיסמה רשת נתונים ניתוח איכות בקרה מדיניות מדריך הוראות שאלה תשובה בעיה פתרון חדש חשוב כללי פנימי חיצוני טכני העובדים החברה המחלקה והצוות בפרויקט לעובד שהלקוח מהמשרד הפגישות הדוחות בתקציב לַמְּנַהֵל הַצֶּוֶת שָׁבוּעַ עֲבוֹדָה מָלוֹן טיסה כרטיס הזמנות ישיבה`;

/** The vocabularies as SQL array literals (the words contain no quote). */
const vocab = (words: string) => `ARRAY[${words.split(/\s+/).filter(Boolean).map((w) => `'${w}'`).join(',')}]`;

export interface WikiBenchData {
  pages: number;
  revisions: number;
  spaces: number;
  /** Seconds each step took when this run seeded (null: found seeded). */
  timings: Record<string, number> | null;
}

/** A stable id from a name: an md5 with the version and variant bits of a v4 UUID (the API's inputs check them). */
const uuidOf = (name: string) => `overlay(overlay(md5(${name}) placing '4' from 13) placing '8' from 17)::uuid`;
const pageId = (i: string) => uuidOf(`'wikibench-page-' || ${i}`);
const spaceId = (s: string) => uuidOf(`'wikibench-space-' || ${s}`);

/**
 * Seeds once (found by the `wb-` space keys). `log` gets each step with its time. Returns counts
 * and the timings (search vectors: the trigger's work done once more as a plain SELECT, so the
 * backfill of the search migration on a database of this size can be read off).
 */
export async function seedWikiBench(pool: Pool, organizationId: string, opts: { spaces: number; pages: number; revisions: number; log: (m: string) => void }): Promise<WikiBenchData> {
  const count = async () => {
    const { rows: [r] } = await pool.query<{ pages: number; revisions: number; spaces: number }>(
      `SELECT (SELECT count(*)::int FROM wiki_pages WHERE organization_id = $1) AS pages, (SELECT count(*)::int FROM wiki_revisions WHERE organization_id = $1) AS revisions,
              (SELECT count(*)::int FROM wiki_spaces WHERE organization_id = $1 AND key LIKE 'wb-%') AS spaces`,
      [organizationId],
    );
    return r;
  };
  const found = await count();
  if (found.spaces > 0) return { ...found, timings: null };
  const timings: Record<string, number> = {};
  await inPoolTransaction(pool, async (client) => {
    const step = async (name: string, sql: string, params: unknown[] = []) => {
      const t = Date.now();
      const r = await client.query(sql, params);
      timings[name] = (Date.now() - t) / 1000;
      opts.log(`wiki seed: ${name}: ${r.rowCount ?? 0} rows in ${timings[name].toFixed(1)} s`);
    };
    await client.query(`SET LOCAL synchronous_commit = off`);
    const { rows: [ids] } = await client.query<{ users: string[]; teams: string[] }>(
      `SELECT (SELECT array_agg(id ORDER BY id) FROM users WHERE organization_id = $1 AND status = 'ACTIVE') AS users,
              (SELECT array_agg(id ORDER BY id) FROM teams WHERE organization_id = $1) AS teams`,
      [organizationId],
    );
    const params = [organizationId, ids.users, ids.teams, opts.spaces, opts.pages, opts.revisions];
    // Spaces: every 10th a team's (half of those closed to outsiders), every 25th for named members; the rest the organisation's.
    await step('spaces', `INSERT INTO wiki_spaces (id, organization_id, key, name, description, visibility, team_id, outsider_access, review_cycle_months, created_by, created_at)
      SELECT ${spaceId('s')}, $1, 'wb-' || s, 'Bench space ' || s, 'Benchmark space ' || s,
        CASE WHEN s % 25 = 0 THEN 'MEMBERS' WHEN s % 10 = 0 THEN 'TEAM' ELSE 'ORGANIZATION' END,
        CASE WHEN s % 25 <> 0 AND s % 10 = 0 THEN ($3::uuid[])[1 + s % cardinality($3::uuid[])] END,
        CASE WHEN s % 20 = 0 THEN 'NONE' ELSE 'READ' END, (ARRAY[6, 12, 18, 24])[1 + s % 4], ($2::uuid[])[1 + s % cardinality($2::uuid[])], now() - interval '3 years'
      FROM generate_series(1, $4::int) s`, params.slice(0, 4));
    // Named members of the members-only spaces: 50 people each, a few of them editors and admins.
    await step('space members', `INSERT INTO wiki_space_members (space_id, user_id, organization_id, role, added_by)
      SELECT ${spaceId('s')}, ($2::uuid[])[1 + (s * 131 + k * 197) % cardinality($2::uuid[])], $1,
        CASE WHEN k = 1 THEN 'ADMIN' WHEN k <= 10 THEN 'EDITOR' ELSE 'READER' END, ($2::uuid[])[1]
      FROM generate_series(1, $3::int) s, generate_series(1, 50) k WHERE s % 25 = 0 ON CONFLICT DO NOTHING`, [organizationId, ids.users, opts.spaces]);
    // Pages: page i lives in space 1 + i % S, at index j = i / S there; j < 20 are the roots, the
    // others hang under index j / 20 of the same space (three levels). Language by i % 10: 40%
    // English, 20% each Italian, Arabic and Hebrew. Bodies: a heading, two paragraphs and a list
    // of skewed words of the language, with the planted words. The search trigger is off while
    // inserting: its work is timed below on its own, and done by the backfill statement.
    await client.query(`ALTER TABLE wiki_pages DISABLE TRIGGER wiki_pages_search_fill`);
    const markers = [
      ...WIKI_BENCH_MARKERS.map((m) => `CASE WHEN w.h % ${m.every} = ${m.at} THEN ' ${m.word}' ELSE '' END`),
      `CASE WHEN w.closed THEN ' ${WIKI_BENCH_CLOSED_WORD}' ELSE '' END`,
    ].join(' || ');
    const titleMarkers = WIKI_BENCH_MARKERS.map((m) => `CASE WHEN w.h % ${m.titleEvery} = ${m.at} THEN '${m.word[0].toUpperCase()}${m.word.slice(1)} ' ELSE '' END`).join(' || ');
    await client.query(`CREATE TEMP TABLE wb_src ON COMMIT DROP AS
      WITH v AS (SELECT ${vocab(EN)} AS en, ${vocab(IT)} AS it, ${vocab(AR)} AS ar, ${vocab(HE)} AS he)
      SELECT i, (rank() OVER (ORDER BY md5(i::text), i) - 1)::int AS h, (1 + i % $2::int) % 25 = 0 AS closed, CASE WHEN i % 10 < 4 THEN 'en' WHEN i % 10 < 6 THEN 'it' WHEN i % 10 < 8 THEN 'ar' ELSE 'he' END AS language,
        CASE WHEN i % 10 < 4 THEN v.en WHEN i % 10 < 6 THEN v.it WHEN i % 10 < 8 THEN v.ar ELSE v.he END AS words
      FROM generate_series(1, $1::int) i, v`, [opts.pages, opts.spaces]);
    // A word of the page's vocabulary, skewed towards its first ones (random()^2).
    const word = `w.words[1 + floor(random() ^ 2 * cardinality(w.words))::int]`;
    const words = (n: number, sep = ' ') => `(SELECT string_agg(${word} || CASE WHEN g % 11 = 0 THEN '.' ELSE '' END, '${sep}') FROM generate_series(1, ${n} + w.i * 0) g)`;
    await step('page texts', `CREATE TEMP TABLE wb_text ON COMMIT DROP AS
      SELECT w.i, w.language, ${titleMarkers} || initcap(${words(3)}) AS title,
        initcap(${words(4)}) AS heading, ${words(60)} || '.' AS p1, ${words(50)} AS p2, ${words(4)} AS l1, ${words(5)} AS l2, ${words(3)} AS l3, ${markers} AS planted
      FROM wb_src w`);
    await step('pages', `INSERT INTO wiki_pages (id, organization_id, space_id, parent_id, position, slug, title, language, body, body_html, revision_number, owner_id,
        created_by, created_at, updated_by, updated_at, search_vector, search_title)
      SELECT ${pageId('t.i')}, $1, ${spaceId('(1 + t.i % $3::int)')},
        CASE WHEN t.i / $3::int >= 20 THEN ${pageId(`((t.i / $3::int) / 20 * $3::int + t.i % $3::int)`)} END, t.i / $3::int,
        'p' || t.i, t.title, t.language, b.body, '<h2>' || t.heading || '</h2><p>' || t.p1 || '</p><ul><li>' || t.l1 || '</li><li>' || t.l2 || '</li><li>' || t.l3 || '</li></ul><p>' || t.p2 || t.planted || '</p>',
        $4::int, ($2::uuid[])[1 + (t.i::bigint * 7919) % cardinality($2::uuid[])], ($2::uuid[])[1 + (t.i::bigint * 7919) % cardinality($2::uuid[])], now() - interval '3 years' + (t.i % 900) * interval '1 day',
        ($2::uuid[])[1 + (t.i::bigint * 104729) % cardinality($2::uuid[])], now() - (t.i % 700) * interval '1 day', ''::tsvector, ''
      FROM wb_text t, LATERAL (SELECT '## ' || t.heading || E'\\n\\n' || t.p1 || E'\\n\\n- ' || t.l1 || E'\\n- ' || t.l2 || E'\\n- ' || t.l3 || E'\\n\\n' || t.p2 || t.planted AS body) b
      ORDER BY t.i`, [organizationId, ids.users, opts.spaces, opts.revisions]);
    await client.query(`ALTER TABLE wiki_pages ENABLE TRIGGER wiki_pages_search_fill`);
    await step('page slugs', `INSERT INTO wiki_page_slugs (space_id, slug, page_id, organization_id) SELECT space_id, slug, id, organization_id FROM wiki_pages WHERE organization_id = $1 AND slug LIKE 'p%'`, [organizationId]);
    // Revisions 1…R-1: the page growing (the first paragraph, then the list, then all but the planted words); R is the page as it is.
    await step('revisions', `INSERT INTO wiki_revisions (organization_id, page_id, number, title, body, body_html, summary, language, author_id, created_at)
      SELECT $1, wp.id, r, wp.title,
        CASE WHEN r = $3::int THEN wp.body ELSE left(wp.body, greatest(40, length(wp.body) * r / $3::int)) END,
        CASE WHEN r = $3::int THEN wp.body_html ELSE '<p>' || left(wp.body, greatest(40, length(wp.body) * r / $3::int)) || '</p>' END,
        CASE WHEN r = 1 THEN 'First version' WHEN r % 3 = 0 THEN 'Updated' END, wp.language,
        ($2::uuid[])[1 + ((hashtext(wp.id::text) + r * 31) & 1048575) % cardinality($2::uuid[])],
        wp.created_at + (wp.updated_at - wp.created_at) * (r - 1) / greatest($3::int - 1, 1)
      FROM wiki_pages wp, generate_series(1, $3::int) r WHERE wp.organization_id = $1`, [organizationId, ids.users, opts.revisions]);
    // The search migration's backfill (`UPDATE wiki_pages SET title = title` through the trigger), as one statement.
    await step('search backfill (the trigger\'s work, 1798420000000)', `UPDATE wiki_pages SET title = title WHERE organization_id = $1`, [organizationId]);
  });
  const t = Date.now();
  await pool.query(`VACUUM ANALYZE wiki_pages`);
  await pool.query(`VACUUM ANALYZE wiki_revisions`);
  await pool.query(`ANALYZE wiki_spaces; ANALYZE wiki_space_members; ANALYZE wiki_page_slugs`);
  timings['vacuum analyze'] = (Date.now() - t) / 1000;
  opts.log(`wiki seed: vacuum analyze in ${timings['vacuum analyze'].toFixed(1)} s`);
  await timeSearchWork(pool, organizationId, timings, opts.log);
  return { ...(await count()), timings };
}

/** The search pipeline's cost on the seeded pages, read-only: vectors and folded titles computed once more, and the GIN builds. */
async function timeSearchWork(pool: Pool, organizationId: string, timings: Record<string, number>, log: (m: string) => void): Promise<void> {
  const client: PoolClient = await pool.connect();
  try {
    let t = Date.now();
    await client.query(`SELECT sum(length(pillars_search_vector(title, body, language)::text)), sum(length(pillars_normalize(title))) FROM wiki_pages WHERE organization_id = $1`, [organizationId]);
    timings['search vectors computed (SELECT)'] = (Date.now() - t) / 1000;
    await client.query('BEGIN');
    t = Date.now();
    await client.query(`CREATE INDEX wb_probe_vector ON wiki_pages USING gin (search_vector) WHERE deleted_at IS NULL`);
    timings['GIN build, search_vector'] = (Date.now() - t) / 1000;
    t = Date.now();
    await client.query(`CREATE INDEX wb_probe_title ON wiki_pages USING gin (search_title gin_trgm_ops) WHERE deleted_at IS NULL`);
    timings['GIN build, search_title trigrams'] = (Date.now() - t) / 1000;
    await client.query('ROLLBACK');
    for (const k of ['search vectors computed (SELECT)', 'GIN build, search_vector', 'GIN build, search_title trigrams']) log(`wiki seed: ${k}: ${timings[k].toFixed(1)} s`);
  } finally {
    client.release();
  }
}
