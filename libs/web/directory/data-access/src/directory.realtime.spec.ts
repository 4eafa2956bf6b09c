import type { DocumentNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as directory from './index';

const operationNames = Object.values(directory)
  .filter((value): value is DocumentNode => typeof value === 'object' && value !== null && (value as DocumentNode).kind === 'Document')
  .flatMap((doc) => doc.definitions.flatMap((d) => (d.kind === 'OperationDefinition' && d.operation === 'query' && d.name ? [d.name.value] : [])));

describe('directory refetch map', () => {
  it('names only queries the directory defines (a typo would silently never refetch)', () => {
    const named = Object.values(directory.directoryRefetchMap).flat();
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((name) => !operationNames.includes(name))).toEqual([]);
  });

  it('refetches every directory query after a bulk change', () => {
    // UserReportsPage is a one-shot `client.query` for "show more" whose page merges into the
    // watched UserProfile/OrgChart results (type policy), so refetching those covers it.
    const watched = operationNames.filter((name) => name !== 'UserReportsPage');
    expect([...directory.directoryRefetchMap['Directory']].sort()).toEqual([...watched].sort());
  });

  it('names the rooms the server authorizes', () => {
    expect(directory.personRoom('p')).toBe('person:p');
    expect(directory.teamRoom('t')).toBe('team:t');
    expect(directory.DIRECTORY_ROOM).toBe('directory:{organizationId}');
  });
});
