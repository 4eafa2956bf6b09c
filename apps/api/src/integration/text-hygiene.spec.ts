import type { INestApplication } from '@nestjs/common';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { buildOrganization, buildUser, closeTestDb, codeOf, createTestApp, gql, type GqlResponse, type TestUser } from '@pillars/api/testing';
import { LIMITS } from '@pillars/shared/validation';
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLScalarType,
  isLeafType,
} from 'graphql';
import { randomUUID } from 'node:crypto';
import { DOMAIN_MODULES } from '../app/app.module';

/**
 * Walks every argument of every query and mutation in the executable schema, finds every String
 * and ID slot (inside input objects and lists too) and sends each hostile string there, expecting
 * BAD_USER_INPUT naming that field. A pillar's new inputs are covered without touching this file.
 */

const pad = (c: string) => `Plausible ${c} value text`;
const HOSTILE = {
  nul: pad('\u0000'),
  control: pad('\u0007'),
  newline: pad('\n'),
  bidiOverride: pad('\u202E'),
  isolate: pad('\u2067'),
  loneSurrogate: pad('\uD800'),
  zeroWidthOnly: '\u200B\u200C\u200D\u2060\uFEFF'.repeat(3),
  whitespaceOnly: ' \u00A0\u3000\t '.repeat(3),
  // Longer than any text limit but the CSV body's (whose byte limit directory-import.spec tests).
  overLong: 'x'.repeat(LIMITS.wikiPageBytes + 1),
} as const;
type Hostile = keyof typeof HOSTILE;

