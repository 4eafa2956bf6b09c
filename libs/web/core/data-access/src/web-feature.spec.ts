import { describe, expect, it } from 'vitest';
import { mergeTypePolicies } from './web-feature';

const merge = () => undefined;

describe('type policies', () => {
  it('combines the fields of one type from several libs', () => {
    const merged = mergeTypePolicies([{ Query: { fields: { people: { keyArgs: ['query'] } } } }, undefined, { Query: { fields: { posts: { merge } } }, Post: { keyFields: ['id'] } }]);
    expect(Object.keys(merged['Query']?.fields ?? {}).sort()).toEqual(['people', 'posts']);
    expect(merged['Post']?.keyFields).toEqual(['id']);
  });

  it('refuses two libs defining the same field', () => {
    expect(() => mergeTypePolicies([{ Query: { fields: { people: { merge } } } }, { Query: { fields: { people: { merge } } } }])).toThrow(/Query\.fields\.people/);
    expect(() => mergeTypePolicies([{ Team: { keyFields: ['id'] } }, { Team: { keyFields: ['slug'] } }])).toThrow(/Team\.keyFields/);
  });
});
