import { renderMarkdown } from '@pillars/api/core';
import { demoPeople, demoPeopleByEmail, demoTeamOf, type DemoDb } from '@pillars/api/demo';
import { randomUUID } from 'node:crypto';
import { slugify } from './wiki-links';
import { BUILTIN_TEMPLATES } from './wiki-templates.service';

export const DEMO_WIKI_HANDBOOK_KEY = 'handbook';
const DAY = 24 * 3_600_000;

interface RevisionSpec { title: string; body: string; summary: string | null; daysAgo: number; author: string }
interface PageSpec { language: 'en' | 'ar' | 'he' | 'it'; revisions: RevisionSpec[]; children?: PageSpec[]; verifiedDaysAgo?: number }
interface SpaceSpec { key: string; name: string; description: string; visibility: 'ORGANIZATION' | 'TEAM' | 'MEMBERS'; teamOf?: string; outsiderAccess?: 'READ' | 'NONE'; members?: [string, string][]; pages: PageSpec[] }

const HR = 'hr@pillars.demo';
const ADMIN = 'admin@pillars.demo';
const MANAGER = 'manager@pillars.demo';
const EMPLOYEE = 'employee@pillars.demo';

const SPACES: SpaceSpec[] = [
  {
    key: DEMO_WIKI_HANDBOOK_KEY, name: 'Company handbook', description: 'How we work: for everyone in the company.', visibility: 'ORGANIZATION', members: [[HR, 'ADMIN'], [MANAGER, 'EDITOR']],
    pages: [
      {
        language: 'en', verifiedDaysAgo: 40,
        revisions: [
          { title: 'Welcome', body: '# Welcome to the company\n\nThis handbook says how we work. Start with [[Expense rules for travel]] and [[Working from home]].', summary: 'First version', daysAgo: 300, author: HR },
          { title: 'Welcome', body: '# Welcome to the company\n\nThis handbook says how we work. Start with [[Expense rules for travel]], [[Working from home]] and the pages of your team\'s space.\n\nSomething missing? Ask HR.', summary: 'Point to team spaces', daysAgo: 40, author: HR },
        ],
        children: [
          {
            language: 'en',
            revisions: [
              { title: 'Expense rules for travel', body: '## Before you travel\n\n- Book through the travel portal.\n- Economy class for flights under 6 hours.\n\n## Claiming\n\nSubmit receipts within 30 days.', summary: null, daysAgo: 420, author: HR },
              { title: 'Expense rules for travel', body: '## Before you travel\n\n- Book through the travel portal.\n- Economy class for flights under 6 hours.\n- Trains over flights under 4 hours.\n\n## Claiming\n\nSubmit receipts within 30 days, with the project code.', summary: 'Trains; project codes', daysAgo: 90, author: MANAGER },
            ],
          },
          {
            language: 'en', verifiedDaysAgo: 10,
            revisions: [{ title: 'Working from home', body: '## Hybrid work\n\nTwo days a week in the office, agreed with your team.\n\n- Your laptop and a headset are provided.\n- Ask IT for a second screen.', summary: null, daysAgo: 60, author: HR }],
          },
          {
            language: 'ar',
            revisions: [{ title: 'دليل الموظف الجديد', body: '## مرحباً بك\n\nفي أسبوعك الأول:\n\n- تعرّف على فريقك.\n- اقرأ [[Expense rules for travel]].\n- اطلب من قسم تقنية المعلومات حساباتك.', summary: 'النسخة الأولى', daysAgo: 20, author: ADMIN }],
          },
          {
            language: 'it',
            revisions: [
              { title: 'Ferie e permessi', body: '## Come chiedere le ferie\n\nChiedi le ferie almeno due settimane prima.', summary: null, daysAgo: 120, author: HR },
              { title: 'Ferie e permessi', body: '## Come chiedere le ferie\n\nChiedi le ferie almeno due settimane prima, dal portale HR.\n\n## Permessi\n\nI permessi brevi si concordano con il responsabile.', summary: 'Permessi brevi', daysAgo: 15, author: HR },
            ],
          },
        ],
      },
    ],
  },
  {
    key: 'team', name: 'Team space', description: 'Runbooks and notes of the manager\'s team.', visibility: 'TEAM', teamOf: MANAGER, outsiderAccess: 'READ', members: [[MANAGER, 'ADMIN']],
    pages: [
      {
        language: 'en',
        revisions: [
          { title: 'Team onboarding', body: '## Your first week\n\n- [ ] Meet your buddy\n- [ ] Read [[Welcome]]\n\n## How we work\n\nStand-up at 9:30.', summary: null, daysAgo: 200, author: MANAGER },
          { title: 'Team onboarding', body: '## Your first week\n\n- [ ] Meet your buddy\n- [ ] Read [[Welcome]]\n- [ ] Set up your laptop\n\n## How we work\n\nStand-up at 9:45, demos on Fridays.', summary: 'Stand-up time; demos', daysAgo: 30, author: MANAGER },
        ],
      },
    ],
  },
  {
    key: 'leadership', name: 'Leadership (private)', description: 'Members only.', visibility: 'MEMBERS', members: [[ADMIN, 'ADMIN'], [HR, 'EDITOR']],
    pages: [{ language: 'en', revisions: [{ title: 'Reorganisation plan', body: '## Confidential\n\nDraft plan for next year\'s teams.', summary: null, daysAgo: 5, author: ADMIN }] }],
  },
];

