import { randomUUID } from 'node:crypto';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { isEmail } from 'class-validator';
import { isLocale, Role } from '@pillars/shared/types';
import { checkText, LIMITS } from '@pillars/shared/validation';
import { normaliseRoles } from '../users/users.service';
import { COLUMN_LABEL, type ImportColumn, type ParsedCsv, type ParsedRow } from './directory-import.parse';
import { DirectoryImportErrorCode as Code, type ImportCounts, type ImportRowError } from './directory-import.types';

export interface ExistingUser {
  id: string;
  email: string;
  name: string;
  title: string | null;
  location: string | null;
  locale: string;
  managerId: string | null;
  startDate: string | null;
  roles: string[];
}
export interface ExistingTeam { id: string; parentId: string | null; name: string }
/** What the organisation holds now, read in the same transaction that may apply the plan. */
export interface DirectorySnapshot {
  users: ExistingUser[];
  teams: ExistingTeam[];
  /** `${teamId}:${userId}` for the memberships of people named in the file. */
  memberships: Set<string>;
}

export interface PlannedUser {
  id: string;
  isNew: boolean;
  email: string;
  name: string;
  title: string | null;
  location: string | null;
  locale: string;
  startDate: string | null;
  roles: Role[];
  managerId: string | null;
  teamId: string | null;
  /** A column other than the manager differs (new users: always). */
  fieldsChanged: boolean;
  managerChanged: boolean;
  membershipNeeded: boolean;
}
export type PlannedTeam = ExistingTeam;
export interface ImportPlan {
  counts: ImportCounts;
  errors: ImportRowError[];
  /** Only people the apply must write (created or changed); unchanged rows are just counted. */
  users: PlannedUser[];
  newTeams: PlannedTeam[];
  /** `Engineering/Platform` for each team in `newTeams`, same order, spelled as in the file. */
  newTeamPaths: string[];
  /** Rows with at least one error, in file order; none of them is written in any mode. */
  rejected: ParsedRow[];
}

/** Rows checked between two turns of the event loop, so a 20,000-row file never holds the process. */
export const PLAN_CHUNK = 500;

/** `A / B` → ['A', 'B']: the segments of a team path, trimmed. */
export const splitTeamPath = (path: string): string[] => path.split('/').map((s) => s.trim());

