import { useMutation } from '@apollo/client/react';
import { Alert, Button, Checkbox, Radio, Stack, Text } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import type { StartPolicyQuizMutation } from '@pillars/web/graphql';
import { AcknowledgePolicyDocument, POLICY_QUERIES, StartPolicyQuizDocument } from '@pillars/web/policies/data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Attempt = StartPolicyQuizMutation['startPolicyQuiz']['attempt'];

/**
 * QUIZ acknowledgement: start an attempt (its own random order, in the language read), answer
 * every question, and send the answers with the acknowledgement; a score below the pass mark says
 * so (POLICY_QUIZ_FAILED) and offers a new attempt while any is left.
 */
export function PolicyQuiz({ versionId, language, textHash, versionLabel, onDone }: { versionId: string; language: string; textHash: string; versionLabel: string; onDone: (label: string) => void }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [start, starting] = useMutation(StartPolicyQuizDocument);
  const [acknowledge, acknowledging] = useMutation(AcknowledgePolicyDocument, { refetchQueries: POLICY_QUERIES });
  const error = acknowledging.error ?? starting.error;

  const begin = () => {
    acknowledging.reset();
    setAnswers({});
    start({ variables: { input: { versionId, language } } })
      .then((r) => setAttempt(r.data?.startPolicyQuiz.attempt ?? null))
      .catch(() => undefined);
  };
  const complete = attempt ? attempt.questions.every((q) => (answers[q.id] ?? []).length > 0) : false;
  const submit = () => {
    if (!attempt || !complete || acknowledging.loading) return;
    acknowledge({
      variables: { input: { versionId, language, textHash, quiz: { attemptId: attempt.id, answers: attempt.questions.map((q) => ({ questionId: q.id, optionIds: answers[q.id] ?? [] })) } } },
    })
      .then((r) => {
        const label = r.data?.acknowledgePolicy.acknowledgement.versionLabel;
        if (label) onDone(label);
      })
      .catch(() => setAttempt(null));
  };

  if (!attempt) {
    return (
      <Stack gap="sm">
        <Text>{t('policies.quiz.intro')}</Text>
        {error ? (
          <Alert color="red" role="alert">
            {messages(error).join(' ')}
          </Alert>
        ) : null}
        <div>
          <Button onClick={begin} loading={starting.loading}>
            {acknowledging.error ? t('policies.quiz.again') : t('policies.quiz.start')}
          </Button>
        </div>
      </Stack>
    );
  }

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('policies.quiz.attempt', { number: attempt.number, max: attempt.maxAttempts, passMark: attempt.passMark })}
        </Text>
        {attempt.questions.map((q, i) => {
          // "Question 1." in the interface's language, the prompt isolated in its own (it may run the other way).
          const label = (
            <>
              {t('policies.quiz.question', { number: i + 1 })}{' '}
              <bdi dir="auto" lang={attempt.language}>
                {q.prompt}
              </bdi>
            </>
          );
          const chosen = answers[q.id] ?? [];
          const options = q.options.map((o) =>
            q.multiple ? (
              <Checkbox key={o.id} value={o.id} label={<span dir="auto" lang={attempt.language}>{o.text}</span>} />
            ) : (
              <Radio key={o.id} value={o.id} label={<span dir="auto" lang={attempt.language}>{o.text}</span>} />
            ),
          );
          return q.multiple ? (
            <Checkbox.Group key={q.id} label={label} description={t('policies.quiz.multiple')} value={chosen} onChange={(v) => setAnswers((a) => ({ ...a, [q.id]: v }))}>
              <Stack gap={6} mt={6}>
                {options}
              </Stack>
            </Checkbox.Group>
          ) : (
            <Radio.Group key={q.id} label={label} value={chosen[0] ?? null} onChange={(v) => setAnswers((a) => ({ ...a, [q.id]: [v] }))}>
              <Stack gap={6} mt={6}>
                {options}
              </Stack>
            </Radio.Group>
          );
        })}
        <div>
          <Button type="submit" loading={acknowledging.loading} disabled={!complete}>
            {t('policies.quiz.submit', { version: versionLabel })}
          </Button>
        </div>
        {!complete ? (
          <Text size="sm" c="dimmed">
            {t('policies.quiz.answerAll')}
          </Text>
        ) : null}
      </Stack>
    </form>
  );
}
