import { Button, Checkbox, Group, NumberInput, Stack, Text, Title } from '@mantine/core';
import type { PolicyQuizInput } from '@pillars/web/graphql';
import { UserTextInput } from '@pillars/web/ui';
import { useTranslation } from 'react-i18next';
import type { PolicyLanguage } from './policy-format';

export interface QuestionDraft {
  prompt: string;
  multiple: boolean;
  options: { text: string; correct: boolean }[];
}
export interface QuizDraft {
  passMark: number;
  maxAttempts: number;
  questions: Record<PolicyLanguage, QuestionDraft[]>;
}

const newQuestion = (): QuestionDraft => ({ prompt: '', multiple: false, options: [{ text: '', correct: true }, { text: '', correct: false }] });
export const emptyQuiz = (): QuizDraft => ({ passMark: 80, maxAttempts: 3, questions: { en: [newQuestion()], ar: [newQuestion()], he: [newQuestion()], it: [newQuestion()] } });

/** The first language whose questions are incomplete (a prompt, two answers, the right ones marked), or null. */
export function incompleteQuizLanguage(quiz: QuizDraft, languages: PolicyLanguage[]): PolicyLanguage | null {
  const ok = (q: QuestionDraft) => {
    const options = q.options.filter((o) => o.text.trim());
    const right = options.filter((o) => o.correct).length;
    return q.prompt.trim() !== '' && options.length >= 2 && (q.multiple ? right >= 1 : right === 1);
  };
  return languages.find((l) => quiz.questions[l].length === 0 || !quiz.questions[l].every(ok)) ?? null;
}

/** What the API takes: every chosen language's questions, answers without the empty lines. */
export const quizInput = (quiz: QuizDraft, languages: PolicyLanguage[]): PolicyQuizInput => ({
  passMark: quiz.passMark,
  maxAttempts: quiz.maxAttempts,
  questions: languages.flatMap((language) =>
    quiz.questions[language].map((q) => ({ language, prompt: q.prompt, multiple: q.multiple, options: q.options.filter((o) => o.text.trim()).map((o) => ({ text: o.text, correct: o.correct })) })),
  ),
});

/**
 * The questions of a QUIZ version in one language (the tab being written), with the pass mark
 * and attempt limit the version shares across languages. A single-answer question keeps exactly
 * one answer marked right.
 */
export function PolicyQuizEditor({ quiz, language, onChange, disabled }: { quiz: QuizDraft; language: PolicyLanguage; onChange: (next: QuizDraft) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const questions = quiz.questions[language];
  const setQuestions = (next: QuestionDraft[]) => onChange({ ...quiz, questions: { ...quiz.questions, [language]: next } });
  const setQuestion = (i: number, patch: Partial<QuestionDraft>) => setQuestions(questions.map((q, j) => (j === i ? { ...q, ...patch } : q)));
  const lang = t(`policies.languages.${language}`);

  return (
    <Stack gap="md">
      <Title order={3} fz="h5">
        {t('policies.quizEditor.title', { language: lang })}
      </Title>
      <Group gap="md">
        <NumberInput label={t('policies.quizEditor.passMark')} value={quiz.passMark} onChange={(v) => onChange({ ...quiz, passMark: typeof v === 'number' ? v : 80 })} min={1} max={100} suffix=" %" w={160} disabled={disabled} />
        <NumberInput label={t('policies.quizEditor.attempts')} value={quiz.maxAttempts} onChange={(v) => onChange({ ...quiz, maxAttempts: typeof v === 'number' ? v : 3 })} min={1} max={10} w={160} disabled={disabled} />
      </Group>
      {questions.map((q, i) => (
        <Stack key={i} gap="xs" component="fieldset" style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8, padding: 12 }}>
          <Text component="legend" fw={600} size="sm">
            {t('policies.quiz.question', { number: i + 1 })}
          </Text>
          <UserTextInput label={t('policies.quizEditor.prompt', { number: i + 1 })} value={q.prompt} onChange={(e) => setQuestion(i, { prompt: e.currentTarget.value })} lang={language} disabled={disabled} />
          <Checkbox
            label={t('policies.quizEditor.multiple')}
            checked={q.multiple}
            onChange={(e) => {
              const multiple = e.currentTarget.checked;
              // Back to one right answer: keep the first one marked.
              const first = q.options.findIndex((o) => o.correct);
              setQuestion(i, { multiple, options: multiple ? q.options : q.options.map((o, j) => ({ ...o, correct: j === Math.max(0, first) })) });
            }}
            disabled={disabled}
          />
          {q.options.map((o, k) => (
            <Group key={k} gap="sm" align="end" wrap="nowrap">
              <UserTextInput
                label={t('policies.quizEditor.option', { number: k + 1, question: i + 1 })}
                value={o.text}
                onChange={(e) => setQuestion(i, { options: q.options.map((x, j) => (j === k ? { ...x, text: e.currentTarget.value } : x)) })}
                lang={language}
                style={{ flex: 1 }}
                disabled={disabled}
              />
              <Checkbox
                label={t('policies.quizEditor.correct')}
                aria-label={t('policies.quizEditor.correctFor', { number: k + 1, question: i + 1 })}
                checked={o.correct}
                onChange={(e) => {
                  const on = e.currentTarget.checked;
                  setQuestion(i, { options: q.options.map((x, j) => (j === k ? { ...x, correct: on } : q.multiple ? x : { ...x, correct: on ? false : x.correct })) });
                }}
                mb={8}
                disabled={disabled}
              />
            </Group>
          ))}
          <Group gap="xs">
            <Button variant="subtle" size="compact-sm" onClick={() => setQuestion(i, { options: [...q.options, { text: '', correct: false }] })} disabled={disabled || q.options.length >= 8}>
              {t('policies.quizEditor.addOption', { question: i + 1 })}
            </Button>
            {questions.length > 1 ? (
              <Button variant="subtle" color="red" size="compact-sm" onClick={() => setQuestions(questions.filter((_, j) => j !== i))} disabled={disabled}>
                {t('policies.quizEditor.remove', { number: i + 1 })}
              </Button>
            ) : null}
          </Group>
        </Stack>
      ))}
      <div>
        <Button variant="light" onClick={() => setQuestions([...questions, newQuestion()])} disabled={disabled || questions.length >= 20}>
          {t('policies.quizEditor.add')}
        </Button>
      </div>
    </Stack>
  );
}
