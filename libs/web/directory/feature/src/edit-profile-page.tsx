import { Anchor, Button, Card, Checkbox, Group, MultiSelect, Select, SimpleGrid, Stack, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { checkText, isClockTime, isPhoneNumber, isTimeZone, LANGUAGE_CODES, PROFILE_LIMITS, WEEKDAYS } from '@pillars/shared/validation';
import { hasErrorCode, readAppError, useErrorMessages, useSession } from '@pillars/web/core/data-access';
import { MyProfileDocument, UpdateMyProfileDocument } from '@pillars/web/directory/data-access';
import type { MyProfileQuery } from '@pillars/web/graphql';
import { ErrorView, PageSkeleton, UnsavedChangesDialog, UserTextarea, UserTextInput } from '@pillars/web/ui';
import { usePageTitle, useUnsavedChanges } from '@pillars/web/util';
import { IconLock } from '@tabler/icons-react';
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EditProfilePhoto } from './edit-profile-photo';
import { profilePath } from './person-link';
import { languageName, weekdayName } from './profile-format';

type Me = MyProfileQuery['user'];

interface ProfileForm {
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

const toForm = (u: Me): ProfileForm => ({
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

/** Where the API names each form field's errors. */
const SERVER_FIELD: Record<Field, string[]> = {
  about: ['about'], pronouns: ['pronouns'], phone: ['phone'], timeZone: ['timeZone'], days: ['workingHours.days', 'workingHours'],
  start: ['workingHours.start'], end: ['workingHours.end'], languages: ['languages'], skills: ['skills'],
};

function ReadOnlyFact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" component="dt">
        {label}
      </Text>
      <Text size="sm" component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

function ProfileEditor({ user }: { user: Me }) {
  const { t, i18n } = useTranslation();
  const { messages } = useErrorMessages();
  const initial = useMemo(() => toForm(user), [user]);
  const [values, setValues] = useState<ProfileForm>(initial);
  const [submitted, setSubmitted] = useState(false);
  const [sent, setSent] = useState<ProfileForm | null>(null);
  const [update, state] = useMutation(UpdateMyProfileDocument);
  const guard = useUnsavedChanges(!same(values, initial));
  const clientErrors = submitted ? validateProfile(values) : {};
  const set = <K extends Field>(key: K, value: ProfileForm[K]) => setValues((v) => ({ ...v, [key]: value }));

  const zones = useMemo(() => ['UTC', ...(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []).filter((z) => z !== 'UTC')], []);
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
    if (Object.keys(validateProfile(values)).length > 0) return;
    setSent(values);
    const hours = values.days.length > 0 ? { days: values.days.map(Number).sort((a, b) => a - b), start: values.start, end: values.end } : null;
    try {
      const { data } = await update({
        variables: {
          input: {
            about: values.about.trim() || null, pronouns: values.pronouns.trim() || null, phone: values.phone.trim() || null, timeZone: values.timeZone,
            workingHours: hours, languages: values.languages, skills: values.skills.map((s) => s.trim()).filter(Boolean),
          },
        },
      });
      // What the server stored (trimmed, duplicates merged), so the form is clean again.
      if (data) setValues(toForm({ ...user, ...data.updateMyProfile.user }));
      setSubmitted(false);
      notifications.show({ color: 'green', message: t('directory.editProfile.saved') });
    } catch {
      // Field errors and codes render from the mutation's error state.
    }
  };
  const general = state.error && !hasErrorCode(state.error, 'BAD_USER_INPUT') ? messages(state.error) : [];

  return (
    <Card withBorder radius="md" component="section" aria-labelledby="about-heading">
      <Title order={2} fz="h4" id="about-heading" mb="md">
        {t('directory.editProfile.aboutYou')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {general.length > 0 || (state.error && hasErrorCode(state.error, 'BAD_USER_INPUT')) ? (
            <ErrorView messages={general.length > 0 ? general : [t('errors.BAD_USER_INPUT')]} />
          ) : null}
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
              dir="ltr"
              maxLength={PROFILE_LIMITS.phone}
              value={values.phone}
              onChange={(e) => set('phone', e.currentTarget.value)}
              error={error('phone')}
            />
          </SimpleGrid>
          <Select
            label={t('directory.editProfile.timeZone')}
            data={zones}
            searchable
            allowDeselect={false}
            value={values.timeZone}
            onChange={(v) => set('timeZone', v ?? 'UTC')}
            error={error('timeZone')}
            comboboxProps={{ withinPortal: true }}
          />
          <Checkbox.Group label={t('directory.editProfile.workingDays')} value={values.days} onChange={(v) => set('days', v)} error={error('days')}>
            <Group gap="md" mt={6}>
              {WEEKDAYS.map((d) => (
                <Checkbox key={d} value={String(d)} label={weekdayName(d, i18n.language, 'short')} aria-label={weekdayName(d, i18n.language)} />
              ))}
            </Group>
          </Checkbox.Group>
          <SimpleGrid cols={2} spacing="md">
            <TextInput label={t('directory.editProfile.start')} type="time" dir="ltr" value={values.start} onChange={(e) => set('start', e.currentTarget.value)} error={error('start')} />
            <TextInput label={t('directory.editProfile.end')} type="time" dir="ltr" value={values.end} onChange={(e) => set('end', e.currentTarget.value)} error={error('end')} />
          </SimpleGrid>
          <MultiSelect
            label={t('directory.editProfile.languages')}
            data={languages}
            searchable
            maxValues={PROFILE_LIMITS.languages}
            value={values.languages}
            onChange={(v) => set('languages', v)}
            error={error('languages')}
            comboboxProps={{ withinPortal: true }}
          />
          <TagsInput
            label={t('directory.editProfile.skills')}
            description={t('directory.editProfile.skillsHint', { count: PROFILE_LIMITS.skills })}
            maxTags={PROFILE_LIMITS.skills}
            maxLength={PROFILE_LIMITS.skill}
            value={values.skills}
            onChange={(v) => set('skills', v)}
            error={error('skills')}
            attributes={{ input: { dir: 'auto' } }}
            clearable
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" component={Link} to={profilePath(user.id)}>
              {t('directory.editProfile.viewProfile')}
            </Button>
            <Button type="submit" loading={state.loading}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      <UnsavedChangesDialog
        opened={guard.asking}
        onStay={guard.stay}
        onLeave={guard.leave}
        labels={{ title: t('common.unsaved.title'), body: t('common.unsaved.body'), stay: t('common.unsaved.stay'), leave: t('common.unsaved.leave') }}
      />
    </Card>
  );
}

/** `/account/profile`: the signed-in person edits what they say about themselves; the organisation's fields are shown, not edited. */
export function EditProfilePage() {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const { me } = useSession();
  usePageTitle(t('directory.editProfile.title'));
  const { data, error, refetch } = useQuery(MyProfileDocument, { variables: { id: me?.id ?? '' }, skip: !me });
  const user = data?.user;
  if (error && !user) return <ErrorView title={t('directory.profile.failed')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  if (!user) return <PageSkeleton label={t('common.loading')} />;
  const none = t('directory.profile.noLocation');
  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center" wrap="wrap">
        <Title order={1}>{t('directory.editProfile.title')}</Title>
        <Anchor component={Link} to={profilePath(user.id)} size="sm">
          {t('directory.editProfile.viewProfile')}
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <EditProfilePhoto user={user} />
        <Card withBorder radius="md" component="section" aria-labelledby="org-heading">
          <Group gap={6} mb="xs">
            <IconLock size={16} aria-hidden="true" />
            <Title order={2} fz="h4" id="org-heading">
              {t('directory.editProfile.managedByHr')}
            </Title>
          </Group>
          <Text size="sm" c="dimmed" mb="sm">
            {t('directory.editProfile.managedByHrHint')}
          </Text>
          <Stack gap="xs" component="dl" m={0}>
            <ReadOnlyFact label={t('directory.editProfile.name')}>
              <span dir="auto">{user.name}</span>
            </ReadOnlyFact>
            <ReadOnlyFact label={t('directory.editProfile.jobTitle')}>
              <span dir="auto">{user.title ?? none}</span>
            </ReadOnlyFact>
            <ReadOnlyFact label={t('directory.profile.teams')}>
              {user.teams.length ? <span dir="auto">{user.teams.map((m) => m.team.name).join(', ')}</span> : t('directory.profile.noTeams')}
            </ReadOnlyFact>
            <ReadOnlyFact label={t('directory.profile.manager')}>{user.manager ? <bdi>{user.manager.name}</bdi> : t('directory.profile.noManager')}</ReadOnlyFact>
            <ReadOnlyFact label={t('directory.profile.location')}>
              <span dir="auto">{user.location ?? none}</span>
            </ReadOnlyFact>
          </Stack>
        </Card>
      </SimpleGrid>
      <ProfileEditor key={user.id} user={user} />
    </Stack>
  );
}