const MULTI_LINE: Hostile[] = ['newline', 'isolate'];
const MAY_BE_EMPTY: Hostile[] = ['zeroWidthOnly', 'whitespaceOnly'];
/** `Type.field` (or `Query.field.arg`) → the hostile strings it legitimately accepts, and why. */
const EXCEPTIONS: Record<string, { accepts: Hostile[]; why: string }> = {
  'SignInInput.password': { accepts: ['bidiOverride', 'isolate', 'zeroWidthOnly', 'whitespaceOnly'], why: 'a secret, never displayed: only NUL, controls and lone surrogates are refused' },
  'ChangePasswordInput.currentPassword': { accepts: ['bidiOverride', 'isolate', 'zeroWidthOnly', 'whitespaceOnly'], why: 'a secret, never displayed' },
  'ChangePasswordInput.newPassword': { accepts: ['bidiOverride', 'isolate', 'zeroWidthOnly', 'whitespaceOnly'], why: 'a secret, never displayed' },
  'CreateUserInput.password': { accepts: ['bidiOverride', 'isolate', 'zeroWidthOnly', 'whitespaceOnly'], why: 'a secret, never displayed' },
  'SetPasswordFromLinkInput.password': { accepts: ['bidiOverride', 'isolate', 'zeroWidthOnly', 'whitespaceOnly'], why: 'a secret, never displayed' },
  'CompleteSetupInput.password': { accepts: ['bidiOverride', 'isolate', 'zeroWidthOnly', 'whitespaceOnly'], why: 'a secret, never displayed' },
  'CreateTeamInput.description': { accepts: [...MULTI_LINE, ...MAY_BE_EMPTY], why: 'multi-line; empty clears it' },
  'UpdateTeamInput.description': { accepts: [...MULTI_LINE, ...MAY_BE_EMPTY], why: 'multi-line; empty clears it' },
  'PreviewDirectoryImportInput.csv': { accepts: [...MULTI_LINE, 'overLong'], why: 'multi-line CSV body, up to LIMITS.importBytes' },
  'ApplyDirectoryImportInput.csv': { accepts: [...MULTI_LINE, 'overLong'], why: 'multi-line CSV body, up to LIMITS.importBytes' },
  'Query.people.query': { accepts: MAY_BE_EMPTY, why: 'an empty search means no filter' },
  'Query.teamOptions.query': { accepts: MAY_BE_EMPTY, why: 'an empty search means no filter' },
  'Query.peopleExport.query': { accepts: MAY_BE_EMPTY, why: 'an empty search means no filter (the whole directory)' },
  'Query.savedAudiences.query': { accepts: MAY_BE_EMPTY, why: 'an empty search means no filter' },
  'CreateTeamInput.contact': { accepts: MAY_BE_EMPTY, why: 'empty means no contact channel' },
  'UpdateTeamInput.contact': { accepts: MAY_BE_EMPTY, why: 'empty clears the contact channel' },
  'UpdateMyProfileInput.about': { accepts: [...MULTI_LINE, ...MAY_BE_EMPTY], why: 'multi-line; empty clears it' },
  'UpdateMyProfileInput.pronouns': { accepts: MAY_BE_EMPTY, why: 'empty clears it' },
  'UpdateMyProfileInput.phone': { accepts: MAY_BE_EMPTY, why: 'empty clears it' },
  'CreatePostInput.body': { accepts: MULTI_LINE, why: 'multi-line Markdown; isolates are how mixed-direction text is written' },
  'UpdatePostInput.body': { accepts: MULTI_LINE, why: 'multi-line Markdown' },
  'CreateCommentInput.body': { accepts: MULTI_LINE, why: 'multi-line Markdown' },
  'PublishAnnouncementInput.body': { accepts: MULTI_LINE, why: 'multi-line Markdown (an announcement is a post)' },
  'Query.renderPostPreview.body': { accepts: MULTI_LINE, why: 'the composer’s multi-line Markdown, validated as a post body' },
  'PolicyBodyInput.body': { accepts: MULTI_LINE, why: 'a policy’s multi-line Markdown in one language' },
  'PolicyBodyInput.acknowledgementText': { accepts: MULTI_LINE, why: 'the acknowledgement wording may run to a few lines' },
  'DraftPolicyVersionInput.changeSummary': { accepts: MULTI_LINE, why: 'a multi-line summary of what changed' },
  'PolicyQuizQuestionInput.prompt': { accepts: MULTI_LINE, why: 'a quiz question may quote a passage over a few lines' },
  'ReviewPolicyVersionInput.comment': { accepts: MULTI_LINE, why: 'a reviewer’s comment may run to a few paragraphs' },
  'CreateWikiSpaceInput.description': { accepts: [...MULTI_LINE, ...MAY_BE_EMPTY], why: 'multi-line; empty means none' },
  'UpdateWikiSpaceInput.description': { accepts: [...MULTI_LINE, ...MAY_BE_EMPTY], why: 'multi-line; empty clears it' },
  'CreateWikiPageInput.body': { accepts: [...MULTI_LINE, ...MAY_BE_EMPTY, 'overLong'], why: 'multi-line Markdown, may start empty; the 1 MB limit is on UTF-8 bytes (WIKI_PAGE_TOO_LARGE)' },
  'SaveWikiPageInput.body': { accepts: [...MULTI_LINE, ...MAY_BE_EMPTY, 'overLong'], why: 'multi-line Markdown; the 1 MB limit is on UTF-8 bytes (WIKI_PAGE_TOO_LARGE)' },
  'SaveWikiDraftInput.body': { accepts: [...MULTI_LINE, ...MAY_BE_EMPTY, 'overLong'], why: 'an unfinished multi-line Markdown body; 1 MB of UTF-8 (WIKI_PAGE_TOO_LARGE)' },
  'SaveWikiDraftInput.title': { accepts: MAY_BE_EMPTY, why: 'an unfinished title may still be empty' },
  'CreateWikiTemplateInput.description': { accepts: [...MULTI_LINE, ...MAY_BE_EMPTY], why: 'multi-line; empty means none' },
  'UpdateWikiTemplateInput.description': { accepts: [...MULTI_LINE, ...MAY_BE_EMPTY], why: 'multi-line; empty clears it' },
  'Query.renderWikiPreview.body': { accepts: [...MULTI_LINE, ...MAY_BE_EMPTY, 'overLong'], why: 'the editor’s multi-line Markdown, validated as a page body; 1 MB of UTF-8 (WIKI_PAGE_TOO_LARGE)' },
  'CreateWikiTemplateInput.body': { accepts: [...MULTI_LINE, ...MAY_BE_EMPTY, 'overLong'], why: 'a template’s multi-line Markdown; 1 MB of UTF-8 (WIKI_PAGE_TOO_LARGE)' },
  'UpdateWikiTemplateInput.body': { accepts: [...MULTI_LINE, ...MAY_BE_EMPTY, 'overLong'], why: 'a template’s multi-line Markdown; 1 MB of UTF-8 (WIKI_PAGE_TOO_LARGE)' },
  'TrainingCourseInput.description': { accepts: [...MULTI_LINE, ...MAY_BE_EMPTY], why: 'a course’s multi-line description; may be empty' },
  'TrainingModuleInput.content': { accepts: MULTI_LINE, why: 'a module’s multi-line Markdown or instructions' },
  'TrainingQuizQuestionInput.prompt': { accepts: MULTI_LINE, why: 'a quiz question may quote a passage over a few lines' },
  'ReviewTrainingEvidenceInput.reason': { accepts: MULTI_LINE, why: 'a rejection’s reason may run to a few lines' },
};

