import { describe, expect, it } from 'vitest';
import { holdsEntity, mergeRefetchMaps, planRefetch } from './refetch-rules';

const profile = { queryName: 'UserProfile', data: { user: { __typename: 'User', id: 'a', manager: { __typename: 'User', id: 'm' } } } };
const team = { queryName: 'TeamPage', data: { team: { __typename: 'Team', id: 't', members: { edges: [{ node: { user: { __typename: 'User', id: 'b' } } }] } } } };
const options = { queryName: 'TeamOptions', data: { teamOptions: [{ __typename: 'TeamOption', id: 't' }] } };

describe('refetch rules', () => {
  it('finds an entity at any depth by type and id, never by id alone', () => {
    expect(holdsEntity(team.data, 'User', 'b')).toBe(true);
    expect(holdsEntity(team.data, 'Team', 't')).toBe(true);
    expect(holdsEntity(options.data, 'Team', 't')).toBe(false);
    expect(holdsEntity(null, 'User', 'b')).toBe(false);
  });

  it('picks the queries holding the entity plus those the map names, and reports what nobody holds', () => {
    const plan = planRefetch([profile, team, options], [
      { type: 'User', id: 'm', version: 1 },
      { type: 'Team', id: 'new', version: 2 },
      { type: 'User', id: 'nobody', version: 3 },
    ], { refetchMap: { Team: ['TeamOptions'] } });
    expect([...plan.refetch]).toEqual([profile, options]);
    expect(plan.unheld.map((e) => e.id)).toEqual(['new', 'nobody']);
  });

  it('refetches everything for an event about the signed-in user', () => {
    const plan = planRefetch([profile, team, options], [{ type: 'User', id: 'me', version: 1 }], { sessionUserId: 'me' });
    expect(plan.refetch.size).toBe(3);
  });

  it('merges the maps of several libs', () => {
    expect(mergeRefetchMaps({ Directory: ['A'], Team: ['B'] }, { Directory: ['A', 'C'] })).toEqual({ Directory: ['A', 'C'], Team: ['B'] });
  });
});
