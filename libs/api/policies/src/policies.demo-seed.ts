import { renderMarkdown } from '@pillars/api/core';
import { DEMO_LOGINS, demoEveryoneAudience, demoPeople, type DemoDb } from '@pillars/api/demo';
import { randomUUID } from 'node:crypto';
import { appendSeedEvidence, type SeedAcknowledgement } from './evidence-seed';
import { contentHashOf, shownTextHash } from './policy.presenter';

/** The few calls of a pg client the seed needs (a PoolClient inside the demo's transaction). */
export type SeedDb = DemoDb;

type Lang = 'en' | 'ar' | 'he' | 'it';
interface Body { title: string; body: string; ack: string }
interface VersionSpec { major: number; minor: number; daysAgo: number; dueDays: number; summary: string | null; method: 'CHECKBOX' | 'TYPED_NAME'; bodies: Partial<Record<Lang, Body>>; ackShare: number; gate?: boolean }
interface PolicySpec { title: string; kind: 'POLICY' | 'GUIDELINE'; category: string; tags: string[]; versions: VersionSpec[] }

const DAY = 24 * 3_600_000;
export const DEMO_SOCIAL_MEDIA_TITLE = 'Social Media Guidelines';
export const DEMO_CODE_OF_CONDUCT_TITLE = 'Code of Conduct';
/** The printed demo logins have signed every gating policy (no journey starts at the gate). */
const SIGNED_EVERY_GATE: ReadonlySet<string> = new Set(DEMO_LOGINS.map((l) => l.email));
/** The CEO (`ceo@pillars.demo`, same password, not a printed login) has not: sign in as them to see the gate. */
const shownTheGate = (email: string) => email.startsWith('ceo@');

