import { Checkbox, Group, PasswordInput, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { UserTextInput } from '@pillars/web/ui';
import { LOCALES } from '@pillars/shared/types';
import { checkText, isCalendarDate, isTimeZone, LIMITS, type TextOptions } from '@pillars/shared/validation';
import { LANGUAGE_NAMES } from '@pillars/web/auth/feature';
import { hasErrorCode, useErrorMessages, useSession } from '@pillars/web/core/data-access';
import { type PickedPerson, PersonPicker, TeamSelect } from '@pillars/web/directory/feature';
import type { Role } from '@pillars/web/graphql';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface UserFormValues {
  name: string;
  email: string;
  title: string;
  location: string;
  locale: string;
  timeZone: string;
  startDate: string;
  manager: PickedPerson | null;
  /** Create only. */
  password: string;
  roles: Role[];
  teamId: string | null;
}

export const emptyUserForm = (): UserFormValues => ({
  name: '',
  email: '',
  title: '',
  location: '',
  locale: 'en',
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC',
  startDate: '',
  manager: null,
  password: '',
  roles: [],
  teamId: null,
});

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The shared text rule as a translation key: `empty` reads as "required" in a form. */
const textError = (value: string, options: TextOptions): string | undefined => {
  const result = checkText(value, options);
  if (result.ok) return undefined;
  return result.rule === 'empty' ? 'validation.required' : `validation.${result.rule}`;
};

/** Client-side checks with the same rules the API enforces; returns translation keys per field. */
export function validateUserForm(v: UserFormValues, mode: 'create' | 'edit'): Partial<Record<keyof UserFormValues, string>> {
  const errors: Partial<Record<keyof UserFormValues, string>> = {};
  errors.name = textError(v.name, { max: LIMITS.name });
  errors.email = textError(v.email, { max: LIMITS.email }) ?? (EMAIL.test(v.email.trim()) ? undefined : 'validation.isEmail');
  errors.title = textError(v.title, { max: LIMITS.title, allowEmpty: true });
  errors.location = textError(v.location, { max: LIMITS.location, allowEmpty: true });
  if (!isTimeZone(v.timeZone)) errors.timeZone = 'validation.timeZone';
  if (v.startDate && !isCalendarDate(v.startDate)) errors.startDate = 'validation.calendarDate';
  if (mode === 'create' && v.password && (v.password.length < LIMITS.password.min || v.password.length > LIMITS.password.max)) {
    errors.password = 'validation.passwordLength';
  }
  return Object.fromEntries(Object.entries(errors).filter(([, key]) => key !== undefined)) as Partial<Record<keyof UserFormValues, string>>;
}

const timeZones = (): string[] => {
  const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return ['UTC', ...zones.filter((z) => z !== 'UTC')];
};

export interface UserFormProps {
  mode: 'create' | 'edit';
  values: UserFormValues;
  onChange: (values: UserFormValues) => void;
  /** Client errors (translation keys), shown once the form was submitted. */
  clientErrors: Partial<Record<keyof UserFormValues, string>>;
  serverError: unknown;
  /** The values the server answered `serverError` for: a field edited since shows no server error (it may be fixed). */
  sent?: UserFormValues | null;
  userId?: string;
}

/** Whether a field still holds what was sent (the manager compared by id). */
const unchanged = (values: UserFormValues, sent: UserFormValues | null | undefined, field: keyof UserFormValues): boolean => {
  if (!sent) return true;
  if (field === 'manager') return (values.manager?.id ?? null) === (sent.manager?.id ?? null);
  return JSON.stringify(values[field]) === JSON.stringify(sent[field]);
};

export function UserForm({ mode, values, onChange, clientErrors, serverError, sent, userId }: UserFormProps) {
  const { t } = useTranslation();
  const { fieldMessage } = useErrorMessages();
  // HR creates people records; roles are an admin's (the API refuses them to HR).
  const { can } = useSession();
  const zones = useMemo(timeZones, []);
  const set = <K extends keyof UserFormValues>(key: K, value: UserFormValues[K]) => onChange({ ...values, [key]: value });
  // A server error on a field holds until that field is edited: the person sees it go as they fix it.
  const serverFor = (field: keyof UserFormValues) => (unchanged(values, sent, field) ? serverError : undefined);
  const error = (field: keyof UserFormValues) => {
    const key = clientErrors[field];
    if (key) return t(key, { min: LIMITS.password.min, max: LIMITS.password.max });
    return fieldMessage(serverFor(field), field);
  };
  const managerCycle = hasErrorCode(serverFor('manager'), 'DIRECTORY_MANAGER_CYCLE') ? t('errors.DIRECTORY_MANAGER_CYCLE') : undefined;
  const emailTaken = hasErrorCode(serverFor('email'), 'DIRECTORY_EMAIL_TAKEN') ? t('errors.DIRECTORY_EMAIL_TAKEN') : undefined;

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <UserTextInput label={t('admin.user.name')} required maxLength={LIMITS.name} value={values.name} onChange={(e) => set('name', e.currentTarget.value)} error={error('name')} />
        <TextInput
          label={t('admin.user.email')}
          type="email"
          required
          maxLength={LIMITS.email}
          value={values.email}
          onChange={(e) => set('email', e.currentTarget.value)}
          error={error('email') ?? emailTaken}
          dir="ltr"
        />
        <UserTextInput label={t('admin.user.title')} maxLength={LIMITS.title} value={values.title} onChange={(e) => set('title', e.currentTarget.value)} error={error('title')} />
        <UserTextInput label={t('admin.user.location')} maxLength={LIMITS.location} value={values.location} onChange={(e) => set('location', e.currentTarget.value)} error={error('location')} />
        <Select
          label={t('admin.user.locale')}
          data={LOCALES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
          value={values.locale}
          onChange={(v) => set('locale', v ?? 'en')}
          allowDeselect={false}
          error={error('locale')}
          comboboxProps={{ withinPortal: true }}
        />
        <Select
          label={t('admin.user.timeZone')}
          data={zones}
          searchable
          value={values.timeZone}
          onChange={(v) => set('timeZone', v ?? 'UTC')}
          allowDeselect={false}
          error={error('timeZone')}
          limit={50}
          comboboxProps={{ withinPortal: true }}
        />
        <TextInput label={t('admin.user.startDate')} type="date" value={values.startDate} onChange={(e) => set('startDate', e.currentTarget.value)} error={error('startDate')} />
        <PersonPicker
          label={t('admin.user.manager')}
          placeholder={t('admin.user.managerPlaceholder')}
          value={values.manager}
          onChange={(p) => set('manager', p)}
          excludeIds={userId ? [userId] : []}
          error={error('manager') ?? fieldMessage(serverFor('manager'), 'managerId') ?? managerCycle}
        />
        {mode === 'create' ? (
          <>
            <TeamSelect label={t('admin.user.team')} placeholder={t('admin.user.noTeam')} value={values.teamId} onChange={(v) => set('teamId', v)} />
            <PasswordInput
              label={t('admin.user.password')}
              description={t('admin.user.passwordHint', { min: LIMITS.password.min })}
              autoComplete="new-password"
              maxLength={LIMITS.password.max}
              value={values.password}
              onChange={(e) => set('password', e.currentTarget.value)}
              error={error('password')}
              visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
            />
          </>
        ) : null}
      </SimpleGrid>
      {mode === 'create' && can('canAssignRoles') ? (
        <Checkbox.Group label={t('admin.user.roles')} value={values.roles} onChange={(v) => set('roles', v.filter((r): r is Role => r === 'HR' || r === 'ADMIN'))}>
          <Group gap="md" mt={4}>
            <Checkbox value="HR" label={t('role.HR')} />
            <Checkbox value="ADMIN" label={t('role.ADMIN')} />
          </Group>
        </Checkbox.Group>
      ) : null}
    </Stack>
  );
}