/** A row read and checked on its own; `undefined` keeps the current value, `null` clears it. */
interface Draft {
  line: number;
  id: string;
  existing: ExistingUser | undefined;
  email: string;
  name: string;
  title: string | null | undefined;
  location: string | null | undefined;
  locale: string | undefined;
  startDate: string | null | undefined;
  roles: Role[] | undefined;
  managerKey: string | null | undefined;
  managerId: string | null | undefined;
  teamPath: string[] | null;
  failed: boolean;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ROLES = new Set<string>(Object.values(Role));
const MAX_TEAM_DEPTH = 10;
const key = (email: string) => email.toLowerCase();
const teamKey = (parentId: string | null, name: string) => `${parentId ?? ''}/${name.toLowerCase()}`;

const isRealDate = (value: string): boolean => {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
};

/**
 * Checks every row against the file and the organisation, in memory (Maps, no queries), and
 * works out exactly what an apply would write. Preview and apply share it. Rows that fail are
 * never written, and nothing written depends on them (see `rejectDependants`), so the plan's
 * `users` are safe to write on their own (SKIP_REJECTED) or only when `errors` is empty.
 */
export interface ImportActor {
  userId: string;
  /** Admins may change an administrator's record; HR may not (userPolicy `edit`). */
  editsAdmins: boolean;
}

export async function planImport(parsed: ParsedCsv, snapshot: DirectorySnapshot, actor: ImportActor, onProgress: (checked: number) => void = () => undefined): Promise<ImportPlan> {
  const errors: ImportRowError[] = [...parsed.errors];
  const counts: ImportCounts = { total: parsed.rows.length, toCreate: 0, toUpdate: 0, unchanged: 0, teamsToCreate: 0, rejected: 0 };
  // A file whose header is wrong cannot be read row by row: every cell could be misattributed.
  if (errors.length > 0) return { counts: { ...counts, rejected: counts.total }, errors, users: [], newTeams: [], newTeamPaths: [], rejected: [] };

  const byEmail = new Map(snapshot.users.map((u) => [key(u.email), u]));
  const fileRows = new Map<string, Draft>();
  const drafts: Draft[] = [];
  for (const [i, row] of parsed.rows.entries()) {
    if (i % PLAN_CHUNK === 0) {
      onProgress(i);
      await nextTurn();
    }
    const draft = readRow(row, byEmail, parsed.columns, errors);
    if (!draft.email) continue;
    const first = fileRows.get(key(draft.email));
    if (first) {
      failDraft(draft, errors, 'email', Code.DUPLICATE_EMAIL, `${draft.email} is already on line ${first.line}`);
      continue;
    }
    fileRows.set(key(draft.email), draft);
    drafts.push(draft);
    // An admin importing a file without their own ADMIN role would lock themselves out.
    if (draft.roles && draft.existing?.id === actor.userId && !draft.roles.includes(Role.ADMIN)) {
      failDraft(draft, errors, 'roles', Code.OWN_ADMIN_ROLE, 'You cannot remove your own ADMIN role');
    }
    // HR manages people records, admins keep theirs: a row that would change an admin's record is refused
    // (an unchanged row, as in a re-imported export, passes; adding them to a team is team business).
    const changed = !actor.editsAdmins && draft.existing?.roles.includes(Role.ADMIN) ? changedColumn(draft, draft.existing, byEmail) : undefined;
    if (changed && !draft.failed) failDraft(draft, errors, changed, Code.ADMIN_RECORD, 'Only an administrator can change an administrator\'s record');
  }
  await nextTurn();

  resolveManagers(drafts, fileRows, byEmail, errors);
  // Rejecting a row can revert an existing person to their current manager and so close a
  // cycle, and a cycle rejects rows: repeat until neither finds anything new.
  do {
    await nextTurn();
    rejectDependants(drafts, errors);
  } while (await findCycles(drafts, snapshot.users, errors));

  const teams = new TeamResolver(snapshot.teams);
  const users: PlannedUser[] = [];
  for (const [i, d] of drafts.entries()) {
    if (i % PLAN_CHUNK === 0) await nextTurn();
    if (d.failed) continue;
    const planned = toPlanned(d, d.teamPath ? teams.resolve(d.teamPath) : null, snapshot.memberships);
    if (d.existing === undefined) counts.toCreate++;
    else if (planned.fieldsChanged || planned.managerChanged || planned.membershipNeeded) counts.toUpdate++;
    else {
      counts.unchanged++;
      continue;
    }
    users.push(planned);
  }
  onProgress(parsed.rows.length);
  counts.teamsToCreate = teams.created.length;
  errors.sort((a, b) => a.line - b.line);
  const rejectedLines = new Set(errors.map((e) => e.line));
  const rejected = parsed.rows.filter((r) => rejectedLines.has(r.line));
  counts.rejected = rejected.length;
  return { counts, errors, users, newTeams: teams.created, newTeamPaths: teams.paths, rejected };
}

const failDraft = (draft: Draft, errors: ImportRowError[], column: ImportColumn, code: Code, message: string) => {
  errors.push({ line: draft.line, column: COLUMN_LABEL[column], code, message });
  draft.failed = true;
};

/**
 * Text columns follow the rule every text input follows; the clean (NFC, trimmed) value is kept.
 * Line breaks and tabs inside a quoted cell (Alt+Enter in a spreadsheet) become one space first:
 * every column is single-line, and a title typed on two lines is still one title.
 */
const TEXT_COLUMNS = ['email', 'name', 'title', 'teamPath', 'managerEmail', 'location'] as const;
const CELL_BREAKS = /[ \t]*[\r\n\t]+[ \t]*/g;

function readRow(row: ParsedRow, byEmail: Map<string, ExistingUser>, columns: Set<ImportColumn>, errors: ImportRowError[]): Draft {
  const c = { ...row.cells };
  const unclean: [ImportColumn, string][] = [];
  for (const column of TEXT_COLUMNS) {
    const value = c[column];
    if (value === undefined || value === '') continue;
    const checked = checkText(value.replace(CELL_BREAKS, ' '), { allowEmpty: true });
    if (checked.ok) c[column] = checked.value;
    else {
      unclean.push([column, checked.rule]);
      c[column] = '';
    }
  }
  // A present column with an empty cell clears the value; an absent column leaves it alone.
  const optional = (column: ImportColumn): string | null | undefined => (columns.has(column) ? c[column] || null : undefined);
  const email = c.email ?? '';
  const existing = byEmail.get(key(email));
  const draft: Draft = {
    line: row.line, id: existing?.id ?? randomUUID(), existing, email, name: c.name ?? '',
    title: optional('title'), location: optional('location'), locale: optional('locale') ?? undefined,
    startDate: optional('startDate'), roles: undefined, managerKey: optional('managerEmail'), managerId: undefined, teamPath: null, failed: false,
  };
  const fail = (column: ImportColumn, code: Code, message: string) => failDraft(draft, errors, column, code, message);
  for (const [column, rule] of unclean) fail(column, Code.BAD_TEXT, `Characters not allowed here (rule ${rule})`);
  const checkEmail = (column: ImportColumn, value: string) => {
    if (value.length > LIMITS.email) fail(column, Code.TOO_LONG, `At most ${LIMITS.email} characters`);
    else if (!isEmail(value)) fail(column, Code.BAD_EMAIL, `"${value}" is not an email address`);
  };
  const unusable = new Set(unclean.map(([column]) => column));
  if (email === '') {
    if (!unusable.has('email')) fail('email', Code.MISSING_EMAIL, 'Email is required');
  } else checkEmail('email', email);
  if (draft.failed) draft.email = '';
  if (draft.name === '' && !unusable.has('name')) fail('name', Code.MISSING_NAME, 'Name is required');
  for (const [column, max] of [['name', LIMITS.name], ['title', LIMITS.title], ['location', LIMITS.location]] as const) {
    if ((c[column]?.length ?? 0) > max) fail(column, Code.TOO_LONG, `At most ${max} characters`);
  }
  if (draft.locale !== undefined) {
    draft.locale = draft.locale.toLowerCase();
    if (!isLocale(draft.locale)) fail('locale', Code.BAD_LOCALE, `Locale must be one of en, ar, he, it`);
  }
  if (draft.startDate && !isRealDate(draft.startDate)) fail('startDate', Code.BAD_DATE, `"${draft.startDate}" is not a date (YYYY-MM-DD)`);
  if (draft.managerKey) checkEmail('managerEmail', draft.managerKey);
  if (columns.has('roles')) {
    const names = (c.roles ?? '').split(/[\s,;|]+/).filter(Boolean).map((r) => r.toUpperCase());
    const unknown = names.filter((r) => !ROLES.has(r));
    if (unknown.length) fail('roles', Code.BAD_ROLE, `Unknown role ${unknown.join(', ')}`);
    else draft.roles = normaliseRoles(names as Role[]);
  }
  if (c.teamPath) {
    const segments = splitTeamPath(c.teamPath);
    if (segments.some((s) => s === '') || segments.length > MAX_TEAM_DEPTH) fail('teamPath', Code.BAD_TEAM_PATH, `"${c.teamPath}" is not a team path like Engineering/Platform`);
    else if (segments.some((s) => s.length > LIMITS.title)) fail('teamPath', Code.TOO_LONG, `Team names have at most ${LIMITS.title} characters`);
    else draft.teamPath = segments;
  }
  return draft;
}

/** The first column in which a row differs from the existing person's record, if any. */
function changedColumn(d: Draft, e: ExistingUser, byEmail: Map<string, ExistingUser>): ImportColumn | undefined {
  if (d.name !== e.name) return 'name';
  if (d.title !== undefined && d.title !== e.title) return 'title';
  if (d.location !== undefined && d.location !== e.location) return 'location';
  if (d.locale !== undefined && d.locale !== e.locale) return 'locale';
  if (d.startDate !== undefined && d.startDate !== e.startDate) return 'startDate';
  if (d.managerKey !== undefined && (d.managerKey === null ? e.managerId !== null : byEmail.get(key(d.managerKey))?.id !== e.managerId)) return 'managerEmail';
  return undefined;
}

/** A manager is someone in the file or already in this organisation (never another one). */
function resolveManagers(drafts: Draft[], fileRows: Map<string, Draft>, byEmail: Map<string, ExistingUser>, errors: ImportRowError[]): void {
  const column = COLUMN_LABEL.managerEmail;
  for (const d of drafts) {
    if (d.managerKey === undefined || d.managerKey === null) {
      d.managerId = d.managerKey;
      continue;
    }
    const managerId = fileRows.get(key(d.managerKey))?.id ?? byEmail.get(key(d.managerKey))?.id;
    if (managerId === undefined) {
      // A malformed manager email was already reported as BAD_EMAIL.
      if (isEmail(d.managerKey)) errors.push({ line: d.line, column, code: Code.UNKNOWN_MANAGER, message: `No one with email ${d.managerKey} in the file or the directory` });
      d.failed = true;
    } else if (managerId === d.id) {
      errors.push({ line: d.line, column, code: Code.MANAGER_CYCLE, message: 'A person cannot be their own manager' });
      d.failed = true;
    } else d.managerId = managerId;
  }
}

/**
 * A row whose manager is a new person with a rejected row is rejected too: the manager will not
 * exist. Transitive (a report of a report), in one pass over a worklist. A manager who already
 * exists stays a valid target even when their own row is rejected: they keep their current values.
 */
function rejectDependants(drafts: Draft[], errors: ImportRowError[]): void {
  const reports = new Map<string, Draft[]>();
  for (const d of drafts) {
    if (!d.managerId) continue;
    const list = reports.get(d.managerId);
    if (list) list.push(d);
    else reports.set(d.managerId, [d]);
  }
  const queue = drafts.filter((d) => d.failed && d.existing === undefined);
  for (let manager = queue.pop(); manager; manager = queue.pop()) {
    for (const d of reports.get(manager.id) ?? []) {
      if (d.failed) continue;
      errors.push({ line: d.line, column: COLUMN_LABEL.managerEmail, code: Code.MANAGER_REJECTED, message: `The manager's row (line ${manager.line}) is rejected, so this person cannot report to them` });
      d.failed = true;
      if (d.existing === undefined) queue.push(d);
    }
  }
}

/**
 * The manager graph after the import (existing links overlaid with the valid rows' links: a
 * rejected row keeps its current manager) has one outgoing edge per person, so one walk per
 * person with three colours finds every cycle in linear time. Returns whether it rejected a row.
 */
async function findCycles(drafts: Draft[], existing: ExistingUser[], errors: ImportRowError[]): Promise<boolean> {
  const managerOf = new Map<string, string | null>(existing.map((u) => [u.id, u.managerId]));
  for (const d of drafts) if (!d.failed && d.managerId !== undefined) managerOf.set(d.id, d.managerId);
  const state = new Map<string, 'walking' | 'done'>();
  const onCycle = new Set<string>();
  for (const [i, d] of drafts.entries()) {
    if (i % PLAN_CHUNK === 0) await nextTurn();
    const path: string[] = [];
    let at: string | null | undefined = d.id;
    while (at && !state.has(at)) {
      state.set(at, 'walking');
      path.push(at);
      at = managerOf.get(at);
    }
    if (at && state.get(at) === 'walking') for (let i = path.indexOf(at); i < path.length; i++) onCycle.add(path[i]);
    for (const id of path) state.set(id, 'done');
  }
  let rejected = false;
  for (const d of drafts) {
    if (d.failed || !onCycle.has(d.id) || d.managerId === undefined) continue;
    errors.push({ line: d.line, column: COLUMN_LABEL.managerEmail, code: Code.MANAGER_CYCLE, message: 'This manager would report, directly or not, to this person' });
    d.failed = true;
    rejected = true;
  }
  return rejected;
}

/** Finds teams along a path case-insensitively and plans the missing ones (ids chosen now). */
class TeamResolver {
  readonly created: PlannedTeam[] = [];
  /** Path of each created team, existing segments spelled as stored, new ones as in the file. */
  readonly paths: string[] = [];
  private readonly byKey: Map<string, string>;
  private readonly nameOf: Map<string, string>;
  constructor(teams: ExistingTeam[]) {
    this.byKey = new Map(teams.map((t) => [teamKey(t.parentId, t.name), t.id]));
    this.nameOf = new Map(teams.map((t) => [t.id, t.name]));
  }