interface Slot {
  /** `Type.field` for EXCEPTIONS. */
  owner: string;
  /** Path of values from the arguments object: ['input', 'rules', 'include', 0, 'location']. */
  path: (string | number)[];
}

const unwrap = (type: GraphQLInputType): GraphQLInputType => (type instanceof GraphQLNonNull ? type.ofType : type);

/** A value that passes validation for a field of this name and type (other fields of the request). */
function plausible(name: string, type: GraphQLInputType, depth = 0): unknown {
  const inner = unwrap(type);
  if (inner instanceof GraphQLList) return [plausible(name, inner.ofType, depth + 1)];
  if (inner instanceof GraphQLInputObjectType) return requiredFields(inner, depth + 1);
  // A course module's first kind (ATTENDANCE) needs its sessions' dates; an evidence upload needs nothing more.
  if (inner instanceof GraphQLEnumType) return inner.name === 'TrainingModuleKind' ? 'EVIDENCE_UPLOAD' : inner.getValues()[0]?.value;
  const scalar = inner as GraphQLScalarType;
  if (scalar.name === 'ID') return randomUUID();
  if (scalar.name === 'Int' || scalar.name === 'Float') return 1;
  if (scalar.name === 'Boolean') return false;
  if (/email/i.test(name)) return `plausible-${randomUUID().slice(0, 8)}@example.com`;
  if (/password/i.test(name)) return 'correct-horse-battery-staple';
  if (/timeZone/i.test(name)) return 'UTC';
  if (/locale|languages?$/i.test(name)) return 'en';
  if (/hash$/i.test(name)) return 'a'.repeat(64);
  if (/date$/i.test(name)) return '2024-01-15';
  if (/csv/i.test(name)) return 'email,name\nplausible@example.com,Plausible Person\n';
  // A #topic is one word (feeds' topicFeed); a follow's target is a team or person id (or a topic).
  if (/^topic$/i.test(name)) return 'plausible';
  if (/^target$/i.test(name)) return randomUUID();
  // A wiki space's key is a slug (lower-case letters, digits, dashes).
  if (/^(key|spaceKey)$/.test(name)) return `plausible-${randomUUID().slice(0, 8)}`;
  return 'Plausible text';
}

/**
 * Inputs that take exactly one of several optional fields (a hand-made @oneOf): the plausible
 * choice; and optional fields a plausible request needs all the same (a major policy version's audience).
 */
