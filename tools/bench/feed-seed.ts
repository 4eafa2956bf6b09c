import { renderMarkdown } from '@pillars/api/core';
import type { Pool } from 'pg';

export interface FeedSeedOptions {
  posts: number;
  /** Average comments per post (a quarter of them get one reply on top). */
  commentsPerPost?: number;
  /** Average reactions per post (0 to 2 × this, from different people). */
  reactionsPerPost?: number;
  /** Every n-th team's feed is private (its posts hidden from non-members). */
  privateEvery?: number;
  /** Every n-th company post is a pinned-or-not must-read announcement to everyone. */
  announcementEvery?: number;
  log?: (m: string) => void;
}

const TEMPLATES: { lang: string; body: string }[] = [
  { lang: 'en', body: 'Shipped the **new onboarding flow** today. Feedback welcome in the thread. #onboarding #release' },
  { lang: 'en', body: 'Reminder: rotate your API keys before Friday. Guide: [security wiki](https://wiki.example.com/security). #security' },
  { lang: 'en', body: 'Sprint review notes:\n\n| Item | Status |\n|---|---|\n| Search | done |\n| Export | in progress |\n\n#engineering' },
  { lang: 'en', body: 'Quick tip:\n\n```ts\nconst page = await feed.next({ first: 20 });\n```\n\n#engineering #tips' },
  { lang: 'en', body: 'Welcome to the team, everyone who joined this week! 👋 #welcome #onboarding' },
  { lang: 'ar', body: 'تم إطلاق **الإصدار الجديد** اليوم. شكراً لكل الفريق. #release' },
  { lang: 'ar', body: 'تذكير: لا تشاركوا كلمات المرور عبر البريد الإلكتروني. #security' },
  { lang: 'ar', body: 'مرحباً بالزملاء الجدد في مكتب دبي! #welcome' },
  { lang: 'ar', body: 'ملخص الاجتماع:\n\n- الميزانية\n- التوظيف\n- خطة الربع القادم\n\n#planning' },
  { lang: 'ar', body: 'هل لدى أحد خبرة في إعداد التقارير الشهرية؟ #question' },
  { lang: 'he', body: 'ה-deploy של ה-release החדש עבר בהצלחה ✨ #release' },
  { lang: 'he', body: 'תזכורת: עדכון ה-VPN מחר ב-09:00. #security #it' },
  { lang: 'he', body: 'ברוכים הבאים לעובדים החדשים בתל אביב! #welcome #onboarding' },
  { lang: 'he', body: 'שאלה: מישהו יודע איפה ה-dashboard של ה-metrics? #question #data' },
  { lang: 'he', body: 'סיכום ה-retro:\n\n1. פחות meetings\n2. יותר code review\n\n#engineering' },
  { lang: 'it', body: 'Oggi abbiamo rilasciato la **nuova versione** dell\'app. #release #mobile' },
  { lang: 'it', body: 'Promemoria: corso di sicurezza obbligatorio entro venerdì. #security #learning' },
  { lang: 'it', body: 'Benvenuti ai nuovi colleghi di Milano! #welcome' },
  { lang: 'it', body: 'Qualcuno ha esperienza con dbt? Cerco consigli sui modelli incrementali. #data #question' },
  { lang: 'it', body: 'Note della riunione:\n\n- obiettivi Q1\n- budget\n\n#planning' },
];
const COMMENTS = ['Great work! 🎉', 'Thanks for sharing.', 'شكراً جزيلاً!', 'תודה רבה!', 'Grazie mille!', 'Can we talk about this on Monday?', '+1, same here.', 'מעולה, I will take a look.'];

/**
 * A large feed for the benchmark, generated in SQL (generate_series, INSERT … SELECT) from bodies
 * rendered once by the feeds' Markdown renderer (core renderMarkdown) and reused, so 1M posts take
 * minutes. Company posts are one in ten; team posts come from a member of the team. Idempotent:
 * an organisation that already has at least `posts` posts is left alone.
 */
