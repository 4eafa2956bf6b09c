import { Button, Card, Checkbox, Group, MultiSelect, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { checkText, isClockTime, isPhoneNumber, isTimeZone, LANGUAGE_CODES, PROFILE_LIMITS } from '@pillars/shared/validation';
import { hasErrorCode, readAppError, useErrorMessages } from '@pillars/web/core/data-access';
import { UpdateMyProfileDocument } from '@pillars/web/directory/data-access';
import type { MyProfileQuery } from '@pillars/web/graphql';
import { ErrorView, UserTextarea, UserTextInput } from '@pillars/web/ui';
import { type FormEvent, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName, weekdayName, weekOrder } from './profile-format';

export type MyProfile = NonNullable<MyProfileQuery['user']>;

export interface ProfileForm {
  about: string;
  pronouns: string;
  phone: string;
  timeZone: string;
  days: string[];
  start: string;
  end: string;
  languages: string[];
  skills: string[];
}
type Field = keyof ProfileForm;

export const toForm = (u: Pick<MyProfile, 'about' | 'pronouns' | 'phone' | 'timeZone' | 'workingHours' | 'languages' | 'skills'>): ProfileForm => ({
  about: u.about ?? '',
  pronouns: u.pronouns ?? '',
  phone: u.phone ?? '',
  timeZone: u.timeZone,
  days: (u.workingHours?.days ?? []).map(String),
  start: u.workingHours?.start ?? '',
  end: u.workingHours?.end ?? '',
  languages: u.languages,
  skills: u.skills,
});
const same = (a: ProfileForm, b: ProfileForm) => JSON.stringify({ ...a, days: [...a.days].sort() }) === JSON.stringify({ ...b, days: [...b.days].sort() });

/** The form's own checks (translation keys), the same rules and limits as the API's. */
export function validateProfile(v: ProfileForm): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string>> = {};
  const text = (field: Field, value: string, max: number, multiline = false) => {
    const r = checkText(value, { max, multiline, allowEmpty: true });
    if (!r.ok) errors[field] = `validation.${r.rule}`;
  };
  text('about', v.about, PROFILE_LIMITS.about, true);
  text('pronouns', v.pronouns, PROFILE_LIMITS.pronouns);
  if (v.phone.trim() && !isPhoneNumber(v.phone.trim())) errors.phone = 'validation.phone';
  if (!isTimeZone(v.timeZone)) errors.timeZone = 'validation.timeZone';
  // Working hours are all or nothing: days, a start and an end after it.
  if (v.days.length > 0 || v.start || v.end) {
    if (v.days.length === 0) errors.days = 'validation.arrayMinSize';
    if (!isClockTime(v.start)) errors.start = 'validation.clockTime';
    if (!isClockTime(v.end)) errors.end = 'validation.clockTime';
    else if (isClockTime(v.start) && v.end <= v.start) errors.end = 'validation.afterStart';
  }
  if (v.skills.length > PROFILE_LIMITS.skills) errors.skills = 'validation.arrayMaxSize';
  const bad = v.skills.map((s) => checkText(s, { max: PROFILE_LIMITS.skill })).find((r) => !r.ok);
  if (bad && !bad.ok) errors.skills = `validation.${bad.rule}`;
  return errors;
}

/** Where the API names each form field's errors (`skills.3` is the fourth tag). */
const SERVER_FIELD: Record<Field, string[]> = {
  about: ['about'],
  pronouns: ['pronouns'],
  phone: ['phone'],
  timeZone: ['timeZone'],
  days: ['workingHours.days', 'workingHours'],
  start: ['workingHours.start'],
  end: ['workingHours.end'],
  languages: ['languages'],
  skills: ['skills'],
};

const inputOf = (values: ProfileForm) => ({
  about: values.about.trim() || null,
  pronouns: values.pronouns.trim() || null,
  phone: values.phone.trim() || null,
  timeZone: values.timeZone,
  workingHours: values.days.length > 0 ? { days: values.days.map(Number).sort((a, b) => a - b), start: values.start, end: values.end } : null,
  languages: values.languages,
  skills: values.skills.map((s) => s.trim()).filter(Boolean),
});

export interface EditProfileFormProps {
  user: MyProfile;
  /** Whether the form holds edits that are not saved (the page asks before they are dropped). */
  onDirtyChange: (dirty: boolean) => void;
}

