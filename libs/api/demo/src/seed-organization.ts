import { en, ar, he, it, Faker } from '@faker-js/faker';
import { hash } from '@node-rs/argon2';
import type { Pool, PoolClient } from 'pg';
import { seedDemoProfiles } from './seed-profiles';

export const DEMO_PASSWORD = 'pillars-demo';
export const DEMO_LOGINS = [
  { email: 'admin@pillars.demo', name: 'Amira Haddad', locale: 'ar', role: 'ADMIN', what: 'administrator' },
  { email: 'hr@pillars.demo', name: 'Giulia Rossi', locale: 'it', role: 'HR', what: 'HR' },
  { email: 'manager@pillars.demo', name: 'Daniel Carter', locale: 'en', role: null, what: 'manager' },
  { email: 'employee@pillars.demo', name: 'Noa Levi', locale: 'he', role: null, what: 'employee' },
] as const;

export interface SeedOptions {
  users: number;
  teams?: number;
  slug?: string;
  name?: string;
  seed?: number;
  onProgress?: (message: string) => void;
}

const LOCALES = ['en', 'ar', 'he', 'it'] as const;
const LOCATIONS: Record<(typeof LOCALES)[number], string[]> = {
  en: ['London', 'New York', 'Dublin'],
  ar: ['دبي', 'الرياض', 'عمّان'],
  he: ['תל אביב', 'חיפה', 'ירושלים'],
  it: ['Milano', 'Roma', 'Torino'],
};
const TIME_ZONES = { en: 'Europe/London', ar: 'Asia/Dubai', he: 'Asia/Jerusalem', it: 'Europe/Rome' } as const;
const DEPARTMENTS = ['Engineering', 'People & Culture', 'Sales', 'Operations', 'Finance', 'Legal', 'Marketing', 'Customer Success', 'Product', 'Research'];
const SUB_TEAMS = ['Platform', 'Mobile', 'Data', 'Design', 'Security', 'Recruiting', 'Learning', 'EMEA', 'Americas', 'Support', 'Partnerships', 'Analytics', 'Infrastructure', 'Quality', 'Payroll', 'Compliance'];
const TITLES = ['Software Engineer', 'Senior Engineer', 'Product Manager', 'Designer', 'Analyst', 'Account Executive', 'HR Partner', 'Recruiter', 'Legal Counsel', 'Support Specialist', 'Data Scientist', 'Marketing Lead'];
const TEAM_NAMES_I18N = ['فريق الرياض', 'צוות תל אביב', 'Squadra Milano', 'فريق الدعم', 'צוות מוצר', 'Squadra Vendite'];

/** Team counts per level: 5 levels for large organisations, 2 for the demo. */
const levelSizes = (total: number): number[] => {
  if (total <= 12) return [Math.min(3, total), Math.max(0, total - 3)];
  const shares = [0.01, 0.04, 0.15, 0.3, 0.5];
  const sizes = shares.map((s) => Math.max(1, Math.round(total * s)));
  sizes[4] = total - sizes.slice(0, 4).reduce((a, b) => a + b, 0);
  return sizes;
};

interface TeamRow { id: string; parentId: string | null; name: string; level: number }
interface UserRow { id: string; email: string; name: string; title: string; location: string; locale: string; timeZone: string; managerId: string | null; roles: string[]; startDate: string; teamId: string; lead: boolean }

/**
 * Deterministic organisation generator (seeded faker): a team tree, a manager line that follows it
 * (members report to their lead, leads to the parent team's lead, department heads to the CEO),
 * names in English, Arabic, Hebrew and Italian. Bulk inserts through unnest(): 10k users in seconds.
 */
