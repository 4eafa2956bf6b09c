import { renderMarkdown } from '@pillars/api/core';
import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';

/**
 * The demo organisation's lived-in feed: about forty posts over the last two weeks in English,
 * Arabic, Hebrew and Italian, on the company feed and in several teams, with topics, mentions,
 * comments with replies, reactions, follows, an edited post with its earlier version, a private
 * "Leadership" team and a moderated "Recruiting" team with a post waiting for approval.
 *
 * Written in SQL consistent with the feeds tables (libs/api/feeds migrations), bodies rendered by
 * the same `renderMarkdown` the feeds' PostBodyRenderer uses, with its mention rule (anyone of the
 * organisation; in a private team only its members and the team). Events are appended to the
 * outbox, undispatched, only where a demo login is mentioned, replied to or reacted to, so the
 * running API delivers them like any other (notifications, when a handler wants them).
 *
 * Idempotent: an organisation that already has a post (even a deleted one) is left alone.
 */

type Db = Pool | PoolClient;
type Lang = 'en' | 'ar' | 'he' | 'it';
/** A demo login (`hr`, `admin`, `manager`, `employee`, `ceo`) or `<locale><n>`: the n-th other person of that language. */
type Who = string;

interface CommentSpec { by: Who; body: string; replies?: { by: Who; body: string }[] }
interface PostSpec {
  team?: string;
  by: Who;
  lang: Lang;
  hoursAgo: number;
  body: string;
  reactions?: number;
  comments?: CommentSpec[];
  /** The earlier body of an edited post (version 1); `body` is version 2. */
  before?: string;
  pending?: boolean;
}

export const DEMO_PRIVATE_TEAM = 'Leadership';
export const DEMO_MODERATED_TEAM = 'Recruiting';

const LOGINS: Record<string, string> = {
  admin: 'admin@pillars.demo',
  hr: 'hr@pillars.demo',
  manager: 'manager@pillars.demo',
  employee: 'employee@pillars.demo',
  ceo: 'ceo@pillars.demo',
};

