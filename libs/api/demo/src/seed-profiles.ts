import type { Pool, PoolClient } from 'pg';

/**
 * What people write about themselves in the demo (issue 14): skills by job, a line about their
 * work in their own language, languages, working hours, sometimes pronouns and a phone number.
 * Deterministic (by position in the organisation), so every seed with the same options matches.
 *
 * The demo employee (employee@pillars.demo) is left blank on purpose: signing in as them shows
 * an empty profile to fill in, and the profile e2e journey fills it from scratch.
 */
const SKILLS_BY_TITLE: Record<string, string[]> = {
  'Software Engineer': ['TypeScript', 'React', 'PostgreSQL', 'Kubernetes', 'Go', 'GraphQL', 'Testing'],
  'Senior Engineer': ['Kubernetes', 'Terraform', 'Go', 'Observability', 'PostgreSQL', 'Rust', 'System design'],
  'Product Manager': ['Roadmapping', 'User research', 'Pricing', 'Analytics', 'Discovery'],
  Designer: ['Figma', 'Accessibility', 'Design systems', 'RTL layouts', 'Illustration'],
  Analyst: ['SQL', 'Power BI', 'Forecasting', 'Excel', 'Python'],
  'Account Executive': ['Negotiation', 'Salesforce', 'Public sector', 'EMEA markets'],
  'HR Partner': ['Onboarding', 'Employment law', 'Compensation', 'Coaching'],
  Recruiter: ['Interviewing', 'Employer branding', 'Sourcing', 'Onboarding'],
  'Legal Counsel': ['GDPR', 'Contracts', 'Employment law', 'Export control'],
  'Support Specialist': ['Zendesk', 'Troubleshooting', 'Customer onboarding', 'Knowledge base'],
  'Data Scientist': ['Python', 'Machine learning', 'dbt', 'Statistics', 'Kubernetes'],
  'Marketing Lead': ['SEO', 'Content strategy', 'Events', 'Brand'],
  'Team Lead': ['Coaching', 'Hiring', 'Planning', 'Public speaking'],
  'Chief Executive Officer': ['Strategy', 'Public speaking', 'Fundraising'],
};
/** A skill or two written in the person's language, so tags come in every script. */
const LOCAL_SKILLS: Record<string, string[]> = {
  ar: ['إدارة المشاريع', 'التدريب', 'خدمة العملاء'],
  he: ['ניהול מוצר', 'הדרכה', 'שירות לקוחות'],
  it: ['Contabilità', 'Formazione', 'Gestione progetti'],
  en: [],
};
const ABOUT: Record<string, (skill: string) => string> = {
  en: (skill) => `Happy to help with ${skill}, or to point you to who knows.`,
  ar: (skill) => `يسعدني أن أساعد في ${skill}، أو أن أدلك على من يعرف.`,
  he: (skill) => `אשמח לעזור ב־${skill}, או להפנות למי שיודע.`,
  it: (skill) => `Chiedimi pure di ${skill}, o ti indico chi ne sa di più.`,
};
const HOURS: Record<string, { days: number[]; start: string; end: string }> = {
  en: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:30' },
  ar: { days: [1, 2, 3, 4, 5], start: '08:00', end: '17:00' },
  he: { days: [1, 2, 3, 4, 7], start: '09:00', end: '18:00' }, // Sunday to Thursday, sorted as the API stores days
  it: { days: [1, 2, 3, 4, 5], start: '09:00', end: '18:00' },
};
// Numbers reserved for drama and examples where there are such ranges (Ofcom's 020 7946 0xxx), or shaped like the country's.
const PHONE: Record<string, (n: number) => string> = {
  en: (n) => `+44 20 7946 0${String(n % 1000).padStart(3, '0')}`,
  ar: (n) => `+971 4 555 ${String(1000 + (n % 9000)).padStart(4, '0')}`,
  he: (n) => `+972 3 555 ${String(1000 + (n % 9000)).padStart(4, '0')}`,
  it: (n) => `+39 02 5550 ${String(1000 + (n % 9000)).padStart(4, '0')}`,
};
const PRONOUNS = ['she/her', 'he/him', 'they/them'];
const EXTRA_LANGUAGES = ['fr', 'es', 'de', 'ar', 'pt'];
/** At most this many people get a profile, so a 100k-person bench seed stays quick. */
const MAX_PROFILES = 3000;

interface Person {
  id: string;
  email: string;
  title: string | null;
  locale: string;
}

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length];

/** The profile fields of the `i`-th person (in email order), or null for those who wrote nothing. */
export function demoProfile(p: Person, i: number): Record<string, unknown> | null {
  if (p.email === 'employee@pillars.demo' || i % 5 === 4) return null;
  const pool = SKILLS_BY_TITLE[p.title ?? ''] ?? SKILLS_BY_TITLE['Team Lead'];
  const count = 2 + (i % 3);
  const skills = Array.from({ length: Math.min(count, pool.length) }, (_, k) => pool[(i + k * 2) % pool.length]);
  const local = LOCAL_SKILLS[p.locale] ?? [];
  if (local.length && i % 3 === 0) skills.push(pick(local, i));
  const languages = [...new Set([p.locale, ...(p.locale === 'en' ? [] : ['en']), ...(i % 4 === 0 ? [pick(EXTRA_LANGUAGES, i)] : [])])];
  return {
    id: p.id,
    skills: [...new Set(skills)],
    languages,
    about: i % 2 === 0 ? (ABOUT[p.locale] ?? ABOUT['en'])(skills[0]) : null,
    working_hours: i % 3 !== 1 ? (HOURS[p.locale] ?? HOURS['en']) : null,
    phone: i % 3 === 0 ? (PHONE[p.locale] ?? PHONE['en'])(i) : null,
    pronouns: (p.locale === 'en' || p.locale === 'it') && i % 4 === 1 ? pick(PRONOUNS, i) : null,
  };
}

/**
 * Writes the demo profiles of an organisation through the directory's users writer (which also
 * keeps `skill_keys`). `refreshSearch` false when the caller refreshes the search text itself.
 */
export async function seedDemoProfiles(db: Pool | PoolClient, organizationId: string, refreshSearch = true): Promise<number> {
  const { rows } = await db.query<Person>(`SELECT id, email, title, locale FROM users WHERE organization_id = $1 ORDER BY email LIMIT $2`, [organizationId, MAX_PROFILES]);
  const profiles = rows.map(demoProfile).filter((p): p is Record<string, unknown> => p !== null);
  for (let start = 0; start < profiles.length; start += 1000) {
    await db.query(`SELECT pillars_update_users($1, $2::jsonb, $3)`, [organizationId, JSON.stringify(profiles.slice(start, start + 1000)), refreshSearch]);
  }
  return profiles.length;
}