const SMG_V1: Partial<Record<Lang, Body>> = {
  en: { title: 'Social Media Guidelines', ack: 'I have read and will follow these guidelines.', body: '## Speaking about the company online\n\n- Only the Communications team speaks **for** the company.\n- When you mention your work, say that the views are your own.\n- Never share customer data, unreleased products or internal numbers.\n- Be kind: no harassment, no discrimination, in comments too.\n\nQuestions? Ask #communications.' },
  ar: { title: 'إرشادات وسائل التواصل الاجتماعي', ack: 'قرأت هذه الإرشادات وسألتزم بها.', body: '## الحديث عن الشركة على الإنترنت\n\n- فريق الاتصال وحده يتحدث **باسم** الشركة.\n- عندما تذكر عملك، وضّح أن الآراء آراؤك الشخصية.\n- لا تشارك أبداً بيانات العملاء أو المنتجات غير المعلنة أو الأرقام الداخلية.\n- كن لطيفاً: لا تحرش ولا تمييز، في التعليقات أيضاً.\n\nأسئلة؟ اسأل في #communications.' },
  he: { title: 'הנחיות לרשתות חברתיות', ack: 'קראתי את ההנחיות ואפעל לפיהן.', body: '## לדבר על החברה ברשת\n\n- רק צוות התקשורת מדבר **בשם** החברה.\n- כשאתם מזכירים את העבודה, ציינו שהדעות הן שלכם.\n- לעולם אל תשתפו נתוני לקוחות, מוצרים שטרם הוכרזו או מספרים פנימיים.\n- היו אדיבים: בלי הטרדה ובלי אפליה, גם בתגובות.\n\nשאלות? שאלו ב-#communications.' },
  it: { title: 'Linee guida sui social media', ack: 'Ho letto queste linee guida e le seguirò.', body: "## Parlare dell'azienda online\n\n- Solo il team Comunicazione parla **a nome** dell'azienda.\n- Quando parli del tuo lavoro, precisa che le opinioni sono tue.\n- Non condividere mai dati dei clienti, prodotti non annunciati o numeri interni.\n- Sii gentile: niente molestie né discriminazioni, anche nei commenti.\n\nDomande? Chiedi in #communications." },
};
const SMG_V2: Partial<Record<Lang, Body>> = {
  en: { title: 'Social Media Guidelines', ack: 'I have read and will follow these guidelines.', body: '## Speaking about the company online\n\n- Only the Communications team speaks **for** the company.\n- When you mention your work, say that the views are your own, and add **#employee** to posts about our products.\n- Never share customer data, unreleased products, internal numbers **or screenshots of internal tools**.\n- Be kind: no harassment, no discrimination, in comments too.\n\n## New in 2.0\n\n- **AI-generated content**: do not post images or text made by AI tools as if they were the company\'s.\n- **A crisis**: if a post about us goes viral, do not answer it; tell #communications within the hour.\n\nQuestions? Ask #communications.' },
  ar: { title: 'إرشادات وسائل التواصل الاجتماعي', ack: 'قرأت هذه الإرشادات وسألتزم بها.', body: '## الحديث عن الشركة على الإنترنت\n\n- فريق الاتصال وحده يتحدث **باسم** الشركة.\n- عندما تذكر عملك، وضّح أن الآراء آراؤك الشخصية، وأضف **#employee** إلى المنشورات عن منتجاتنا.\n- لا تشارك أبداً بيانات العملاء أو المنتجات غير المعلنة أو الأرقام الداخلية **أو لقطات شاشة للأدوات الداخلية**.\n- كن لطيفاً: لا تحرش ولا تمييز، في التعليقات أيضاً.\n\n## الجديد في الإصدار 2.0\n\n- **المحتوى المولّد بالذكاء الاصطناعي**: لا تنشر صوراً أو نصوصاً من أدوات الذكاء الاصطناعي كأنها من الشركة.\n- **الأزمات**: إذا انتشر منشور عنا، لا ترد عليه؛ أبلغ #communications خلال ساعة.\n\nأسئلة؟ اسأل في #communications.' },
  he: { title: 'הנחיות לרשתות חברתיות', ack: 'קראתי את ההנחיות ואפעל לפיהן.', body: '## לדבר על החברה ברשת\n\n- רק צוות התקשורת מדבר **בשם** החברה.\n- כשאתם מזכירים את העבודה, ציינו שהדעות הן שלכם, והוסיפו **#employee** לפוסטים על המוצרים שלנו.\n- לעולם אל תשתפו נתוני לקוחות, מוצרים שטרם הוכרזו, מספרים פנימיים **או צילומי מסך של כלים פנימיים**.\n- היו אדיבים: בלי הטרדה ובלי אפליה, גם בתגובות.\n\n## חדש בגרסה 2.0\n\n- **תוכן שנוצר בבינה מלאכותית**: אל תפרסמו תמונות או טקסטים מכלי AI כאילו הם של החברה.\n- **משבר**: אם פוסט עלינו הופך ויראלי, אל תגיבו; עדכנו את #communications תוך שעה.\n\nשאלות? שאלו ב-#communications.' },
  it: { title: 'Linee guida sui social media', ack: 'Ho letto queste linee guida e le seguirò.', body: "## Parlare dell'azienda online\n\n- Solo il team Comunicazione parla **a nome** dell'azienda.\n- Quando parli del tuo lavoro, precisa che le opinioni sono tue e aggiungi **#employee** ai post sui nostri prodotti.\n- Non condividere mai dati dei clienti, prodotti non annunciati, numeri interni **o schermate degli strumenti interni**.\n- Sii gentile: niente molestie né discriminazioni, anche nei commenti.\n\n## Novità della 2.0\n\n- **Contenuti generati con l'IA**: non pubblicare immagini o testi creati con strumenti di IA come se fossero dell'azienda.\n- **Crisi**: se un post su di noi diventa virale, non rispondere; avvisa #communications entro un'ora.\n\nDomande? Chiedi in #communications." },
};

