import { Anchor, Button, PasswordInput, Text } from '@mantine/core';
import { fieldRule, useSession, useSetupStatus, useSignIn } from '@pillars/web/core/data-access';
import { usePageTitle } from '@pillars/web/util';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate } from 'react-router-dom';
import { LIMITS } from '@pillars/shared/validation';
import { AuthEmailInput, AuthForm, AuthFrame } from './auth-frame';
import { FORGOT_PASSWORD_PATH, SETUP_PATH } from './paths';
import { authErrorMessages } from './wait';

export const DEFAULT_HOME = '/feed';

interface FromState {
  from?: { pathname: string; search?: string; hash?: string };
}

/** Where to go after signing in: the page that sent us here, never another origin. */
export function returnPath(state: unknown): string {
  const from = (state as FromState | null)?.from;
  if (!from || !from.pathname.startsWith('/') || from.pathname.startsWith('//') || from.pathname === '/sign-in') return DEFAULT_HOME;
  return `${from.pathname}${from.search ?? ''}${from.hash ?? ''}`;
}

export function SignInPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('auth.signIn.submit'));
  const navigate = useNavigate();
  const location = useLocation();
  const { me } = useSession();
  const { signIn, loading, error, reset } = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [missing, setMissing] = useState<{ email: boolean; password: boolean }>({ email: false, password: false });

  const setup = useSetupStatus();
  const emailRef = useRef<HTMLInputElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  // The email field has focus on arrival; after a failed attempt the error has it, so a screen
  // reader reads it and Tab continues into the form.
  useEffect(() => emailRef.current?.focus(), []);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  if (me) return <Navigate to={returnPath(location.state)} replace />;
  // A deployment without an organisation has nobody to sign in yet.
  if (setup.needed) return <Navigate to={SETUP_PATH} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    const empty = { email: !email.trim(), password: !password };
    setMissing(empty);
    if (empty.email || empty.password) {
      (empty.email ? emailRef.current : document.getElementById('sign-in-password'))?.focus();
      return;
    }
    try {
      const user = await signIn(email, password);
      if (user) navigate(returnPath(location.state), { replace: true });
    } catch {
      // The mutation's error state renders the translated reason below.
    }
  };

  const emailRule = fieldRule(error, 'email');
  return (
    <AuthFrame
      footer={
        <Text size="xs" c="dimmed" ta="center">
          {t('auth.signIn.help')}
        </Text>
      }
    >
      <AuthForm
        title={t('app.name')}
        intro={t('auth.signIn.subtitle')}
        onSubmit={submit}
        errors={error ? authErrorMessages(error, t, i18n.language) : []}
        errorId="sign-in-error"
        errorRef={errorRef}
      >
        <AuthEmailInput ref={emailRef} label={t('auth.signIn.email')} value={email} onChange={setEmail} missing={missing.email} rule={emailRule} />
        <PasswordInput
          id="sign-in-password"
          label={t('auth.signIn.password')}
          autoComplete="current-password"
          required
          maxLength={LIMITS.password.max}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={missing.password ? t('validation.required') : undefined}
          dir="ltr"
          visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
        />
        <Button type="submit" loading={loading} fullWidth>
          {t('auth.signIn.submit')}
        </Button>
        <Anchor component={Link} to={FORGOT_PASSWORD_PATH} size="sm" ta="center">
          {t('auth.signIn.forgot')}
        </Anchor>
      </AuthForm>
    </AuthFrame>
  );
}