/** What the person says about themselves: about, pronouns, phone, working hours, time zone, languages, skills. */
export function EditProfileForm({ user, onDirtyChange }: EditProfileFormProps) {
  const { t, i18n } = useTranslation();
  const { messages } = useErrorMessages();
  const initial = useMemo(() => toForm(user), [user]);
  const [values, setValues] = useState<ProfileForm>(initial);
  const [submitted, setSubmitted] = useState(false);
  const [sent, setSent] = useState<ProfileForm | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [update, state] = useMutation(UpdateMyProfileDocument);
  const form = useRef<HTMLFormElement>(null);
  const dirty = !same(values, initial);
  const clientErrors = submitted ? validateProfile(values) : {};
  const set = <K extends Field>(key: K, value: ProfileForm[K]) => setValues((v) => ({ ...v, [key]: value }));

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);
  // After a refused save, the first field in error takes focus (its message is read with it).
  useEffect(() => {
    if (attempt > 0) form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, state.error]);

  const zones = useMemo(() => {
    const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    // The person's current zone stays choosable even where this browser does not list it.
    return [...new Set(['UTC', user.timeZone, ...all])];
  }, [user.timeZone]);
  const languages = useMemo(
    () => LANGUAGE_CODES.map((code) => ({ value: code, label: languageName(code, i18n.language) })).sort((a, b) => a.label.localeCompare(b.label, i18n.language)),
    [i18n.language],
  );

  // A server error on a field holds until that field is edited (as on the admin forms).
  const serverError = (field: Field): string | undefined => {
    if (!state.error || !sent || JSON.stringify(values[field]) !== JSON.stringify(sent[field])) return undefined;
    const found = readAppError(state.error).fields.find((f) => SERVER_FIELD[field].some((name) => f.field === name || f.field.startsWith(`${name}.`)));
    return found ? t(`validation.${found.rule}`, { defaultValue: t('validation.invalid') }) : undefined;
  };
  const error = (field: Field) => (clientErrors[field] ? t(clientErrors[field] as string) : serverError(field));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    state.reset();
    setAttempt((n) => n + 1);
    if (Object.keys(validateProfile(values)).length > 0) return;
    setSent(values);
    try {
      const { data } = await update({ variables: { input: inputOf(values) } });
      // What the server stored (trimmed, duplicate skills merged), so the form is clean again.
      if (data) setValues(toForm({ ...user, ...data.updateMyProfile.user }));
      setSubmitted(false);
      notifications.show({ color: 'green', message: t('directory.editProfile.saved') });
    } catch {
      // Rendered from the mutation's state: codes above the form, rules on their fields.
    }
  };
  const discard = () => {
    setValues(initial);
    setSubmitted(false);
    state.reset();
  };

  const refused = state.error && hasErrorCode(state.error, 'BAD_USER_INPUT');
  const general = state.error && !refused ? messages(state.error) : [];

  return (
    <Card withBorder radius="md" component="section" aria-labelledby="about-heading">
      <Title order={2} fz="h4" id="about-heading" mb={4}>
        {t('directory.editProfile.aboutYou')}
      </Title>
      <Text size="sm" c="dimmed" mb="md">
        {t('directory.editProfile.aboutYouHint')}
      </Text>
      <form ref={form} onSubmit={submit} noValidate aria-labelledby="about-heading">
        <Stack gap="md">
          {general.length > 0 ? <ErrorView messages={general} /> : null}
          {refused ? <ErrorView messages={[t('directory.editProfile.fixFields')]} /> : null}
          <UserTextarea
            label={t('directory.editProfile.about')}
            description={t('directory.editProfile.aboutHint')}
            rows={4}
            maxLength={PROFILE_LIMITS.about}
            value={values.about}
            onChange={(e) => set('about', e.currentTarget.value)}
            error={error('about')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <UserTextInput
              label={t('directory.editProfile.pronouns')}
              placeholder={t('directory.editProfile.pronounsPlaceholder')}
              maxLength={PROFILE_LIMITS.pronouns}
              value={values.pronouns}
              onChange={(e) => set('pronouns', e.currentTarget.value)}
              error={error('pronouns')}
            />
            <TextInput
              label={t('directory.editProfile.phone')}
              type="tel"
              autoComplete="tel"
              // Digits read left to right in every language.
              dir="ltr"
              maxLength={PROFILE_LIMITS.phone}
              value={values.phone}
              onChange={(e) => set('phone', e.currentTarget.value)}
              error={error('phone')}
            />
          </SimpleGrid>
          <Select
            label={t('directory.editProfile.timeZone')}
            description={t('directory.editProfile.timeZoneHint')}
            data={zones}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('directory.editProfile.noTimeZone')}
            value={values.timeZone}
            onChange={(v) => set('timeZone', v ?? values.timeZone)}
            error={error('timeZone')}
            comboboxProps={{ withinPortal: true }}
          />
          <Checkbox.Group
            label={t('directory.editProfile.workingDays')}
            description={t('directory.editProfile.workingHoursHint')}
            value={values.days}
            onChange={(v) => set('days', v)}
            error={error('days')}
          >
            <Group gap="md" mt={6}>
              {weekOrder(i18n.language).map((d) => (
                <Checkbox key={d} value={String(d)} label={weekdayName(d, i18n.language)} />
              ))}
            </Group>
          </Checkbox.Group>
          <SimpleGrid cols={2} spacing="md" maw={360}>
            <TextInput label={t('directory.editProfile.start')} type="time" dir="ltr" value={values.start} onChange={(e) => set('start', e.currentTarget.value)} error={error('start')} />
            <TextInput label={t('directory.editProfile.end')} type="time" dir="ltr" value={values.end} onChange={(e) => set('end', e.currentTarget.value)} error={error('end')} />
          </SimpleGrid>
          <MultiSelect
            label={t('directory.editProfile.languages')}
            data={languages}
            searchable
            maxValues={PROFILE_LIMITS.languages}
            nothingFoundMessage={t('directory.editProfile.noLanguage')}
            value={values.languages}
            onChange={(v) => set('languages', v)}
            error={error('languages')}
            comboboxProps={{ withinPortal: true }}
          />
          <TagsInput
            label={t('directory.editProfile.skills')}
            description={t('directory.editProfile.skillsHint', { count: PROFILE_LIMITS.skills })}
            placeholder={values.skills.length < PROFILE_LIMITS.skills ? t('directory.editProfile.skillsPlaceholder') : undefined}
            maxTags={PROFILE_LIMITS.skills}
            maxLength={PROFILE_LIMITS.skill}
            value={values.skills}
            onChange={(v) => set('skills', v)}
            error={error('skills')}
            // Reaches the typing field (Mantine passes unknown props to it); each tag follows its own text.
            dir="auto"
            attributes={{ pill: { dir: 'auto' } }}
          />
          <Group justify="flex-end" gap="sm">
            {dirty ? (
              <Button variant="default" onClick={discard}>
                {t('directory.editProfile.discard')}
              </Button>
            ) : null}
            <Button type="submit" loading={state.loading}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