const POLICIES: PolicySpec[] = [
  {
    title: DEMO_SOCIAL_MEDIA_TITLE, kind: 'GUIDELINE', category: 'Social media', tags: ['communications', 'social'],
    versions: [
      { major: 1, minor: 0, daysAgo: 200, dueDays: 14, summary: 'First edition', method: 'CHECKBOX', bodies: SMG_V1, ackShare: 92 },
      { major: 2, minor: 0, daysAgo: 9, dueDays: 14, summary: 'AI-generated content, crises, #employee tag, no screenshots of internal tools', method: 'CHECKBOX', bodies: SMG_V2, ackShare: 45 },
    ],
  },
  {
    title: 'Acceptable Use Policy', kind: 'POLICY', category: 'Security', tags: ['security', 'it'],
    versions: [{
      major: 1, minor: 0, daysAgo: 30, dueDays: 14, summary: null, method: 'TYPED_NAME', ackShare: 70,
      bodies: { en: { title: 'Acceptable Use Policy', ack: 'I accept the Acceptable Use Policy.', body: '## Company devices and accounts\n\n1. Lock your screen when you leave your desk.\n2. Use the password manager; never reuse a password.\n3. Install software only from the IT portal.\n4. Report a lost device to #security at once.\n\nMisuse may lead to disciplinary action.' } },
    }],
  },
  {
    title: DEMO_CODE_OF_CONDUCT_TITLE, kind: 'POLICY', category: 'Code of conduct', tags: ['hr', 'ethics'],
    versions: [{
      major: 1, minor: 0, daysAgo: 4, dueDays: 30, summary: null, method: 'CHECKBOX', ackShare: 75, gate: true,
      bodies: { en: { title: 'Code of Conduct', ack: 'I have read the Code of Conduct and will live by it.', body: '## How we work together\n\n- Treat everyone with respect, whatever their role, origin, belief or identity.\n- Speak up: report harassment or fraud to HR or through the anonymous line.\n- Avoid conflicts of interest and declare gifts over €50.\n- Protect the information customers trust us with.' } },
    }],
  },
];

/** A stable 0..99 bucket per person and version, so the mix is the same on every machine. */
const bucket = (userId: string, salt: string) => fnv1a(userId + salt) % 100;
const fnv1a = (s: string): number => {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619) >>> 0;
  return h;
};

/**
 * The demo's policies (issue 15): Social Media Guidelines in four languages with v1.0 and a v2.0
 * with real changes, an Acceptable Use Policy (typed name, partly overdue) and a Code of Conduct
 * (just published, gated: the printed demo logins have acknowledged it, the CEO and about a quarter
 * of the others have not, so they see only it until they do), all to everyone. Asks are written as the fan-out would; acknowledgements are
 * appended to the organisation's evidence chain with the same hash as `acknowledgePolicy`, in time
 * order, and the head moved, so `verify` stays valid. The employee login has signed 1.0 of the
 * guidelines, not 2.0 (the journey of the e2e test). Idempotent: an organisation with a policy is
 * left alone.
 */
