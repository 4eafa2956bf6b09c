import * as audiences from '@pillars/api/audiences';
import * as directory from '@pillars/api/directory';
import * as feeds from '@pillars/api/feeds';
import * as policies from '@pillars/api/policies';
import * as wiki from '@pillars/api/wiki';
import * as training from '@pillars/api/training';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DOMAINS } from '../app/domains';

const root = join(__dirname, '../../../..');
const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });

describe('domain borders', () => {
  it.each([
    ['directory', directory],
    ['audiences', audiences],
    ['feeds', feeds],
    ['policies', policies],
    ['wiki', wiki],
    ['training', training],
  ] as const)('%s exports none of its entities from its public index', (name, lib) => {
    const descriptor = DOMAINS.find((d) => d.name === name);
    const exported = new Set<unknown>(Object.values(lib));
    expect(descriptor?.entities.filter((entity) => exported.has(entity)).map((e) => e.name)).toEqual([]);
  });

  it('lists every domain lib once in apps/api/src/app/domains.ts', () => {
    const libs = readdirSync(join(root, 'libs/api')).filter((d) => existsDomain(d));
    expect(DOMAINS.map((d) => d.name).sort()).toEqual(libs.sort());
  });

  it('keeps SQL on a domain’s tables inside that domain', () => {
    // Tables are named after their owner's entities; another lib naming one in SQL is a border crossing.
    const owned = new Map<string, string>([
      ...['users', 'teams', 'team_memberships', 'sessions', 'organizations', 'user_tokens'].map((t) => [t, 'directory'] as const),
      ...['audiences', 'audience_members'].map((t) => [t, 'audiences'] as const),
      ...['team_feeds', 'posts', 'post_versions', 'post_comments', 'post_reactions', 'feed_follows', 'announcements', 'announcement_receipts', 'post_topics'].map((t) => [t, 'feeds'] as const),
      ...['policies', 'policy_versions', 'policy_version_bodies', 'policy_assignments', 'policy_acknowledgements', 'policy_evidence_heads'].map((t) => [t, 'policies'] as const),
      ...['wiki_spaces', 'wiki_space_members', 'wiki_pages', 'wiki_page_slugs', 'wiki_revisions', 'wiki_links', 'wiki_drafts', 'wiki_templates'].map((t) => [t, 'wiki'] as const),
      ...['training_courses', 'training_course_versions', 'training_modules', 'training_assignments', 'training_enrolments', 'training_progress', 'training_quiz_attempts', 'training_evidence', 'training_certificates', 'training_reminders'].map((t) => [t, 'training'] as const),
    ]);
    const crossings: string[] = [];
    for (const lib of DOMAINS.map((d) => d.name)) {
      for (const file of files(join(root, 'libs/api', lib, 'src'))) {
        if (file.endsWith('.spec.ts')) continue;
        const text = readFileSync(file, 'utf8');
        for (const [table, owner] of owned) {
          if (owner !== lib && new RegExp(`\\b(FROM|JOIN|INTO|UPDATE)\\s+${table}\\b`, 'i').test(text)) crossings.push(`${relative(root, file)}: ${table}`);
        }
      }
    }
    expect(crossings).toEqual([]);
  });
});

/** A domain lib is an api lib with a `<name>.domain.ts` descriptor. */
function existsDomain(dir: string): boolean {
  const src = join(root, 'libs/api', dir, 'src');
  return existsSync(src) && readdirSync(src).some((f) => f.endsWith('.domain.ts'));
}
