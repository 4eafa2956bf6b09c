import { Alert, Anchor, Button, Center, Fieldset, Group, Loader, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { isLocale } from '@pillars/shared/types';
import { canonicalTimeZone, checkText, LIMITS, type TextOptions } from '@pillars/shared/validation';
import { errorKeys, hasErrorCode, useCompleteSetup, useErrorMessages, useSession, useSetupStatus } from '@pillars/web/core/data-access';
import { ColorSchemeToggle, ErrorView, UserTextInput } from '@pillars/web/ui';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate } from 'react-router-dom';
import { LanguageSwitcher } from './language-switcher';
import { DEFAULT_HOME } from './sign-in-page';

/** Where the first administrator lands: adding the people comes next. */
const AFTER_SETUP = '/admin/people';

type Field = 'organizationName' | 'name' | 'email' | 'password' | 'confirm';
const EMPTY: Record<Field, string> = { organizationName: '', name: '', email: '', password: '', confirm: '' };

const browserTimeZone = (): string | undefined => canonicalTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone) ?? undefined;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The shared text rule as a translation key: `empty` reads as "required" in a form. */
const textError = (value: string, options: TextOptions): string | undefined => {
  const result = checkText(value, options);
  if (result.ok) return undefined;
  return result.rule === 'empty' ? 'validation.required' : `validation.${result.rule}`;
};

/** The client's own checks, with the rules and limits the API enforces; translation keys per field. */
function clientErrors(v: Record<Field, string>): Partial<Record<Field, string>> {
  const errors: Partial<Record<Field, string | undefined>> = {
    organizationName: textError(v.organizationName, { max: LIMITS.organizationName }),
    name: textError(v.name, { max: LIMITS.name }),
    email: textError(v.email, { max: LIMITS.email }) ?? (EMAIL.test(v.email.trim()) ? undefined : 'validation.isEmail'),
    password: v.password.length < LIMITS.password.min ? 'validation.minLength' : undefined,
    confirm: v.confirm !== v.password ? 'account.password.mismatch' : undefined,
  };
  return Object.fromEntries(Object.entries(errors).filter(([, key]) => key !== undefined));
}

/** First run: the organisation and its first administrator. Shown only while no organisation exists. */
export function SetupPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { me } = useSession();
  const status = useSetupStatus();
  const { completeSetup, loading, error, reset } = useCompleteSetup();
  const { fieldMessage } = useErrorMessages();
  const [values, setValues] = useState(EMPTY);
  const [submitted, setSubmitted] = useState(false);
  useDocumentTitle(`${t('auth.setup.title')} · ${t('app.name')}`);

  if (status.loading) {
    return (
      <Center mih="100dvh" role="status">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (status.error) {
    return (
      <Center mih="100dvh" p="md">
        <ErrorView title={t('common.loadFailed')} messages={errorKeys(status.error).map((k) => t(k))} retryLabel={t('common.retry')} onRetry={() => void status.refetch()} />
      </Center>
    );
  }
  if (!status.needed && !error) return <Navigate to={me ? DEFAULT_HOME : '/sign-in'} replace />;

  const local = submitted ? clientErrors(values) : {};
  const messageFor = (field: Field): string | undefined => {
    const key = local[field];
    if (key) return t(key, { count: LIMITS.password.min });
    return field === 'confirm' ? undefined : fieldMessage(error, field);
  };
  const bind = (field: Field) => ({
    value: values[field],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setValues((v) => ({ ...v, [field]: value }));
    },
    error: messageFor(field),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    setSubmitted(true);
    if (Object.keys(clientErrors(values)).length > 0) return;
    try {
      const { organizationName, name, email, password } = values;
      const user = await completeSetup({ organizationName, name, email: email.trim(), password, locale: isLocale(i18n.language) ? i18n.language : undefined, timeZone: browserTimeZone() });
      if (!user) return;
      notifications.show({ color: 'green', title: t('auth.setup.title'), message: t('auth.setup.done') });
      navigate(AFTER_SETUP, { replace: true });
    } catch {
      // The mutation's error state renders below: field rules under their fields, the rest in the alert.
    }
  };

  // Field rules show under their fields; the alert says what is left (SETUP_ALREADY_DONE, network…).
  const alerts = errorKeys(error).filter((k) => k !== 'errors.BAD_USER_INPUT');
  const done = hasErrorCode(error, 'SETUP_ALREADY_DONE');
  return (
    <Center mih="100dvh" p="md" component="main" id="main">
      <Stack w="100%" maw={520} gap="md">
        <Group justify="flex-end" gap="xs">
          <LanguageSwitcher />
          <ColorSchemeToggle toDarkLabel={t('theme.toDark')} toLightLabel={t('theme.toLight')} />
        </Group>
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', sm: 'xl' }}>
          <form onSubmit={submit} noValidate aria-describedby={alerts.length ? 'setup-error' : 'setup-intro'}>
            <Stack gap="md">
              <div>
                <Title order={1} fz="h2">
                  {t('auth.setup.title')}
                </Title>
                <Text id="setup-intro" c="dimmed" size="sm">
                  {t('auth.setup.intro')}
                </Text>
              </div>
              {alerts.length > 0 ? (
                <Alert id="setup-error" color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden="true" />}>
                  {alerts.map((key) => (
                    <Text size="sm" key={key}>
                      {t(key)}
                    </Text>
                  ))}
                  {done ? (
                    <Anchor component={Link} to="/sign-in" size="sm">
                      {t('auth.signIn.submit')}
                    </Anchor>
                  ) : null}
                </Alert>
              ) : null}
              <Fieldset legend={t('auth.setup.organization')} variant="unstyled">
                <UserTextInput label={t('auth.setup.organizationName')} required maxLength={LIMITS.organizationName} autoComplete="organization" autoFocus {...bind('organizationName')} />
              </Fieldset>
              <Fieldset legend={t('auth.setup.admin')} variant="unstyled">
                <Stack gap="sm">
                  <UserTextInput label={t('auth.setup.adminName')} required maxLength={LIMITS.name} autoComplete="name" {...bind('name')} />
                  <TextInput label={t('auth.setup.adminEmail')} type="email" required maxLength={LIMITS.email} autoComplete="username" dir="ltr" {...bind('email')} />
                  <PasswordInput
                    label={t('auth.setup.password')}
                    description={t('account.password.rules', { min: LIMITS.password.min })}
                    required
                    maxLength={LIMITS.password.max}
                    autoComplete="new-password"
                    dir="ltr"
                    visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
                    {...bind('password')}
                  />
                  <PasswordInput
                    label={t('auth.setup.confirm')}
                    required
                    maxLength={LIMITS.password.max}
                    autoComplete="new-password"
                    dir="ltr"
                    visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
                    {...bind('confirm')}
                  />
                </Stack>
              </Fieldset>
              <Button type="submit" loading={loading} fullWidth>
                {t('auth.setup.submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
      </Stack>
    </Center>
  );
}