// `{@who}` becomes a mention of that person, `{@@Team}` a mention of the team.
const POSTS: PostSpec[] = [
  // ── Company feed ──────────────────────────────────────────────────────────────────────────
  {
    by: 'ceo', lang: 'en', hoursAgo: 20, reactions: 14,
    body: `## Pillars 2.0 is live 🎉\n\nAfter six months of work the new intranet is out for everyone. Huge thanks to {@@Platform} and to {@manager} for carrying it over the line.\n\n- team feeds and topics\n- a searchable people directory\n- announcements with read receipts (coming next week)\n\nTell us what you think in the comments. #release #launch`,
    comments: [
      { by: 'employee', body: 'כל הכבוד לכולם! ה-search של ה-directory מהיר בטירוף 🚀', replies: [{ by: 'manager', body: 'Thanks Noa! Most of the credit goes to the search index work from last sprint.' }] },
      { by: 'it1', body: 'Finalmente! Lo uso già per trovare i colleghi di Roma.' },
      { by: 'ar1', body: 'عمل رائع، شكراً للفريق 👏' },
    ],
  },
  {
    by: 'hr', lang: 'it', hoursAgo: 40, reactions: 11,
    body: `**Benvenuti a bordo!** 👋\n\nQuesta settimana si uniscono a noi tre nuovi colleghi a Milano, Dubai e Tel Aviv. Il percorso di inserimento inizia lunedì alle 9:30 (ora di Roma) nella sala Colosseo e su Meet.\n\nSe siete buddy, controllate la checklist nel wiki. #onboarding #welcome`,
    comments: [{ by: 'he1', body: 'Welcome everyone! ברוכים הבאים 🙂', replies: [{ by: 'hr', body: 'Grazie! I buddy riceveranno i dettagli oggi pomeriggio.' }] }],
  },
  {
    by: 'admin', lang: 'ar', hoursAgo: 60, reactions: 9,
    body: `**تنبيه أمني:** وصلتنا رسائل تصيّد تنتحل صفة قسم الرواتب وتطلب "تحديث بيانات الحساب البنكي".\n\nلا تضغطوا على الروابط، وأبلغوا فريق {@@Security} فوراً. لن نطلب منكم كلمة المرور أبداً عبر البريد. #security #phishing`,
    comments: [{ by: 'en1', body: 'Got one of these yesterday, forwarded it to security. Thanks for the heads-up.' }],
  },
  {
    by: 'employee', lang: 'he', hoursAgo: 8, reactions: 4,
    body: `שאלה ל-{@@Security}: מישהו יודע איך מבקשים גישה ל-VPN החדש? ה-ticket שלי ב-Jira תקוע כבר יומיים ב-status "Waiting for approval". #security #it`,
    comments: [{ by: 'admin', body: 'أهلاً نوعا، وافقت على الطلب الآن. جرّبي مرة أخرى بعد خمس دقائق.', replies: [{ by: 'employee', body: 'עובד! תודה רבה 🙏' }] }],
  },
  {
    by: 'manager', lang: 'en', hoursAgo: 100, reactions: 6,
    body: `Q4 objectives for Engineering, as agreed in Tuesday's review:\n\n| Objective | Owner | Status |\n|---|---|---|\n| p99 API latency under 50 ms | Platform | on track |\n| Mobile app 4.0 in the stores | Mobile | at risk |\n| SOC 2 evidence collected | Security | done |\n\nQuestions welcome here or in my office hours on Thursday. #okr #engineering`,
    comments: [{ by: 'en2', body: 'What is blocking Mobile 4.0? Anything Sales can help with on the customer side?', replies: [{ by: 'manager', body: 'Mostly the new store review rules; no customer blockers so far. I will post an update on Friday.' }] }],
  },
  {
    by: 'it1', lang: 'it', hoursAgo: 130, reactions: 5,
    body: `Ho trovato questo articolo molto utile sulle riunioni asincrone: [Remote: Office Not Required](https://basecamp.com/books/remote). Proviamo a sostituire lo stand-up del venerdì con un post qui? #remote #ways-of-working`,
    comments: [{ by: 'en3', body: 'Love this idea. We tried it in Data last quarter and nobody missed the call.' }],
  },
  {
    by: 'he1', lang: 'he', hoursAgo: 150, reactions: 8,
    body: `יום הולדת שמח ל-{@employee}! 🎂 עוגה במטבח בקומה 3 בשעה 16:00, כולם מוזמנים.`,
    comments: [{ by: 'employee', body: 'תודה!! אני מביאה גם עוגיות 😄' }],
  },
  {
    by: 'ar2', lang: 'ar', hoursAgo: 170, reactions: 7,
    body: `يسعدنا دعوتكم إلى إفطار الفريق يوم الخميس في مكتب دبي الساعة السادسة مساءً. الرجاء تسجيل الحضور قبل الثلاثاء حتى نحجز العدد المناسب. #events #dubai`,
  },
  {
    by: 'en1', lang: 'en', hoursAgo: 190, reactions: 3,
    body: `Quick question for {@@People & Culture}: does the new parental leave policy apply to people who started before January, or only to new contracts? #benefits #question`,
    comments: [{ by: 'hr', body: 'It applies to everyone from 1 January, whatever the start date. The updated policy is in the handbook, section 4.2.', replies: [{ by: 'en1', body: 'Perfect, thank you Giulia!' }] }],
  },
  {
    by: 'it2', lang: 'it', hoursAgo: 210, reactions: 4,
    body: `Promemoria: **venerdì 18** l'ufficio di Torino resterà chiuso per manutenzione dell'impianto elettrico. Lavoriamo tutti da remoto. #facilities`,
  },
  {
    by: 'he2', lang: 'he', hoursAgo: 230, reactions: 6,
    body: `סיכום ה-hackathon: 14 צוותים, 36 שעות, ו-prototype אחד שכבר נכנס ל-roadmap. תודה ל-{@manager} על ההנחיה ולכל מי שנשאר עד 3 בלילה. #hackathon #innovation`,
    comments: [{ by: 'manager', body: 'It was a blast. The winning team demos at the all-hands next week.' }],
  },
  {
    by: 'ceo', lang: 'ar', hoursAgo: 250, reactions: 12,
    body: `شكراً لكل فريق المبيعات على ربع استثنائي: تجاوزنا الهدف بنسبة ١٨٪ ✨. سنشارك التفاصيل في اجتماع الشركة يوم الأحد. #sales #all-hands`,
    comments: [{ by: 'en2', body: 'Proud of this team. Onwards to Q1!' }],
  },
  {
    by: 'en3', lang: 'en', hoursAgo: 270, reactions: 2,
    body: `Lost & found: a black Lenovo charger in meeting room *Petra* on the 2nd floor. It is at the front desk now.`,
  },
  {
    by: 'hr', lang: 'en', hoursAgo: 290, reactions: 10,
    body: `Open enrolment for the 2027 health plan is open until **the 15th**. Two things changed:\n\n1. dental is now included in the basic plan\n2. you can add a partner without a waiting period\n\nDrop-in Q&A sessions every Wednesday at 13:00. #benefits #hr`,
    comments: [{ by: 'ar1', body: 'هل يشمل التأمين الجديد مكتب الرياض أيضاً؟', replies: [{ by: 'hr', body: 'Sì, tutti gli uffici. Riyadh included!' }] }],
  },
  {
    by: 'ar1', lang: 'ar', hoursAgo: 310, reactions: 5,
    body: `أنهيت اليوم دورة "أساسيات أمن المعلومات" على منصة التعلم. أنصح بها الجميع، مدتها ساعة واحدة فقط. #learning #security`,
  },
  {
    by: 'it3', lang: 'it', hoursAgo: 320, reactions: 6,
    body: `Il team di Milano ha vinto il torneo di calcio balilla contro Roma 3-2 ⚽. Rivincita il mese prossimo? #fun`,
    comments: [{ by: 'it1', body: 'Rivincita accettata. Portate le magliette!' }],
  },
  // ── Platform ─────────────────────────────────────────────────────────────────────────────
  {
    team: 'Platform', by: 'manager', lang: 'en', hoursAgo: 12, reactions: 5,
    body: 'Reminder: from Monday every service reads its config through the shared helper. Before:\n\n```ts\nconst url = process.env.DATABASE_URL!;\n```\n\nAfter:\n\n```ts\nimport { readConfig } from \'@pillars/api/core\';\nconst { databaseUrl } = readConfig();\n```\n\nIt validates at start-up, so a typo fails fast instead of at 3 a.m. #engineering #release',
    comments: [{ by: 'employee', body: 'Does that include the cron workers? They still read env directly.', replies: [{ by: 'manager', body: 'Yes, I opened a ticket for them. Want to pick it up?' }, { by: 'employee', body: 'בשמחה, I will take it this sprint.' }] }],
  },
  {
    team: 'Platform', by: 'employee', lang: 'he', hoursAgo: 30, reactions: 4,
    body: `עדכון: ה-migration של ה-database ל-PostgreSQL 17 עבר בהצלחה ב-staging. ה-rollout ל-production ביום רביעי ב-22:00. {@manager} אפשר לאשר את ה-window? #release #database`,
    before: `עדכון: ה-migration של ה-database ל-PostgreSQL 17 עבר בהצלחה ב-staging. ה-rollout ל-production ביום שלישי. #release`,
    comments: [{ by: 'manager', body: 'Approved. I will be on call with you.' }],
  },
  {
    team: 'Platform', by: 'en4', lang: 'en', hoursAgo: 75, reactions: 3,
    body: 'Postmortem for Tuesday\'s 12-minute outage is up: a connection pool of 5 on the worker, exhausted by a slow migration. Action items: pool size from config, statement timeout of 30 s, alert on pool wait time. #postmortem #reliability',
  },
  {
    team: 'Platform', by: 'he2', lang: 'he', hoursAgo: 140, reactions: 2,
    body: `מי מגיע ל-meetup של Node.js בתל אביב ביום חמישי? יש לנו 4 כרטיסים. #events #engineering`,
  },
  {
    team: 'Platform', by: 'ar3', lang: 'ar', hoursAgo: 200, reactions: 3,
    body: 'نقلنا خدمة البحث إلى الفهرس الجديد، وانخفض زمن الاستجابة من ١٢٠ إلى ٣٥ مللي ثانية. #performance',
  },
  // ── Security ─────────────────────────────────────────────────────────────────────────────
  {
    team: 'Security', by: 'en5', lang: 'en', hoursAgo: 16, reactions: 4,
    body: 'Patch Tuesday: laptops restart tonight at 20:00 local time. Save your work. If you are travelling, you can postpone once from the tray icon. #security #it',
  },
  {
    team: 'Security', by: 'it4', lang: 'it', hoursAgo: 90, reactions: 3,
    body: `Abbiamo completato la raccolta delle evidenze per **SOC 2**. Grazie a tutti i team per la pazienza con le screenshot! #security #compliance`,
  },
  {
    team: 'Security', by: 'he3', lang: 'he', hoursAgo: 180, reactions: 2,
    body: 'תזכורת: לא שולחים passwords ב-Slack. משתמשים ב-password manager, ואם צריך לשתף secret, יש vault. #security',
  },
  // ── Sales ────────────────────────────────────────────────────────────────────────────────
  {
    team: 'Sales', by: 'hr', lang: 'it', hoursAgo: 26, reactions: 5,
    body: `Nuovo contratto firmato con un gruppo ospedaliero di Bologna: 1.200 utenti dal primo febbraio! 🥂 #sales #win`,
    comments: [{ by: 'en2', body: 'Massive! Who do we thank on the solutions side?' }],
  },
  {
    team: 'Sales', by: 'en2', lang: 'en', hoursAgo: 120, reactions: 2,
    body: 'Pipeline review moved to Thursday 10:00 so the Dubai team can join. Please update your deals in the CRM before then. #sales',
  },
  {
    team: 'Sales', by: 'ar4', lang: 'ar', hoursAgo: 260, reactions: 3,
    body: 'اجتماع ممتاز اليوم مع عميل في الرياض، مهتمون بوحدة الإعلانات وسيرسلون طلب عرض سعر الأسبوع القادم. #sales',
  },
  // ── People & Culture ─────────────────────────────────────────────────────────────────────
  {
    team: 'People & Culture', by: 'admin', lang: 'ar', hoursAgo: 50, reactions: 3,
    body: 'فتحنا باب الترشيحات لجائزة "زميل الربع". أرسلوا ترشيحاتكم قبل نهاية الشهر. #recognition',
  },
  {
    team: 'People & Culture', by: 'it5', lang: 'it', hoursAgo: 160, reactions: 2,
    body: `Il sondaggio sul benessere è aperto fino a venerdì: 10 minuti, anonimo. Le risposte ci aiutano a decidere il budget del prossimo anno. #wellbeing #survey`,
  },
  {
    team: 'People & Culture', by: 'he4', lang: 'he', hoursAgo: 280, reactions: 2,
    body: 'סדנת mentoring חדשה מתחילה בחודש הבא. מחפשים 10 mentors מכל המחלקות, לפרטים פנו ל-{@hr}. #learning #onboarding',
  },
  // ── Mobile, Data, Learning ───────────────────────────────────────────────────────────────
  {
    team: 'Mobile', by: 'en6', lang: 'en', hoursAgo: 36, reactions: 4,
    body: 'Mobile 4.0 beta is on TestFlight. Looking for 20 volunteers with iOS 18 — reply here and I will send the invite. #release #mobile',
    comments: [{ by: 'employee', body: 'Count me in 🙋‍♀️', replies: [{ by: 'en6', body: 'Invite sent!' }] }, { by: 'it2', body: 'Anche io, ho un iPhone 15.' }],
  },
  {
    team: 'Mobile', by: 'ar5', lang: 'ar', hoursAgo: 220, reactions: 2,
    body: 'أضفنا دعم الاتجاه من اليمين إلى اليسار في شاشة الإعدادات. الرجاء تجربتها بالعربية والعبرية وإبلاغنا بأي مشكلة. #mobile #rtl',
  },
  {
    team: 'Data', by: 'en3', lang: 'en', hoursAgo: 70, reactions: 3,
    body: 'The weekly metrics dashboard now refreshes every hour instead of every night. Same link: [dashboard](https://metabase.example.com/dashboard/12). #data',
  },
  {
    team: 'Data', by: 'it6', lang: 'it', hoursAgo: 240, reactions: 2,
    body: 'Chi conosce bene dbt? Vorremmo una sessione interna di un\'ora sulle best practice dei modelli incrementali. #data #learning',
  },
  {
    team: 'Learning', by: 'he5', lang: 'he', hoursAgo: 110, reactions: 3,
    body: 'קורס ה-TypeScript המתקדם נפתח להרשמה: 4 מפגשים, ימי שני 17:00, ב-Zoom ובחדר Jaffa. #learning #engineering',
  },
  // ── Recruiting (moderated) ───────────────────────────────────────────────────────────────
  {
    team: 'Recruiting', by: 'lead:Recruiting', lang: 'en', hoursAgo: 45, reactions: 2,
    body: 'We are hiring a Senior Backend Engineer in Milan and a Product Designer in Tel Aviv. Referral bonus doubled until the end of the month. #hiring #referrals',
  },
  {
    team: 'Recruiting', by: 'member:Recruiting', lang: 'it', hoursAgo: 5, pending: true,
    body: 'Bozza: annuncio per il career day al Politecnico di Milano il 12 marzo. Serve qualcuno di Engineering per un talk di 20 minuti. #hiring #events',
  },
  // ── Leadership (private) ─────────────────────────────────────────────────────────────────
  {
    team: DEMO_PRIVATE_TEAM, by: 'ceo', lang: 'en', hoursAgo: 18,
    body: 'Confidential: board meeting moved to the 28th. Draft of the 2027 budget in the shared folder; comments by Friday please, {@hr} {@manager}. #budget',
    comments: [{ by: 'hr', body: 'Ricevuto. Aggiungo i numeri del personale entro giovedì.' }],
  },
  {
    team: DEMO_PRIVATE_TEAM, by: 'hr', lang: 'it', hoursAgo: 96,
    body: `Riservato: proposta di revisione salariale per il 2027, media **+4,5%**. Da discutere nel comitato di martedì. #compensation`,
    comments: [{ by: 'admin', body: 'موافقة مبدئية، لكن نحتاج مقارنة مع السوق في الرياض.' }],
  },
  {
    team: DEMO_PRIVATE_TEAM, by: 'admin', lang: 'ar', hoursAgo: 200,
    body: 'سري: نتفاوض على شراء شركة ناشئة صغيرة في عمّان. لا تشاركوا أي تفاصيل خارج هذا الفريق. #strategy',
  },
];

