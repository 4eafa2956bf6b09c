import { Button, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { ErrorView } from '@pillars/web/ui';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { LIMITS } from '@pillars/shared/validation';
import { ChangePasswordDocument, errorKeys, fieldRule, hasErrorCode } from '@pillars/web/core/data-access';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '@pillars/web/util';

export function ChangePasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('account.password.title'));
  const [change, { loading, error, reset }] = useMutation(ChangePasswordDocument);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);

  const tooShort = next.length > 0 && next.length < LIMITS.password.min;
  const mismatch = confirm.length > 0 && confirm !== next;
  const wrongCurrent = hasErrorCode(error, 'AUTH_WRONG_PASSWORD');
  const serverRule = fieldRule(error, 'newPassword');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    reset();
    if (!current || next.length < LIMITS.password.min || next !== confirm) return;
    try {
      const { data } = await change({ variables: { input: { currentPassword: current, newPassword: next } } });
      notifications.show({
        color: 'green',
        title: t('account.password.changed'),
        message: t('account.password.otherSessions', { count: data?.changePassword.revokedSessions ?? 0 }),
      });
      setCurrent('');
      setNext('');
      setConfirm('');
      setTouched(false);
    } catch {
      // Rendered from the mutation's error state below.
    }
  };

  const otherErrors = errorKeys(error).filter((k) => k !== 'errors.AUTH_WRONG_PASSWORD');
  return (
    <Stack maw={480} gap="md">
      <Title order={1}>{t('account.password.title')}</Title>
      <Text c="dimmed">{t('account.password.intro')}</Text>
      <Paper withBorder p="lg" radius="md">
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            {otherErrors.length > 0 ? <ErrorView messages={otherErrors.map((k) => t(k))} /> : null}
            <PasswordInput
              label={t('account.password.current')}
              autoComplete="current-password"
              required
              value={current}
              onChange={(e) => setCurrent(e.currentTarget.value)}
              error={wrongCurrent ? t('errors.AUTH_WRONG_PASSWORD') : touched && !current ? t('validation.required') : undefined}
              visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
            />
            <PasswordInput
              label={t('account.password.new')}
              description={t('account.password.rules', { min: LIMITS.password.min })}
              autoComplete="new-password"
              required
              maxLength={LIMITS.password.max}
              value={next}
              onChange={(e) => setNext(e.currentTarget.value)}
              error={
                tooShort || (touched && !next)
                  ? t('validation.minLength', { count: LIMITS.password.min })
                  : serverRule
                    ? t(`validation.${serverRule}`, { defaultValue: t('validation.invalid') })
                    : undefined
              }
              visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
            />
            <PasswordInput
              label={t('account.password.confirm')}
              autoComplete="new-password"
              required
              value={confirm}
              onChange={(e) => setConfirm(e.currentTarget.value)}
              error={mismatch || (touched && confirm !== next) ? t('account.password.mismatch') : undefined}
              visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
            />
            <Button type="submit" loading={loading} style={{ alignSelf: 'flex-start' }}>
              {t('account.password.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