const ONE_OF: Record<string, string> = { AnnouncementAudienceInput: 'rules', PolicyAudienceInput: 'rules', DraftPolicyVersionInput: 'audience', AssignTrainingInput: 'rules' };

function requiredFields(type: GraphQLInputObjectType, depth: number): Record<string, unknown> {
  if (depth > 5) return {};
  const out: Record<string, unknown> = {};
  for (const field of Object.values(type.getFields())) {
    if (field.type instanceof GraphQLNonNull || ONE_OF[type.name] === field.name) out[field.name] = plausible(field.name, field.type, depth);
  }
  return out;
}

function slotsOf(owner: string, name: string, type: GraphQLInputType, path: (string | number)[], depth: number): Slot[] {
  const inner = unwrap(type);
  if (inner instanceof GraphQLList) return slotsOf(owner, name, inner.ofType, [...path, 0], depth);
  if (inner instanceof GraphQLInputObjectType) {
    if (depth > 5) return [];
    return Object.values(inner.getFields()).flatMap((f) => slotsOf(`${inner.name}.${f.name}`, f.name, f.type, [...path, f.name], depth + 1));
  }
  const named = getNamedType(inner);
  return named.name === 'String' || named.name === 'ID' ? [{ owner, path }] : [];
}

/** Arguments with the plausible value of every required one, then `hostile` at the slot's path (building what leads there). */
function argumentsWith(args: readonly GraphQLArgument[], slot: Slot | null, hostile: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const arg of args) if (arg.type instanceof GraphQLNonNull) values[arg.name] = plausible(arg.name, arg.type);
  if (!slot) return values;
  let container: Record<string | number, unknown> = values;
  let type: GraphQLInputType | undefined = args.find((a) => a.name === slot.path[0])?.type;
  slot.path.forEach((key, i) => {
    const last = i === slot.path.length - 1;
    if (last) {
      container[key] = hostile;
      return;
    }
    const current = unwrap(type as GraphQLInputType);
    const childType: GraphQLInputType = current instanceof GraphQLList ? current.ofType : (current as GraphQLInputObjectType).getFields()[slot.path[i + 1]].type;
    if (container[key] === undefined || container[key] === null) container[key] = plausible(String(key), type as GraphQLInputType);
    const next = container[key];
    container = (Array.isArray(next) ? next : next) as Record<string | number, unknown>;
    type = childType;
  });
  return values;
}

const typeString = (type: GraphQLInputType): string => type.toString();

function documentFor(kind: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): string {
  const vars = field.args.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ');
  const passes = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `${kind}${vars ? `(${vars})` : ''} { ${field.name}${passes ? `(${passes})` : ''}${selection} }`;
}

/** The field names BAD_USER_INPUT may use for a slot: relative to an input object argument, the argument's name for a scalar one; a list's element or the list itself. */
function expectedFields(slot: Slot, args: readonly GraphQLArgument[]): string[] {
  const top = args.find((a) => a.name === slot.path[0]);
  const scalarArg = top && isLeafType(getNamedType(top.type));
  const path = (scalarArg ? slot.path : slot.path.slice(1)).map(String);
  const names = [path.join('.')];
  if (/^\d+$/.test(path.at(-1) ?? '')) names.push(path.slice(0, -1).join('.'));
  return names;
}

let app: INestApplication;
let admin: TestUser;
beforeAll(async () => {
  app = await createTestApp(DOMAIN_MODULES);
  const org = await buildOrganization();
  admin = await buildUser(org, { roles: ['ADMIN', 'HR'] });
});
afterAll(async () => {
  await app.close();
  await closeTestDb();
});

interface Operation {
  kind: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  slots: Slot[];
}

function operations(): Operation[] {
  const schema = app.get(GraphQLSchemaHost).schema;
  const roots: ['query' | 'mutation', ReturnType<typeof schema.getQueryType>][] = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ];
  return roots.flatMap(([kind, root]) =>
    Object.values(root?.getFields() ?? {})
      .filter((field) => field.args.length > 0)
      .map((field) => ({
        kind,
        field,
        slots: field.args.flatMap((a) => slotsOf(`${kind === 'query' ? 'Query' : 'Mutation'}.${field.name}.${a.name}`, a.name, a.type, [a.name], 0)),
      })),
  );
}