  resolve(path: string[]): string {
    let parentId: string | null = null;
    const names: string[] = [];
    for (const name of path) {
      const k = teamKey(parentId, name);
      let id = this.byKey.get(k);
      if (!id) {
        id = randomUUID();
        this.byKey.set(k, id);
        this.nameOf.set(id, name);
        this.created.push({ id, parentId, name });
        this.paths.push([...names, name].join('/'));
      }
      names.push(this.nameOf.get(id) ?? name);
      parentId = id;
    }
    return parentId as string;
  }
}

const sameRoles = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((r) => b.includes(r));

function toPlanned(d: Draft, teamId: string | null, memberships: Set<string>): PlannedUser {
  const e = d.existing;
  const keep = <T>(value: T | undefined, current: T): T => (value === undefined ? current : value);
  const planned: PlannedUser = {
    id: d.id, isNew: !e, email: e?.email ?? d.email, name: d.name,
    title: keep(d.title, e?.title ?? null), location: keep(d.location, e?.location ?? null),
    locale: d.locale ?? e?.locale ?? 'en', startDate: keep(d.startDate, e?.startDate ?? null),
    roles: d.roles ?? ((e?.roles ?? []) as Role[]), managerId: keep(d.managerId, e?.managerId ?? null), teamId,
    fieldsChanged: true, managerChanged: true, membershipNeeded: teamId !== null,
  };
  if (!e) return planned;
  planned.fieldsChanged = planned.name !== e.name || planned.title !== e.title || planned.location !== e.location
    || planned.locale !== e.locale || planned.startDate !== e.startDate || !sameRoles(planned.roles, normaliseRoles(e.roles as Role[]));
  planned.managerChanged = planned.managerId !== e.managerId;
  planned.membershipNeeded = teamId !== null && !memberships.has(`${teamId}:${e.id}`);
  return planned;
}