export async function seedLargeFeed(pool: Pool, organizationId: string, options: FeedSeedOptions): Promise<{ posts: number; seeded: boolean }> {
  const log = options.log ?? (() => undefined);
  const { rows: [state] } = await pool.query<{ n: number; done: boolean }>(
    `SELECT (SELECT count(*) FROM posts WHERE organization_id = $1)::int AS n, EXISTS (SELECT 1 FROM feed_follows WHERE organization_id = $1) AS done`,
    [organizationId],
  );
  // Follows are written last: with them the feed is complete; without, a run was interrupted.
  if (state.done && state.n >= options.posts) return { posts: state.n, seeded: false };
  const started = Date.now();
  const client = await pool.connect();
  try {
    if (state.n > 0) {
      log('an earlier feed seed did not finish: removing it');
      await client.query(`DELETE FROM posts WHERE organization_id = $1`, [organizationId]);
      await client.query(`DELETE FROM feed_follows WHERE organization_id = $1`, [organizationId]);
    }
    const existing = 0;
    await client.query(`SET synchronous_commit = off`);
    const variants = TEMPLATES.flatMap((t, i) => [t, { lang: t.lang, body: `${t.body}\n\n_(${i + 1})_ #bench` }]);
    const bodies = variants.map((t) => ({ ...t, ...renderMarkdown(t.body) }));
    const comments = COMMENTS.map((c) => ({ body: c, html: renderMarkdown(c).html }));
    await client.query(`CREATE TEMP TABLE IF NOT EXISTS bench_bodies (n int PRIMARY KEY, lang text, body text, body_html text, topics text[])`);
    await client.query(`TRUNCATE bench_bodies`);
    await client.query(`INSERT INTO bench_bodies SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(n int, lang text, body text, body_html text, topics text[])`, [
      JSON.stringify(bodies.map((b, i) => ({ n: i + 1, lang: b.lang, body: b.body, body_html: b.html, topics: b.topics }))),
    ]);
    await client.query(`CREATE TEMP TABLE IF NOT EXISTS bench_comments (n int PRIMARY KEY, body text, body_html text)`);
    await client.query(`TRUNCATE bench_comments`);
    await client.query(`INSERT INTO bench_comments SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(n int, body text, body_html text)`, [
      JSON.stringify(comments.map((c, i) => ({ n: i + 1, body: c.body, body_html: c.html }))),
    ]);
    await client.query(`DROP TABLE IF EXISTS bench_members, bench_users`);
    await client.query(`CREATE TEMP TABLE bench_members AS SELECT (row_number() OVER (ORDER BY team_id, user_id))::int AS n, team_id, user_id FROM team_memberships WHERE organization_id = $1`, [organizationId]);
    await client.query(`CREATE TEMP TABLE bench_users AS SELECT (row_number() OVER (ORDER BY id))::int AS n, id FROM users WHERE organization_id = $1 AND status = 'ACTIVE'`, [organizationId]);
    await client.query(`CREATE UNIQUE INDEX ON bench_members (n)`);
    await client.query(`CREATE UNIQUE INDEX ON bench_users (n)`);
    const { rows: [sizes] } = await client.query<{ m: number; u: number }>(`SELECT (SELECT count(*) FROM bench_members)::int AS m, (SELECT count(*) FROM bench_users)::int AS u`);

    // Private feeds: every n-th team.
    await client.query(
      `INSERT INTO team_feeds (team_id, organization_id, visibility)
       SELECT id, organization_id, 'PRIVATE' FROM (SELECT id, organization_id, row_number() OVER (ORDER BY id) AS n FROM teams WHERE organization_id = $1) t
        WHERE n % $2 = 0 ON CONFLICT (team_id) DO NOTHING`,
      [organizationId, options.privateEvery ?? 50],
    );

    // Posts, newest first (i = 1 is now), spread over a year.
    const step = (365 * 86400) / options.posts;
    const chunk = 100_000;
    for (let from = existing + 1; from <= options.posts; from += chunk) {
      const to = Math.min(options.posts, from + chunk - 1);
      await client.query(
        `INSERT INTO posts (organization_id, author_id, team_id, body, body_html, language, topics, created_at, updated_at)
         SELECT $1, CASE WHEN i % 10 = 0 THEN u.id ELSE m.user_id END, CASE WHEN i % 10 = 0 THEN NULL ELSE m.team_id END,
                b.body, b.body_html, b.lang, b.topics, ts, ts
           FROM generate_series($2::int, $3::int) AS i
           CROSS JOIN LATERAL (SELECT now() - make_interval(secs => i * $4::float8) AS ts) t
           JOIN bench_members m ON m.n = 1 + (i::bigint * 7919) % $5
           JOIN bench_users u ON u.n = 1 + (i::bigint * 104729) % $6
           JOIN bench_bodies b ON b.n = 1 + i % $7`,
        [organizationId, from, to, step, sizes.m, sizes.u, bodies.length],
      );
      log(`posts ${to}/${options.posts} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
    }
    await client.query(`ANALYZE posts`);

    // Comments (commentsPerPost on average, as whole numbers per post), then replies to a quarter.
    const perPost = options.commentsPerPost ?? 0.5;
    const { rows: [c] } = await client.query<{ n: number }>(
      `WITH p AS (SELECT id, created_at, (row_number() OVER (ORDER BY id))::bigint AS rn FROM posts WHERE organization_id = $1 AND NOT EXISTS (SELECT 1 FROM post_comments c WHERE c.post_id = posts.id)),
            ins AS (
              INSERT INTO post_comments (organization_id, post_id, author_id, body, body_html, created_at)
              SELECT $1, p.id, u.id, cm.body, cm.body_html, p.created_at + make_interval(mins => k * 7)
                FROM p CROSS JOIN LATERAL generate_series(1, floor((p.rn % 100) * $2::float8 * 2 / 100 + 0.5)::int) AS k
                JOIN bench_users u ON u.n = 1 + (p.rn * 31 + k * 577) % $3
                JOIN bench_comments cm ON cm.n = 1 + (p.rn + k) % $4
              RETURNING 1)
       SELECT count(*)::int AS n FROM ins`,
      [organizationId, perPost, sizes.u, comments.length],
    );
    const { rows: [r] } = await client.query<{ n: number }>(
      `WITH ins AS (
         INSERT INTO post_comments (organization_id, post_id, parent_id, author_id, body, body_html, created_at)
         SELECT $1, c.post_id, c.id, u.id, cm.body, cm.body_html, c.created_at + interval '20 minutes'
           FROM (SELECT id, post_id, created_at, (row_number() OVER (ORDER BY id))::bigint AS rn FROM post_comments WHERE organization_id = $1 AND parent_id IS NULL) c
           JOIN bench_users u ON u.n = 1 + (c.rn * 17) % $2
           JOIN bench_comments cm ON cm.n = 1 + c.rn % $3
          WHERE c.rn % 4 = 0
         RETURNING 1)
       SELECT count(*)::int AS n FROM ins`,
      [organizationId, sizes.u, comments.length],
    );
    log(`comments ${c.n} + replies ${r.n} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

    // Reactions: 0 … 2 × reactionsPerPost per post, each from a different person.
    const perPostR = options.reactionsPerPost ?? 3;
    const { rows: [x] } = await client.query<{ n: number }>(
      `WITH p AS (SELECT id, created_at, (row_number() OVER (ORDER BY id))::bigint AS rn FROM posts WHERE organization_id = $1),
            ins AS (
              INSERT INTO post_reactions (post_id, user_id, organization_id, kind, created_at)
              SELECT p.id, u.id, $1, (ARRAY['LIKE','LIKE','CELEBRATE','INSIGHTFUL','SUPPORT'])[1 + (p.rn + k) % 5], p.created_at + make_interval(mins => k)
                FROM p CROSS JOIN LATERAL generate_series(1, (abs(hashtext(p.id::text)) % ($2::int * 2 + 1))::int) AS k
                JOIN bench_users u ON u.n = 1 + (p.rn * 13 + k * 977) % $3
              ON CONFLICT DO NOTHING
              RETURNING 1)
       SELECT count(*)::int AS n FROM ins`,
      [organizationId, perPostR, sizes.u],
    );
    log(`reactions ${x.n} (${((Date.now() - started) / 1000).toFixed(0)} s)`);

    // Announcements: every `announcementEvery`-th company post becomes a must-read announcement to
    // everyone (a receipt per person), the newest two pinned for a month.
    const every = options.announcementEvery ?? 2500;
    const { rows: [an] } = await client.query<{ n: number }>(
      `WITH c AS (SELECT id, row_number() OVER (ORDER BY created_at DESC, id DESC) AS rn FROM posts WHERE organization_id = $1 AND team_id IS NULL),
            a AS (UPDATE posts p SET is_announcement = true, pinned_until = CASE WHEN c.rn <= $2::int * 2 THEN now() + interval '30 days' END
                    FROM c WHERE p.id = c.id AND c.rn % $2::int = 1 RETURNING p.id),
            n AS (INSERT INTO announcements (post_id, organization_id, audience_id, must_read, delivered_at) SELECT a.id, $1, gen_random_uuid(), true, now() FROM a RETURNING post_id),
            r AS (INSERT INTO announcement_receipts (post_id, user_id, organization_id, notified_at) SELECT n.post_id, u.id, $1, now() FROM n CROSS JOIN bench_users u RETURNING 1)
       SELECT (SELECT count(*) FROM n)::int AS n`,
      [organizationId, every],
    );
    log(`announcements ${an.n} with a receipt per person (${((Date.now() - started) / 1000).toFixed(0)} s)`);

    // Follows: everyone follows three teams, two people and one topic (every source of the home feed has work).
    await client.query(
      `INSERT INTO feed_follows (user_id, kind, target, organization_id)
       SELECT u.id, 'TEAM', m.team_id::text, $1::uuid FROM bench_users u CROSS JOIN generate_series(1, 3) AS k
         JOIN bench_members m ON m.n = 1 + (u.n::bigint * 101 + k * 3001) % $2
       UNION ALL
       SELECT u.id, 'USER', f.id::text, $1::uuid FROM bench_users u CROSS JOIN generate_series(1, 2) AS k
         JOIN bench_users f ON f.n = 1 + (u.n::bigint * 37 + k * 4001) % $3 WHERE f.id <> u.id
       UNION ALL
       SELECT u.id, 'TOPIC', (ARRAY['release','security','onboarding','welcome','engineering'])[1 + u.n % 5], $1::uuid FROM bench_users u
       ON CONFLICT DO NOTHING`,
      [organizationId, sizes.m, sizes.u],
    );
    for (const t of ['posts', 'post_comments', 'post_reactions', 'feed_follows', 'team_feeds', 'announcements', 'announcement_receipts', 'post_topics']) await client.query(`ANALYZE ${t}`);
    log(`feed seeded: ${options.posts} posts in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return { posts: options.posts, seeded: true };
  } finally {
    await client.query(`DROP TABLE IF EXISTS bench_members, bench_users, bench_bodies, bench_comments`).catch(() => undefined);
    client.release();
  }
}