/** The demo's wiki (once: false when the organisation has spaces already), with the built-in templates. */
export async function seedDemoWiki(db: DemoDb, organizationId: string, log: (m: string) => void = () => undefined): Promise<boolean> {
  const { rows: existing } = await db.query(`SELECT 1 FROM wiki_spaces WHERE organization_id = $1 LIMIT 1`, [organizationId]);
  if (existing.length) return false;
  const { hrId } = await demoPeople(db, organizationId);
  if (!hrId) return false;
  const people = await demoPeopleByEmail(db, organizationId, [HR, ADMIN, MANAGER, EMPLOYEE]);
  const who = (email: string) => people.get(email) ?? hrId;
  for (const t of BUILTIN_TEMPLATES) {
    await db.query(`INSERT INTO wiki_templates (organization_id, builtin_key, name, description, title, body, language, created_by) VALUES ($1, $2, $3, $4, $5, $6, 'en', $7) ON CONFLICT DO NOTHING`, [
      organizationId, t.key, t.name, t.description, t.title, t.body, hrId,
    ]);
  }
  const titles = new Map<string, string>();
  const pending: { pageId: string; spaceId: string; body: string }[] = [];
  let pages = 0;
  for (const spec of SPACES) {
    const team = spec.teamOf ? await demoTeamOf(db, organizationId, spec.teamOf) : null;
    if (spec.visibility === 'TEAM' && !team) continue;
    const spaceId = randomUUID();
    await db.query(
      `INSERT INTO wiki_spaces (id, organization_id, key, name, description, visibility, team_id, outsider_access, review_cycle_months, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 12, $9, now() - interval '400 days')`,
      [spaceId, organizationId, spec.key, team ? `${team.name}: ${spec.name}` : spec.name, spec.description, spec.visibility, team?.id ?? null, spec.outsiderAccess ?? 'READ', hrId],
    );
    for (const [email, role] of spec.members ?? []) {
      if (people.has(email)) await db.query(`INSERT INTO wiki_space_members (space_id, user_id, organization_id, role, added_by) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`, [spaceId, who(email), organizationId, role, hrId]);
    }
    const insert = async (page: PageSpec, parentId: string | null, position: number): Promise<void> => {
      const pageId = randomUUID();
      const first = page.revisions[0];
      const last = page.revisions[page.revisions.length - 1];
      const slug = slugify(last.title);
      const at = (r: RevisionSpec) => new Date(Date.now() - r.daysAgo * DAY);
      await db.query(
        `INSERT INTO wiki_pages (id, organization_id, space_id, parent_id, position, slug, title, language, body, body_html, revision_number, owner_id, verified_at, verified_by, created_by, created_at, updated_by, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $12, $15, $16, $17)`,
        [pageId, organizationId, spaceId, parentId, position, slug, last.title, page.language, last.body, renderMarkdown(last.body).html, page.revisions.length, who(first.author),
          page.verifiedDaysAgo !== undefined ? new Date(Date.now() - page.verifiedDaysAgo * DAY) : null, page.verifiedDaysAgo !== undefined ? who(first.author) : null, at(first), who(last.author), at(last)],
      );
      await db.query(`INSERT INTO wiki_page_slugs (space_id, slug, page_id, organization_id) VALUES ($1, $2, $3, $4)`, [spaceId, slug, pageId, organizationId]);
      for (const [i, r] of page.revisions.entries()) {
        await db.query(
          `INSERT INTO wiki_revisions (organization_id, page_id, number, title, body, body_html, summary, language, author_id, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
          [organizationId, pageId, i + 1, r.title, r.body, renderMarkdown(r.body).html, r.summary, page.language, who(r.author), at(r)],
        );
      }
      titles.set(last.title.toLocaleLowerCase('und'), pageId);
      pending.push({ pageId, spaceId, body: last.body });
      pages++;
      for (const [i, child] of (page.children ?? []).entries()) await insert(child, pageId, i);
    };
    for (const [i, page] of spec.pages.entries()) await insert(page, null, i);
  }
  // Links as a save would store them: `[[title]]` resolved to the page's id (the seed's pages are
  // all in spaces their authors read), written into the latest body and into wiki_links.
  for (const { pageId, body } of pending) {
    const links: { ref: string; label: string; target: string }[] = [];
    const stored = body.replace(/\[\[([^[\]\n|]{1,200})\]\]/g, (whole, title: string) => {
      const id = titles.get(title.trim().toLocaleLowerCase('und'));
      if (!id) return whole;
      links.push({ ref: `/wiki/page/${id}`, label: title, target: id });
      return `[${title}](/wiki/page/${id})`;
    });
    if (stored === body) continue;
    await db.query(`UPDATE wiki_pages SET body = $2, body_html = $3 WHERE id = $1`, [pageId, stored, renderMarkdown(stored).html]);
    await db.query(`UPDATE wiki_revisions SET body = $2, body_html = $3 WHERE page_id = $1 AND number = (SELECT revision_number FROM wiki_pages WHERE id = $1)`, [pageId, stored, renderMarkdown(stored).html]);
    await db.query(
      `INSERT INTO wiki_links (source_page_id, organization_id, target_ref, label, target_page_id) SELECT $1, $2, x.ref, x.label, x.target FROM unnest($3::text[], $4::text[], $5::uuid[]) AS x(ref, label, target) ON CONFLICT DO NOTHING`,
      [pageId, organizationId, links.map((l) => l.ref), links.map((l) => l.label), links.map((l) => l.target)],
    );
  }
  log(`seeded the demo wiki: ${SPACES.length} spaces, ${pages} pages`);
  return true;
}
