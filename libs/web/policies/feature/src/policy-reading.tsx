import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useErrorMessages, useSession } from '@pillars/web/core/data-access';
import { PostBody } from '@pillars/web/feeds/feature';
import type { PolicyQuery } from '@pillars/web/graphql';
import { AcknowledgePolicyDocument, POLICY_QUERIES } from '@pillars/web/policies/data-access';
import { UserTextInput } from '@pillars/web/ui';
import { IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PolicyChanges } from './policy-changes';
import { PolicyLanguageControl } from './policy-format';
import { PolicyQuiz } from './policy-quiz';

type Version = NonNullable<NonNullable<PolicyQuery['policy']>['currentVersion']>;

/**
 * The current version in the reader's language (or the one chosen, or the fallback, saying so),
 * and acknowledging it by the version's method: the reading's text hash goes back with it, so the
 * evidence names the exact text shown. A re-acknowledgement first shows what changed since the
 * version the reader signed.
 */
export function PolicyReading({ version, canAcknowledge, onLanguage }: { version: Version; canAcknowledge: boolean; onLanguage: (language: string) => void }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const { messages } = useErrorMessages();
  const headingId = useId();
  const reading = version.reading;
  const [agreed, setAgreed] = useState(false);
  const [typedName, setTypedName] = useState('');
  const [quizDone, setQuizDone] = useState<string | null>(null);
  const [acknowledge, { loading, error, data, reset }] = useMutation(AcknowledgePolicyDocument, { refetchQueries: POLICY_QUERIES });
  if (!reading) return null;
  const typed = version.acknowledgementMethod === 'TYPED_NAME';
  const quiz = version.acknowledgementMethod === 'QUIZ';
  const ready = typed ? typedName.trim().length > 0 : agreed;
  const doneLabel = data?.acknowledgePolicy.acknowledgement.versionLabel ?? quizDone;

  const submit = () => {
    if (!ready || loading) return;
    acknowledge({ variables: { input: { versionId: version.id, language: reading.language, textHash: reading.textHash, typedName: typed ? typedName : null } } }).catch(() => undefined);
  };

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="md">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={2} fz="h3" id={headingId} dir="auto" lang={reading.language}>
            {reading.title}
          </Title>
          <PolicyLanguageControl
            languages={version.languages}
            value={reading.language}
            onChange={(v) => {
              reset();
              onLanguage(v);
            }}
          />
        </Group>
        <Text size="sm" c="dimmed">
          {reading.isFallback
            ? t('policies.reading.fallback', { shown: t(`policies.languages.${reading.language}`), requested: t(`policies.languages.${reading.requestedLanguage}`) })
            : t('policies.reading.shownIn', { language: t(`policies.languages.${reading.language}`) })}
        </Text>
        {version.changesSinceSigned ? <PolicyChanges diff={version.changesSinceSigned} /> : null}
        <PostBody html={reading.bodyHtml} language={reading.language} />
        {doneLabel ? (
          <Alert color="teal" icon={<IconCircleCheck aria-hidden="true" />} role="status">
            {t('policies.ack.done', { version: doneLabel })}
          </Alert>
        ) : canAcknowledge && quiz ? (
          <Stack gap="sm">
            <Title order={3} fz="h4">
              {t('policies.ack.title')}
            </Title>
            <Text dir="auto" lang={reading.language}>
              {reading.acknowledgementText}
            </Text>
            <PolicyQuiz key={reading.language} versionId={version.id} language={reading.language} textHash={reading.textHash} versionLabel={version.label} onDone={setQuizDone} />
          </Stack>
        ) : canAcknowledge ? (
          <form
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              submit();
            }}
          >
            <Stack gap="sm">
              <Title order={3} fz="h4">
                {t('policies.ack.title')}
              </Title>
              {typed ? (
                <UserTextInput
                  label={<span dir="auto">{reading.acknowledgementText}</span>}
                  description={t('policies.ack.typeName', { name: me?.name ?? '' })}
                  value={typedName}
                  onChange={(e) => {
                    setTypedName(e.currentTarget.value);
                    if (error) reset();
                  }}
                  autoComplete="name"
                  maw={480}
                  disabled={loading}
                />
              ) : (
                <Checkbox
                  label={<span dir="auto" lang={reading.language}>{reading.acknowledgementText}</span>}
                  checked={agreed}
                  onChange={(e) => {
                    setAgreed(e.currentTarget.checked);
                    if (error) reset();
                  }}
                  disabled={loading}
                />
              )}
              {error ? (
                <Alert color="red" role="alert">
                  {messages(error).join(' ')}
                </Alert>
              ) : null}
              <div>
                <Button type="submit" loading={loading} disabled={!ready}>
                  {t('policies.ack.submit', { version: version.label })}
                </Button>
              </div>
            </Stack>
          </form>
        ) : null}
        {!version.isMajor ? (
          <Text size="sm" c="dimmed">
            <IconInfoCircle size={14} aria-hidden="true" style={{ verticalAlign: 'middle', marginInlineEnd: 4 }} />
            {t('policies.reading.minorNote', { version: version.label })}
          </Text>
        ) : null}
      </Stack>
    </Card>
  );
}
