import { Alert, Anchor, Button, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@pillars/shared/validation';
import { fieldRule, RequestPasswordResetDocument } from '@pillars/web/core/data-access';
import { usePageTitle } from '@pillars/web/util';
import { IconMailCheck } from '@tabler/icons-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { AuthEmailInput, AuthForm, AuthFrame } from './auth-frame';
import { authErrorMessages } from './wait';

/** "Forgot password": the same answer whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t, i18n } = useTranslation();
  usePageTitle(t('auth.forgot.title'));
  const [request, { loading, error, reset }] = useMutation(RequestPasswordResetDocument);
  const [email, setEmail] = useState('');
  const [organization, setOrganization] = useState('');
  const [missing, setMissing] = useState(false);
  const [sent, setSent] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);

  useEffect(() => emailRef.current?.focus(), []);
  useEffect(() => {
    if (sent || error) feedbackRef.current?.focus();
  }, [sent, error]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    setSent(false);
    if (!email.trim()) {
      setMissing(true);
      emailRef.current?.focus();
      return;
    }
    setMissing(false);
    try {
      await request({ variables: { input: { email: email.trim(), ...(organization.trim() ? { organization: organization.trim() } : {}) } } });
      setSent(true);
    } catch {
      // Rendered from the mutation's error state.
    }
  };

  const emailRule = fieldRule(error, 'email');
  const messages = emailRule ? [] : authErrorMessages(error, t, i18n.language);
  return (
    <AuthFrame>
      <AuthForm
        title={t('auth.forgot.title')}
        intro={t('auth.forgot.intro')}
        onSubmit={submit}
        errors={messages}
        errorId="forgot-error"
        errorRef={feedbackRef}
        notice={
          sent ? (
            <Alert ref={feedbackRef} tabIndex={-1} color="green" variant="light" role="status" icon={<IconMailCheck aria-hidden="true" />}>
              {t('auth.forgot.sent')}
            </Alert>
          ) : null
        }
      >
        <AuthEmailInput ref={emailRef} label={t('auth.forgot.email')} value={email} onChange={setEmail} missing={missing} rule={emailRule} />
        <TextInput
          label={t('auth.forgot.organization')}
          description={t('auth.forgot.organizationHelp')}
          maxLength={100}
          value={organization}
          onChange={(e) => setOrganization(e.currentTarget.value)}
          dir="ltr"
        />
        <Button type="submit" loading={loading} fullWidth>
          {t('auth.forgot.submit')}
        </Button>
        <Anchor component={Link} to="/sign-in" size="sm" ta="center">
          {t('auth.forgot.back')}
        </Anchor>
      </AuthForm>
    </AuthFrame>
  );
}