export async function seedDemoPolicies(db: SeedDb, organizationId: string, log: (m: string) => void = () => undefined): Promise<boolean> {
  const { rows: existing } = await db.query(`SELECT 1 FROM policies WHERE organization_id = $1 LIMIT 1`, [organizationId]);
  if (existing.length) return false;
  const { hrId, people } = await demoPeople(db, organizationId);
  if (!hrId) return false;
  const hr = { id: hrId };
  const audienceId = await demoEveryoneAudience(db, organizationId, hr.id);

  const acks: SeedAcknowledgement[] = [];
  for (const spec of POLICIES) {
    const policyId = randomUUID();
    await db.query(`INSERT INTO policies (id, organization_id, kind, category, title, owner_id, tags, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $6, $8)`, [
      policyId, organizationId, spec.kind, spec.category, spec.title, hr.id, spec.tags, new Date(Date.now() - (spec.versions[0].daysAgo + 3) * DAY),
    ]);
    for (const [i, v] of spec.versions.entries()) {
      const current = i === spec.versions.length - 1;
      const publishedAt = new Date(Date.now() - v.daysAgo * DAY);
      const languages = Object.keys(v.bodies) as Lang[];
      const bodies = languages.map((l) => ({ language: l, title: v.bodies[l]?.title ?? '', body: v.bodies[l]?.body ?? '', ackText: v.bodies[l]?.ack ?? '' }));
      const versionId = randomUUID();
      await db.query(
        `INSERT INTO policy_versions (id, organization_id, policy_id, major, minor, status, change_summary, audience_id, ack_method, due_days, fallback_language, content_hash, published_at, effective_at, created_by, created_at, gate)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'en', $11, $12, $12, $13, $12, $14)`,
        [versionId, organizationId, policyId, v.major, v.minor, current ? 'PUBLISHED' : 'SUPERSEDED', v.summary, audienceId, v.method, v.dueDays,
          contentHashOf({ major: v.major, minor: v.minor, fallbackLanguage: 'en' }, bodies), publishedAt, hr.id, v.gate ?? false],
      );
      for (const b of bodies) {
        await db.query(`INSERT INTO policy_version_bodies (version_id, organization_id, language, title, body, body_html, ack_text) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
          versionId, organizationId, b.language, b.title, b.body, renderMarkdown(b.body).html, b.ackText,
        ]);
      }
      const dueAt = new Date(publishedAt.getTime() + v.dueDays * DAY);
      await db.query(
        `INSERT INTO policy_assignments (policy_id, user_id, major, organization_id, version_id, assigned_at, due_at) SELECT $1, unnest($7::uuid[]), $2, $3, $4, $5, $6`,
        [policyId, v.major, organizationId, versionId, publishedAt, dueAt, people.map((p) => p.id)],
      );
      const label = `${v.major}.${v.minor}`;
      for (const person of people) {
        const b = bucket(person.id, `${spec.title}${label}`);
        // The employee login has signed 1.0 of the guidelines but not 2.0; HR has signed everything.
        const employeeGuidelines = person.email === 'employee@pillars.demo' && spec.title === DEMO_SOCIAL_MEDIA_TITLE;
        if (employeeGuidelines && current) continue;
        // A gate: every printed login has signed it, the CEO has not, the others by their bucket.
        if (v.gate && shownTheGate(person.email)) continue;
        const signedGate = v.gate === true && SIGNED_EVERY_GATE.has(person.email);
        if (!employeeGuidelines && !signedGate && person.id !== hr.id && b >= v.ackShare) continue;
        const language = (languages.includes(person.locale as Lang) ? person.locale : 'en') as Lang;
        const body = bodies.find((x) => x.language === language) ?? bodies[0];
        const within = Math.min(v.daysAgo * DAY - 3_600_000, (1 + (b % 10)) * DAY * 0.9);
        acks.push({
          id: randomUUID(), organizationId, policyId, versionId, userId: person.id, versionLabel: label, language, textHash: shownTextHash(body),
          method: v.method, typedName: v.method === 'TYPED_NAME' ? person.name : null, quizScore: null,
          acknowledgedAt: new Date(publishedAt.getTime() + Math.max(600_000, within) + (b % 60) * 60_000), ip: '10.0.0.' + (1 + (b % 200)), userAgent: 'Mozilla/5.0 (demo seed)',
        });
      }
    }
  }

  const written = await appendSeedEvidence(db, organizationId, acks);
  log(`seeded ${POLICIES.length} policies with ${written} acknowledgements`);
  return true;
}

/** A live demo policy by title (for another domain's seed that links to it), or null. */
export async function demoPolicyId(db: SeedDb, organizationId: string, title: string): Promise<string | null> {
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM policies WHERE organization_id = $1 AND title = $2 AND retired_at IS NULL LIMIT 1`, [organizationId, title]);
  return rows[0]?.id ?? null;
}
