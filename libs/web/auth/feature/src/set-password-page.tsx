import { Alert, Anchor, Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { LIMITS } from '@pillars/shared/validation';
import { AccountLinkDocument, errorKeys, fieldRule, MeDocument, SetPasswordFromLinkDocument } from '@pillars/web/core/data-access';
import { PageSkeleton } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconAlertTriangle } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import { AuthForm, AuthFrame } from './auth-frame';
import { FORGOT_PASSWORD_PATH } from './paths';
import { DEFAULT_HOME } from './sign-in-page';

/** The token from `#token=…` (a fragment never reaches a server log or a Referer header). */
export const tokenFromHash = (hash: string): string => new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';

/** Where invitation and reset links land: choose a password, then be signed in. */
export function SetPasswordPage({ purpose }: { purpose: 'INVITE' | 'RESET' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { hash } = useLocation();
  const token = tokenFromHash(hash);
  const title = purpose === 'INVITE' ? t('auth.link.inviteTitle') : t('auth.link.resetTitle');
  usePageTitle(title);
  const link = useQuery(AccountLinkDocument, { variables: { token }, skip: !token, fetchPolicy: 'network-only' });
  const [setPassword, { loading, error, reset }] = useMutation(SetPasswordFromLinkDocument);
  const [password, setPasswordValue] = useState('');
  const [confirm, setConfirm] = useState('');
  const [touched, setTouched] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);

  const ready = !!link.data?.accountLink;
  useEffect(() => {
    if (ready) passwordRef.current?.focus();
  }, [ready]);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  const unusable = !token ? ['errors.AUTH_LINK_INVALID'] : link.error ? errorKeys(link.error) : null;
  if (unusable) {
    return (
      <AuthFrame>
        <Stack gap="md">
          <Title order={1} fz="h2">
            {t('auth.link.unusable')}
          </Title>
          <Alert color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden="true" />}>
            {unusable.map((k) => (
              <Text size="sm" key={k}>
                {t(k)}
              </Text>
            ))}
          </Alert>
          <Button component={Link} to={FORGOT_PASSWORD_PATH}>
            {t('auth.link.requestNew')}
          </Button>
          <Anchor component={Link} to="/sign-in" size="sm" ta="center">
            {t('auth.link.back')}
          </Anchor>
        </Stack>
      </AuthFrame>
    );
  }
  if (!ready) return <PageSkeleton label={t('auth.link.checking')} />;

  const tooShort = touched && password.length < LIMITS.password.min;
  const mismatch = touched && confirm !== password;
  const serverRule = fieldRule(error, 'password');
  const otherErrors = serverRule ? [] : errorKeys(error);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    reset();
    if (password.length < LIMITS.password.min || confirm !== password) {
      passwordRef.current?.focus();
      return;
    }
    try {
      await setPassword({
        variables: { input: { token, password } },
        update: (cache, { data }) => {
          if (data) cache.writeQuery({ query: MeDocument, data: { me: data.setPasswordFromLink.user, abilities: data.setPasswordFromLink.abilities } });
        },
      });
      navigate(DEFAULT_HOME, { replace: true });
    } catch {
      // Rendered from the mutation's error state.
    }
  };

  return (
    <AuthFrame>
      <AuthForm
        title={title}
        intro={<span dir="auto">{t('auth.link.greeting', { name: link.data?.accountLink.name })}</span>}
        onSubmit={submit}
        errors={otherErrors.map((k) => t(k))}
        errorRef={errorRef}
      >
        <PasswordInput
          ref={passwordRef}
          label={t('auth.link.password')}
          description={t('auth.link.rules', { min: LIMITS.password.min })}
          autoComplete="new-password"
          required
          maxLength={LIMITS.password.max}
          value={password}
          onChange={(e) => setPasswordValue(e.currentTarget.value)}
          error={tooShort ? t('auth.link.rules', { min: LIMITS.password.min }) : serverRule ? t(`validation.${serverRule}`, { defaultValue: t('validation.invalid') }) : undefined}
          dir="ltr"
          visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
        />
        <PasswordInput
          label={t('auth.link.confirm')}
          autoComplete="new-password"
          required
          maxLength={LIMITS.password.max}
          value={confirm}
          onChange={(e) => setConfirm(e.currentTarget.value)}
          error={!tooShort && mismatch ? t('auth.link.mismatch') : undefined}
          dir="ltr"
          visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
        />
        <Button type="submit" loading={loading} fullWidth>
          {t('auth.link.submit')}
        </Button>
      </AuthForm>
    </AuthFrame>
  );
}