/** Small deterministic generator (the same feed on every machine). */
const prng = (seed: number) => () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};

const KINDS = ['LIKE', 'LIKE', 'CELEBRATE', 'INSIGHTFUL', 'SUPPORT'];

/** Seeds the feed of an organisation that has none yet; false when it already has posts. */
export async function seedDemoFeed(db: Db, organizationId: string, log: (m: string) => void = () => undefined): Promise<boolean> {
  const started = Date.now();
  const { rows: existing } = await db.query(`SELECT 1 FROM posts WHERE organization_id = $1 LIMIT 1`, [organizationId]);
  if (existing.length) return false;
  const { rows: people } = await db.query<{ id: string; email: string; name: string; locale: string }>(
    `SELECT id, email, name, locale FROM users WHERE organization_id = $1 ORDER BY email`,
    [organizationId],
  );
  const { rows: teamRows } = await db.query<{ id: string; name: string }>(`SELECT id, name FROM teams WHERE organization_id = $1 ORDER BY name`, [organizationId]);
  const { rows: memberRows } = await db.query<{ teamId: string; userId: string; role: string }>(
    `SELECT team_id AS "teamId", user_id AS "userId", role FROM team_memberships WHERE organization_id = $1 ORDER BY role, user_id`,
    [organizationId],
  );
  const byEmail = new Map(people.map((p) => [p.email, p]));
  const loginIds = new Set(Object.values(LOGINS).map((e) => byEmail.get(e)?.id).filter(Boolean) as string[]);
  const others = (locale: string) => people.filter((p) => p.locale === locale && !loginIds.has(p.id));
  const teams = new Map(teamRows.map((t) => [t.name, t.id]));
  const anyone = people.filter((p) => !loginIds.has(p.id));

  // The private team: the CEO, the administrator, HR and the manager (the demo employee is not in it).
  let privateTeamId = teams.get(DEMO_PRIVATE_TEAM);
  const leadership = ['ceo', 'admin', 'hr', 'manager'].map((k) => byEmail.get(LOGINS[k])?.id).filter(Boolean) as string[];
  if (!privateTeamId) {
    const { rows } = await db.query<{ id: string }>(
      `INSERT INTO teams (organization_id, name, description) VALUES ($1, $2, $3) RETURNING id`,
      [organizationId, DEMO_PRIVATE_TEAM, 'Executive team: budget, strategy and confidential people matters.'],
    );
    privateTeamId = rows[0].id;
    teams.set(DEMO_PRIVATE_TEAM, privateTeamId);
    await db.query(
      `INSERT INTO team_memberships (team_id, user_id, organization_id, role) SELECT $1, u, $2, CASE WHEN u = $4 THEN 'LEAD' ELSE 'MEMBER' END FROM unnest($3::uuid[]) AS u ON CONFLICT DO NOTHING`,
      [privateTeamId, organizationId, leadership, leadership[0] ?? null],
    );
    for (const [i, u] of leadership.entries()) memberRows.push({ teamId: privateTeamId, userId: u, role: i === 0 ? 'LEAD' : 'MEMBER' });
    await db.query(`SELECT pillars_refresh_user_search($1::uuid[])`, [leadership]);
  }
  const moderatedTeamId = teams.get(DEMO_MODERATED_TEAM) ?? null;
  await db.query(
    `INSERT INTO team_feeds (team_id, organization_id, visibility, requires_approval) VALUES ($1, $2, 'PRIVATE', false)
       ${moderatedTeamId ? `, ($3, $2, 'OPEN', true)` : ''} ON CONFLICT (team_id) DO NOTHING`,
    moderatedTeamId ? [privateTeamId, organizationId, moderatedTeamId] : [privateTeamId, organizationId],
  );
  const membersOf = (teamId: string) => memberRows.filter((m) => m.teamId === teamId);

  const fallback = people[0];
  const who = (key: Who, teamId: string | null) => {
    if (LOGINS[key]) return byEmail.get(LOGINS[key]) ?? fallback;
    const [kind, name] = key.split(':');
    if (name) {
      const ms = membersOf(teams.get(name) ?? '');
      const m = kind === 'lead' ? ms.find((x) => x.role === 'LEAD') : ms.find((x) => x.role === 'MEMBER' && !loginIds.has(x.userId));
      return people.find((p) => p.id === m?.userId) ?? fallback;
    }
    const locale = key.slice(0, 2);
    const n = Number(key.slice(2)) - 1;
    // Team posts come from the team's own people when it has some of that language.
    const local = teamId ? others(locale).filter((p) => membersOf(teamId).some((m) => m.userId === p.id)) : [];
    const pool = local.length > n ? local : others(locale);
    return pool[n % Math.max(1, pool.length)] ?? anyone[n % anyone.length] ?? fallback;
  };
  const fill = (body: string) =>
    body
      .replace(/\{@@([^}]+)\}/g, (m, name: string) => (teams.has(name) ? `@[${name}](team:${teams.get(name)})` : name))
      .replace(/\{@([a-z0-9]+)\}/g, (m, key: string) => {
        const p = who(key, null);
        return `@[${p.name}](user:${p.id})`;
      });
  const knownUsers = new Set(people.map((p) => p.id));
  const knownTeams = new Set(teams.values());
  // The feeds renderer's rule: anyone of the organisation; in the private team, its members and itself.
  const render = (body: string, teamId: string | null) => {
    const members = teamId === privateTeamId ? new Set(membersOf(privateTeamId).map((m) => m.userId)) : null;
    return renderMarkdown(body, {
      allowMention: (ref) => {
        if (ref.kind === 'user' ? !knownUsers.has(ref.id) : !knownTeams.has(ref.id)) return false;
        if (!members) return true;
        return ref.kind === 'user' ? members.has(ref.id) : ref.id === teamId;
      },
    });
  };

  const random = prng(2026);
  const uuid = () => randomUUID();
  const now = Date.now();
  const at = (hoursAgo: number) => new Date(now - hoursAgo * 3_600_000).toISOString();
  const posts: Record<string, unknown>[] = [];
  const versions: Record<string, unknown>[] = [];
  const comments: Record<string, unknown>[] = [];
  const reactions: Record<string, unknown>[] = [];
  const events: Record<string, unknown>[] = [];
  const event = (type: string, actorId: string, payload: Record<string, unknown>, createdAt: string) =>
    events.push({ type, actor_id: actorId, payload, created_at: createdAt });

  for (const spec of POSTS) {
    const teamId = spec.team ? (teams.get(spec.team) ?? null) : null;
    if (spec.team && !teamId) continue; // a team this organisation does not have
    const author = who(spec.by, teamId);
    const id = uuid();
    const body = fill(spec.body);
    const r = render(body, teamId);
    const createdAt = at(spec.hoursAgo);
    const editedAt = spec.before ? at(spec.hoursAgo - 1.5) : null;
    posts.push({
      id, author_id: author.id, team_id: teamId, body, body_html: r.html, language: spec.lang, topics: r.topics,
      mentioned_user_ids: r.mentionedUserIds, mentioned_team_ids: r.mentionedTeamIds, status: spec.pending ? 'PENDING' : 'PUBLISHED',
      version: spec.before ? 2 : 1, edited_at: editedAt, created_at: createdAt,
    });
    if (spec.before) {
      const old = fill(spec.before);
      versions.push({ post_id: id, version: 1, editor_id: author.id, body: old, body_html: render(old, teamId).html, created_at: createdAt });
    }
    const mentionedLogins = spec.pending ? [] : r.mentionedUserIds.filter((u) => loginIds.has(u) && u !== author.id);
    if (mentionedLogins.length) {
      event('feeds.post.created', author.id, { postId: id, authorId: author.id, teamId, version: 1, mentionedUserIds: mentionedLogins, mentionedTeamIds: [] }, createdAt);
    }
    if (spec.pending) continue;

    // Reactions from people who can read the post (the private team's members only).
    const readers = teamId === privateTeamId ? people.filter((p) => membersOf(privateTeamId).some((m) => m.userId === p.id)) : people;
    const count = Math.min(spec.reactions ?? (teamId === privateTeamId ? 2 : 0), readers.length - 1);
    const reacted = new Set<string>([author.id]);
    for (let i = 0; reacted.size <= count && i < count * 5; i++) {
      const p = readers[Math.floor(random() * readers.length)];
      if (reacted.has(p.id)) continue;
      reacted.add(p.id);
      const kind = KINDS[Math.floor(random() * KINDS.length)];
      const when = at(spec.hoursAgo - 0.2 - random() * Math.min(spec.hoursAgo - 0.3, 24));
      reactions.push({ post_id: id, user_id: p.id, kind, created_at: when });
      if (loginIds.has(author.id)) event('feeds.reaction.changed', p.id, { postId: id, postAuthorId: author.id, teamId, userId: p.id, kind }, when);
    }

    let minutes = 10;
    for (const c of spec.comments ?? []) {
      const cAuthor = who(c.by, teamId);
      const cId = uuid();
      const cBody = fill(c.body);
      const cr = render(cBody, teamId);
      const cAt = at(spec.hoursAgo - (minutes += 25) / 60);
      comments.push({ id: cId, post_id: id, parent_id: null, author_id: cAuthor.id, body: cBody, body_html: cr.html, mentioned_user_ids: cr.mentionedUserIds, created_at: cAt });
      if (loginIds.has(author.id) && cAuthor.id !== author.id) {
        event('feeds.comment.created', cAuthor.id, { commentId: cId, postId: id, authorId: cAuthor.id, teamId, postAuthorId: author.id, parentCommentId: null, parentAuthorId: null, mentionedUserIds: [] }, cAt);
      }
      for (const reply of c.replies ?? []) {
        const rAuthor = who(reply.by, teamId);
        const rId = uuid();
        const rBody = fill(reply.body);
        const rr = render(rBody, teamId);
        const rAt = at(spec.hoursAgo - (minutes += 20) / 60);
        comments.push({ id: rId, post_id: id, parent_id: cId, author_id: rAuthor.id, body: rBody, body_html: rr.html, mentioned_user_ids: rr.mentionedUserIds, created_at: rAt });
        if ((loginIds.has(cAuthor.id) && rAuthor.id !== cAuthor.id) || (loginIds.has(author.id) && rAuthor.id !== author.id)) {
          event('feeds.comment.created', rAuthor.id, { commentId: rId, postId: id, authorId: rAuthor.id, teamId, postAuthorId: author.id, parentCommentId: cId, parentAuthorId: cAuthor.id, mentionedUserIds: [] }, rAt);
        }
      }
    }
  }

  await db.query(
    `INSERT INTO posts (id, organization_id, author_id, team_id, body, body_html, language, topics, mentioned_user_ids, mentioned_team_ids, status, version, edited_at, created_at, updated_at)
     SELECT id, $1, author_id, team_id, body, body_html, language, topics, mentioned_user_ids, mentioned_team_ids, status, version, edited_at, created_at, coalesce(edited_at, created_at)
       FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, author_id uuid, team_id uuid, body text, body_html text, language text, topics text[],
         mentioned_user_ids uuid[], mentioned_team_ids uuid[], status text, version int, edited_at timestamptz, created_at timestamptz)`,
    [organizationId, JSON.stringify(posts)],
  );
  await db.query(
    `INSERT INTO post_versions (post_id, version, organization_id, editor_id, body, body_html, created_at)
     SELECT post_id, version, $1, editor_id, body, body_html, created_at FROM jsonb_to_recordset($2::jsonb) AS x(post_id uuid, version int, editor_id uuid, body text, body_html text, created_at timestamptz)`,
    [organizationId, JSON.stringify(versions)],
  );
  // Parents before replies: the parent foreign key is checked per statement, and this is one.
  await db.query(
    `INSERT INTO post_comments (id, organization_id, post_id, parent_id, author_id, body, body_html, mentioned_user_ids, created_at)
     SELECT id, $1, post_id, parent_id, author_id, body, body_html, mentioned_user_ids, created_at
       FROM jsonb_to_recordset($2::jsonb) AS x(id uuid, post_id uuid, parent_id uuid, author_id uuid, body text, body_html text, mentioned_user_ids uuid[], created_at timestamptz)`,
    [organizationId, JSON.stringify(comments)],
  );
  await db.query(
    `INSERT INTO post_reactions (post_id, user_id, organization_id, kind, created_at)
     SELECT post_id, user_id, $1, kind, created_at FROM jsonb_to_recordset($2::jsonb) AS x(post_id uuid, user_id uuid, kind text, created_at timestamptz)`,
    [organizationId, JSON.stringify(reactions)],
  );

  // Follows: the demo logins follow a few teams, people and topics beyond their own teams.
  const follows: { user: string; kind: string; target: string | undefined }[] = [
    { user: 'employee', kind: 'TOPIC', target: 'security' },
    { user: 'employee', kind: 'TEAM', target: teams.get('Mobile') },
    { user: 'employee', kind: 'USER', target: byEmail.get(LOGINS['hr'])?.id },
    { user: 'manager', kind: 'TEAM', target: teams.get('Security') },
    { user: 'manager', kind: 'TOPIC', target: 'release' },
    { user: 'hr', kind: 'TOPIC', target: 'onboarding' },
    { user: 'hr', kind: 'TEAM', target: teams.get('Recruiting') },
    { user: 'admin', kind: 'TOPIC', target: 'security' },
    { user: 'admin', kind: 'TEAM', target: teams.get('Platform') },
    { user: 'ceo', kind: 'TOPIC', target: 'sales' },
  ];
  const followRows = follows
    .map((f) => ({ user_id: byEmail.get(LOGINS[f.user])?.id, kind: f.kind, target: f.target }))
    .filter((f) => f.user_id && f.target);
  // A handful of other people follow topics and teams too, so Discover has activity.
  for (const [i, p] of anyone.slice(0, 20).entries()) {
    followRows.push({ user_id: p.id, kind: 'TOPIC', target: ['onboarding', 'security', 'release', 'learning'][i % 4] });
  }
  await db.query(
    `INSERT INTO feed_follows (user_id, kind, target, organization_id) SELECT user_id, kind, target, $1 FROM jsonb_to_recordset($2::jsonb) AS x(user_id uuid, kind text, target text) ON CONFLICT DO NOTHING`,
    [organizationId, JSON.stringify(followRows)],
  );
  // Undispatched: the API's event dispatcher delivers them once it runs (notifications for the demo logins).
  await db.query(
    `INSERT INTO domain_events (organization_id, type, payload, actor_id, created_at)
     SELECT $1, type, payload, actor_id, created_at FROM jsonb_to_recordset($2::jsonb) AS x(type text, payload jsonb, actor_id uuid, created_at timestamptz) ORDER BY created_at`,
    [organizationId, JSON.stringify(events)],
  );
  await seedDemoAnnouncement(db, organizationId);
  for (const t of ['posts', 'post_comments', 'post_reactions', 'feed_follows', 'team_feeds']) await db.query(`ANALYZE ${t}`);
  log(`demo feed: ${posts.length} posts, ${comments.length} comments, ${reactions.length} reactions, ${followRows.length} follows in ${Date.now() - started} ms`);
  return true;
}

