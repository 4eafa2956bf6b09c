import { Alert, Center, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { LIMITS } from '@pillars/shared/validation';
import { ColorSchemeToggle } from '@pillars/web/ui';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { type FormEvent, type ReactNode, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './language-switcher';

/** The frame of the pages outside the app (sign-in, forgot password, set password). */
export function AuthFrame({ children, footer }: { children: ReactNode; footer?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Center mih="100dvh" p="md" component="main" id="main">
      <Stack w="100%" maw={420} gap="md">
        <Group justify="flex-end" gap="xs">
          <LanguageSwitcher />
          <ColorSchemeToggle toDarkLabel={t('theme.toDark')} toLightLabel={t('theme.toLight')} />
        </Group>
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', sm: 'xl' }}>
          {children}
        </Paper>
        {footer}
      </Stack>
    </Center>
  );
}

export interface AuthFormProps {
  title: string;
  intro: ReactNode;
  onSubmit: (event: FormEvent) => void;
  /** Translated error messages; shown in a focusable alert that describes the form. */
  errors: string[];
  /** Set to describe the form by its error alert. */
  errorId?: string;
  /** The alert takes focus after a failed attempt, so a screen reader reads it. */
  errorRef: Ref<HTMLDivElement>;
  /** Shown between the heading and the fields (a "sent" notice). */
  notice?: ReactNode;
  children: ReactNode;
}

/** The form skeleton of the sign-in and forgot-password pages: heading, intro, error alert, fields. */
export function AuthForm({ title, intro, onSubmit, errors, errorId, errorRef, notice, children }: AuthFormProps) {
  return (
    <form onSubmit={onSubmit} noValidate aria-describedby={errors.length > 0 && errorId ? errorId : undefined}>
      <Stack gap="md">
        <div>
          <Title order={1} fz="h2">
            {title}
          </Title>
          <Text c="dimmed" size="sm">
            {intro}
          </Text>
        </div>
        {notice}
        {errors.length > 0 ? (
          <Alert ref={errorRef} tabIndex={-1} id={errorId} color="red" variant="light" role="alert" icon={<IconAlertTriangle aria-hidden="true" />}>
            {errors.map((message) => (
              <Text size="sm" key={message}>
                {message}
              </Text>
            ))}
          </Alert>
        ) : null}
        {children}
      </Stack>
    </form>
  );
}

/** The email field's message: required when left empty, else the server's validation rule, if any. */
const emailFieldError = (t: TFunction, missing: boolean, rule: string | undefined): string | undefined =>
  missing ? t('validation.required') : rule ? t(`validation.${rule}`, { defaultValue: t('validation.invalid') }) : undefined;

export interface AuthEmailInputProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Left empty on submit. */
  missing: boolean;
  /** The server's BAD_USER_INPUT rule for `email`, if any. */
  rule: string | undefined;
  ref?: Ref<HTMLInputElement>;
}

/** The sign-in address field of the auth pages (left-to-right, the address autocomplete). */
export function AuthEmailInput({ label, value, onChange, missing, rule, ref }: AuthEmailInputProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      ref={ref}
      label={label}
      type="email"
      autoComplete="username"
      required
      maxLength={LIMITS.email}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      error={emailFieldError(t, missing, rule)}
      dir="ltr"
    />
  );
}