export async function seedOrganization(db: Pool | PoolClient, options: SeedOptions) {
  const log = options.onProgress ?? (() => undefined);
  const fakers = { en: new Faker({ locale: [en] }), ar: new Faker({ locale: [ar, en] }), he: new Faker({ locale: [he, en] }), it: new Faker({ locale: [it, en] }) };
  const base = new Faker({ locale: [en] });
  for (const [i, f] of [base, ...Object.values(fakers)].entries()) f.seed((options.seed ?? 2026) + i);
  const uuid = () => base.string.uuid();
  const userCount = Math.max(options.users, DEMO_LOGINS.length + 1);
  const teamCount = options.teams ?? Math.max(3, Math.min(500, Math.round(userCount / 6)));
  const slug = options.slug ?? 'demo';
  const orgId = uuid();

  // Teams, level by level.
  const teams: TeamRow[] = [];
  const sizes = levelSizes(teamCount);
  let previous: TeamRow[] = [];
  sizes.forEach((size, level) => {
    const current: TeamRow[] = [];
    const used = new Map<string | null, Set<string>>();
    for (let i = 0; i < size; i++) {
      const parent = level === 0 ? null : previous[i % previous.length];
      const siblings = used.get(parent?.id ?? null) ?? new Set<string>();
      let name = level === 0 ? DEPARTMENTS[i % DEPARTMENTS.length] : i % 7 === 3 ? TEAM_NAMES_I18N[i % TEAM_NAMES_I18N.length] : SUB_TEAMS[i % SUB_TEAMS.length];
      for (let n = 2; siblings.has(name.toLowerCase()); n++) name = `${name.replace(/ \d+$/, '')} ${n}`;
      siblings.add(name.toLowerCase());
      used.set(parent?.id ?? null, siblings);
      current.push({ id: uuid(), parentId: parent?.id ?? null, name, level });
    }
    teams.push(...current);
    previous = current;
  });

  // People: the CEO, then every team gets a lead, then the rest spread over teams (leaves heavier).
  const users: UserRow[] = [];
  const person = (i: number, teamId: string, lead: boolean): UserRow => {
    const demo = DEMO_LOGINS[i - 1];
    const locale = demo?.locale ?? LOCALES[i % LOCALES.length];
    const f = fakers[locale];
    const name = demo?.name ?? `${f.person.firstName()} ${f.person.lastName()}`;
    return {
      id: uuid(), name, locale, teamId, lead,
      email: demo?.email ?? `${base.internet.username({ firstName: `user${i}` }).toLowerCase().replace(/[^a-z0-9._-]/g, '')}.${i}@${slug}.pillars.test`,
      title: lead ? 'Team Lead' : TITLES[i % TITLES.length],
      location: LOCATIONS[locale][i % 3],
      timeZone: TIME_ZONES[locale],
      managerId: null,
      roles: demo?.role ? [demo.role] : [],
      startDate: base.date.between({ from: '2015-01-01', to: '2026-06-30' }).toISOString().slice(0, 10),
    };
  };
  const ceo = { ...person(0, teams[0].id, false), name: 'Yasmin Farouk', email: `ceo@${slug === 'demo' ? 'pillars.demo' : `${slug}.pillars.test`}`, title: 'Chief Executive Officer', locale: 'ar' };
  users.push(ceo);
  const leadOf = new Map<string, UserRow>();
  let next = DEMO_LOGINS.length + 1;
  let demoManager = null as UserRow | null;
  // The demo manager leads the first sub-team, so they have reports; other demo logins are members.
  for (const team of teams) {
    if (users.length >= userCount) break;
    const useDemo = !demoManager && team.level === Math.min(1, sizes.length - 1);
    const lead = person(useDemo ? 3 : next++, team.id, true);
    if (useDemo) demoManager = lead;
    users.push(lead);
    leadOf.set(team.id, lead);
  }
  const memberTeams = teams.filter((t) => t.level >= sizes.length - 2);
  for (const demoIndex of [1, 2, 4]) if (users.length < userCount) users.push(person(demoIndex, memberTeams[demoIndex % memberTeams.length].id, false));
  for (let k = 0; users.length < userCount; k++) users.push(person(next++, memberTeams[k % memberTeams.length].id, false));
  const teamById = new Map(teams.map((t) => [t.id, t]));
  for (const u of users) {
    if (u === ceo) continue;
    const team = teamById.get(u.teamId) as TeamRow;
    if (u.lead) u.managerId = team.parentId ? (leadOf.get(team.parentId)?.id ?? ceo.id) : ceo.id;
    else u.managerId = leadOf.get(team.id)?.id ?? ceo.id;
  }
  // The demo employee reports to the demo manager, whoever leads their team.
  const demoEmployee = users.find((u) => u.email === 'employee@pillars.demo');
  if (demoEmployee && demoManager) {
    demoEmployee.managerId = demoManager.id;
    demoEmployee.teamId = demoManager.teamId;
  }

  const passwordHash = await hash(DEMO_PASSWORD);
  await db.query(`INSERT INTO organizations (id, name, slug) VALUES ($1, $2, $3)`, [orgId, options.name ?? 'Pillars Demo', slug]);
  log(`organisation ${slug}: ${teams.length} teams, ${users.length} people`);
  for (const level of sizes.keys()) {
    const rows = teams.filter((t) => t.level === level);
    await db.query(`INSERT INTO teams (id, organization_id, parent_id, name) SELECT id, $1, parent_id, name FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS x(id, parent_id, name)`, [
      orgId, rows.map((t) => t.id), rows.map((t) => t.parentId), rows.map((t) => t.name),
    ]);
  }
  // Through the directory's one users writer (a SQL function). Managers before their reports, by
  // depth in the line: the manager foreign key is checked per statement, and a chunk is one.
  const depth = new Map<string, number>();
  const byId = new Map(users.map((u) => [u.id, u]));
  const depthOf = (u: UserRow): number => {
    if (depth.has(u.id)) return depth.get(u.id) as number;
    const d = u.managerId ? depthOf(byId.get(u.managerId) as UserRow) + 1 : 0;
    depth.set(u.id, d);
    return d;
  };
  const ordered = [...users].sort((a, b) => depthOf(a) - depthOf(b));
  for (let start = 0; start < ordered.length; start += 2000) {
    const chunk = ordered.slice(start, start + 2000).map((u) => ({
      id: u.id, email: u.email, name: u.name, title: u.title, location: u.location, locale: u.locale, time_zone: u.timeZone,
      manager_id: u.managerId, roles: u.roles, start_date: u.startDate, password_hash: passwordHash,
    }));
    // The search text needs the memberships: refreshed once below.
    await db.query(`SELECT pillars_insert_users($1, $2::jsonb, false)`, [orgId, JSON.stringify(chunk)]);
    log(`people ${Math.min(start + 2000, ordered.length)}/${ordered.length}`);
  }
  await db.query(
    `INSERT INTO team_memberships (team_id, user_id, organization_id, role) SELECT team_id, user_id, $1, role FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS x(team_id, user_id, role)`,
    [orgId, users.map((u) => u.teamId), users.map((u) => u.id), users.map((u) => (u.lead ? 'LEAD' : 'MEMBER'))],
  );
  // What people say about themselves (skills go into the search text refreshed just below).
  const profiles = await seedDemoProfiles(db, orgId, false);
  log(`profiles: ${profiles}`);
  await db.query(
    `SELECT pillars_refresh_user_search(array_agg(id)) FROM users WHERE organization_id = $1`,
    [orgId],
  );
  // Fresh statistics, or the planner guesses row counts from an empty table (PGlite has no autovacuum).
  await db.query(`ANALYZE users`);
  await db.query(`ANALYZE teams`);
  await db.query(`ANALYZE team_memberships`);
  return { organizationId: orgId, users: users.length, teams: teams.length };
}
