import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { errorExtensions, errorKeys, fieldRule, readAppError } from './app-errors';

const graphqlErrors = (...errors: { message: string; extensions?: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ errors });

describe('readAppError', () => {
  it('reads codes and BAD_USER_INPUT field rules', () => {
    const error = graphqlErrors({ message: 'x', extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'email', rule: 'isEmail' }, { bogus: 1 }] } });
    expect(readAppError(error)).toEqual({ codes: ['BAD_USER_INPUT'], fields: [{ field: 'email', rule: 'isEmail' }] });
    expect(fieldRule(error, 'email')).toBe('isEmail');
    expect(fieldRule(error, 'name')).toBeUndefined();
  });

  it('maps missing and malformed codes to INTERNAL and de-duplicates', () => {
    const error = graphqlErrors({ message: 'a', extensions: { code: 'what?' } }, { message: 'b' }, { message: 'c', extensions: { code: 'FORBIDDEN' } }, { message: 'd', extensions: { code: 42 } });
    expect(errorKeys(error)).toEqual(['errors.INTERNAL', 'errors.FORBIDDEN']);
  });

  it('passes a domain code through: the API test guarantees its translation in every locale', () => {
    const error = graphqlErrors({ message: 'a', extensions: { code: 'DIRECTORY_TEAM_CYCLE' } });
    expect(errorKeys(error)).toEqual(['errors.DIRECTORY_TEAM_CYCLE']);
  });

  it('treats transport failures as NETWORK or the HTTP meaning', () => {
    expect(errorKeys(new TypeError('Failed to fetch'))).toEqual(['errors.NETWORK']);
    const tooMany = new ServerError('Too many', { response: new Response('', { status: 429 }), bodyText: '' });
    expect(errorKeys(tooMany)).toEqual(['errors.RATE_LIMITED']);
    const tooLarge = new ServerError('Too large', { response: new Response('', { status: 413 }), bodyText: '' });
    expect(errorKeys(tooLarge)).toEqual(['errors.PAYLOAD_TOO_LARGE']);
    expect(errorKeys(undefined)).toEqual([]);
  });

  it('reads the extensions of the error with a given code', () => {
    const error = graphqlErrors({ message: 'a', extensions: { code: 'FORBIDDEN' } }, { message: 'b', extensions: { code: 'DIRECTORY_IMPORT_INVALID', errorCount: 2 } });
    expect(errorExtensions(error, 'DIRECTORY_IMPORT_INVALID')).toMatchObject({ errorCount: 2 });
    expect(errorExtensions(error, 'NOT_FOUND')).toBeUndefined();
    expect(errorExtensions(new TypeError('x'), 'FORBIDDEN')).toBeUndefined();
  });
});
