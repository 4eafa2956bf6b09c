import { describe, expect, it } from 'vitest';
import { emptyUserForm, validateUserForm } from './user-form';

const form = (values: Partial<ReturnType<typeof emptyUserForm>>) => ({ ...emptyUserForm(), name: 'Ana', email: 'ana@example.com', timeZone: 'UTC', ...values });

describe('validateUserForm', () => {
  it('accepts a plain person', () => {
    expect(validateUserForm(form({ title: '', startDate: '2028-02-29' }), 'create')).toEqual({});
  });

  it('gives the same rules as the API as translation keys', () => {
    expect(validateUserForm(form({ name: '\u200B ' }), 'create')).toEqual({ name: 'validation.required' });
    expect(validateUserForm(form({ name: 'Ana\u202Egpj' }), 'create')).toEqual({ name: 'validation.bidi' });
    expect(validateUserForm(form({ title: 'a\tb' }), 'edit')).toEqual({ title: 'validation.control' });
    expect(validateUserForm(form({ timeZone: 'Mars/Olympus_Mons' }), 'edit')).toEqual({ timeZone: 'validation.timeZone' });
    expect(validateUserForm(form({ startDate: '2026-02-30' }), 'edit')).toEqual({ startDate: 'validation.calendarDate' });
    expect(validateUserForm(form({ email: 'not-an-email' }), 'edit')).toEqual({ email: 'validation.isEmail' });
  });
});