/** The demo's company-wide must-read announcement (the body's first line, for tests). */
export const DEMO_ANNOUNCEMENT_TITLE = 'New hybrid work policy from 1 January';

/**
 * A pinned (30 days) must-read announcement from HR to the whole company, and an Italian one (not
 * must-read) from HR to the Sales team (and its sub-teams) if it exists, written in SQL consistent with the
 * announcements tables: a stored ALL audience with its members, the post (`is_announcement`), its
 * `announcements` row and one receipt per recipient. The mix is deterministic: about 97% delivered,
 * of them ~70% seen, ~55% read and ~40% acknowledged; the demo employee is delivered only, so
 * "Got it" shows on their first sign-in. No notification events: the demo starts quiet.
 * Idempotent: nothing is written when the organisation already has an announcement.
 */
export async function seedDemoAnnouncement(db: Db, organizationId: string): Promise<void> {
  const { rows: existing } = await db.query(`SELECT 1 FROM announcements WHERE organization_id = $1 LIMIT 1`, [organizationId]);
  if (existing.length) return;
  const { rows: hrRows } = await db.query<{ id: string }>(`SELECT id FROM users WHERE organization_id = $1 AND email = $2`, [organizationId, LOGINS['hr']]);
  const hr = hrRows[0];
  if (!hr) return;
  const { rows: empRows } = await db.query<{ id: string }>(`SELECT id FROM users WHERE organization_id = $1 AND email = $2`, [organizationId, LOGINS['employee']]);
  const employeeId = empRows[0]?.id ?? null;
  const published = new Date(Date.now() - 2 * 24 * 3_600_000);

  // Both are saved audiences of HR's (named), so the audiences list shows them with their use.
  const announce = async (input: { audienceName: string; body: string; language: string; mustRead: boolean; pinnedDays: number | null; teamId: string | null; rules: unknown; members: string }) => {
    const { rows: aud } = await db.query<{ id: string }>(`INSERT INTO audiences (organization_id, rules, name, owner_id) VALUES ($1, $2, $3, $4) RETURNING id`, [
      organizationId,
      JSON.stringify(input.rules),
      input.audienceName,
      hr.id,
    ]);
    const audienceId = aud[0].id;
    await db.query(`INSERT INTO audience_members (audience_id, user_id, organization_id) SELECT $1, u.id, $2 FROM (${input.members}) u ON CONFLICT DO NOTHING`, [audienceId, organizationId, input.teamId]);
    await db.query(`UPDATE audiences SET member_count = (SELECT count(*) FROM audience_members WHERE audience_id = $1) WHERE id = $1`, [audienceId]);
    const rendered = renderMarkdown(input.body);
    const postId = randomUUID();
    await db.query(
      `INSERT INTO posts (id, organization_id, author_id, team_id, body, body_html, language, topics, mentioned_user_ids, mentioned_team_ids, status, is_announcement, pinned_until, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, '{}', '{}', 'PUBLISHED', true, $9, $10, $10)`,
      [postId, organizationId, hr.id, input.teamId, input.body, rendered.html, input.language, rendered.topics, input.pinnedDays ? new Date(Date.now() + input.pinnedDays * 24 * 3_600_000) : null, published],
    );
    await db.query(`INSERT INTO announcements (post_id, organization_id, audience_id, must_read, receipts_version, created_at, delivered_at) VALUES ($1, $2, $3, $4, 1, $5, $5)`, [postId, organizationId, audienceId, input.mustRead, published]);
    // Receipts by a stable bucket of each member (0..99): <97 delivered; of those <70 seen, <55 read, <40 acknowledged (must-read only).
    await db.query(
      `WITH m AS (SELECT user_id, (('x' || substr(md5(user_id::text), 1, 8))::bit(32)::int & 2147483647) % 100 AS b, (('x' || substr(md5(user_id::text || 'd'), 1, 8))::bit(32)::int & 2147483647) % 100 AS d FROM audience_members WHERE audience_id = $3)
       INSERT INTO announcement_receipts (post_id, user_id, organization_id, delivered_at, notified_at, seen_at, read_at, acknowledged_at)
       SELECT $1, user_id, $2, $4::timestamptz + interval '1 minute', $4::timestamptz + interval '1 minute',
              CASE WHEN user_id = $6 OR b >= 70 THEN NULL ELSE $4::timestamptz + (d * interval '20 minutes') + interval '5 minutes' END,
              CASE WHEN user_id = $6 OR b >= 55 THEN NULL ELSE $4::timestamptz + (d * interval '20 minutes') + interval '8 minutes' END,
              CASE WHEN user_id = $6 OR b >= 40 OR NOT $5 THEN NULL ELSE $4::timestamptz + (d * interval '20 minutes') + interval '9 minutes' END
         FROM m WHERE user_id = $6 OR user_id = $7 OR d < 97`,
      [postId, organizationId, audienceId, published, input.mustRead, employeeId, hr.id],
    );
  };

  await announce({
    audienceName: 'Everyone',
    body: `## ${DEMO_ANNOUNCEMENT_TITLE}\n\nFrom **1 January** everyone can work from home up to **three days a week**, agreed with their lead.\n\n- Core hours stay 10:00–16:00 in your time zone\n- Team days are set by each team on its feed\n- Equipment for home: order it from the IT portal before 15 December\n\nThe full policy is in the handbook. Please read it and press **Got it** to confirm. #policy #hybrid`,
    language: 'en',
    mustRead: true,
    pinnedDays: 30,
    teamId: null,
    rules: { include: [{ kind: 'ALL' }], exclude: [] },
    members: `SELECT id FROM users WHERE organization_id = $2 AND status = 'ACTIVE' AND $3::uuid IS NULL`,
  });
  const { rows: sales } = await db.query<{ id: string }>(`SELECT id FROM teams WHERE organization_id = $1 AND name = 'Sales'`, [organizationId]);
  if (sales[0]) {
    await announce({
      audienceName: 'Sales (with sub-teams)',
      body: `## Nuovo ufficio di Milano\n\nDa lunedì ci trasferiamo al terzo piano: le chiavi si ritirano alla reception. Il parcheggio resta lo stesso. #ufficio`,
      language: 'it',
      mustRead: false,
      pinnedDays: null,
      teamId: sales[0].id,
      rules: { include: [{ kind: 'TEAM', teamId: sales[0].id, includeSubTeams: true }], exclude: [] },
      members: `SELECT tm.user_id AS id FROM team_memberships tm JOIN users u ON u.id = tm.user_id AND u.status = 'ACTIVE' WHERE tm.organization_id = $2 AND tm.team_id = $3`,
    });
  }
}