const describeFailure = (op: Operation, slot: Slot, hostile: Hostile, res: GqlResponse) =>
  `${op.field.name} ${slot.path.join('.')} (${slot.owner}) with ${hostile}: ${res.status} ${JSON.stringify(res.errors?.[0]?.extensions ?? res.data).slice(0, 300)}`;

// Sign-in throttling keys on the address: every probe comes from its own.
const randomIp = () => `10.12.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function probe(op: Operation, as: TestUser | null): Promise<string[]> {
  const failures: string[] = [];
  const document = documentFor(op.kind, op.field);
  for (const slot of op.slots) {
    const expected = expectedFields(slot, op.field.args);
    const sent = (Object.keys(HOSTILE) as Hostile[]).filter((hostile) => !EXCEPTIONS[slot.owner]?.accepts.includes(hostile));
    const responses = await Promise.all(
      sent.map((hostile) => gql(app).as(as).fromIp(randomIp()).send(document, argumentsWith(op.field.args, slot, HOSTILE[hostile]))),
    );
    responses.forEach((res, i) => {
      const fields = res.errors?.[0]?.extensions?.fields?.map((f) => f.field) ?? [];
      if (codeOf(res) !== 'BAD_USER_INPUT' || !fields.some((f) => expected.includes(f))) failures.push(describeFailure(op, slot, sent[i], res));
    });
  }
  return failures;
}

describe('text hygiene on every input of the schema', () => {
  it('finds the inputs to walk, nested ones and plain arguments included', () => {
    const slots = operations().flatMap((op) => op.slots.map((s) => `${op.field.name}:${s.path.join('.')}`));
    expect(slots).toEqual(expect.arrayContaining(['signIn:input.email', 'user:id', 'people:query', 'people:after', 'audiencePreview:rules.include.0.location', 'createUser:input.teamIds.0']));
    for (const exception of Object.keys(EXCEPTIONS)) expect(operations().some((op) => op.slots.some((s) => s.owner === exception))).toBe(true);
  });

  it('answers plausible requests past validation (so the hostile ones below test one field at a time)', async () => {
    const failures: string[] = [];
    for (const op of operations()) {
      const res = await gql(app).as(admin).fromIp('10.12.0.1').send(documentFor(op.kind, op.field), argumentsWith(op.field.args, null, ''));
      // Unknown references (random ids) are refused after validation with rule `exists`: that is past it.
      const invalid = codeOf(res) === 'BAD_USER_INPUT' && res.errors?.[0]?.extensions?.fields?.some((f) => f.rule !== 'exists');
      if (codeOf(res) === 'INTERNAL' || invalid) failures.push(`${op.field.name}: ${JSON.stringify(res.errors?.[0]?.extensions)}`);
    }
    expect(failures).toEqual([]);
  });

  it('refuses every hostile string in every text and id field with BAD_USER_INPUT naming the field, signed in as an admin', async () => {
    const failures: string[] = [];
    for (const op of operations()) failures.push(...(await probe(op, admin)));
    expect(failures).toEqual([]);
  }, 300_000);

  it('does the same signed out for the operations that answer without a session', async () => {
    const failures: string[] = [];
    let publicOps = 0;
    for (const op of operations()) {
      const res = await gql(app).as(null).fromIp('10.12.0.2').send(documentFor(op.kind, op.field), argumentsWith(op.field.args, null, ''));
      if (codeOf(res) === 'UNAUTHENTICATED') continue;
      publicOps++;
      failures.push(...(await probe(op, null)));
    }
    expect(publicOps).toBeGreaterThanOrEqual(1);
    expect(failures).toEqual([]);
  }, 120_000);
});
