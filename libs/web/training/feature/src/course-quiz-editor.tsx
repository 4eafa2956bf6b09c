import { ActionIcon, Button, Card, Checkbox, Group, NumberInput, Radio, Stack, Switch, Text, Title } from '@mantine/core';
import { LIMITS } from '@pillars/shared/validation';
import { UserTextarea, UserTextInput } from '@pillars/web/ui';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { emptyOption, emptyQuestion, type ModuleDraft, type QuestionDraft } from './course-draft';

const MAX_QUESTIONS = 50;
const MAX_OPTIONS = 8;

/** A quiz's pass mark, attempts, draw size and question bank; each question marks its correct options. */
export function CourseQuizEditor({ module: m, number, onChange, disabled }: { module: ModuleDraft; number: number; onChange: (patch: Partial<ModuleDraft>) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const setQuestion = (qi: number, patch: Partial<QuestionDraft>) => onChange({ questions: m.questions.map((q, i) => (i === qi ? { ...q, ...patch } : q)) });
  const num = (v: string | number, fallback: number) => (typeof v === 'number' ? v : fallback);

  return (
    <Stack gap="md">
      <Group gap="md" wrap="wrap" align="start">
        <NumberInput label={t('training.editor.quiz.passMark')} suffix=" %" value={m.passMark} onChange={(v) => onChange({ passMark: num(v, 80) })} min={1} max={100} w={150} disabled={disabled} />
        <NumberInput label={t('training.editor.quiz.attempts')} value={m.maxAttempts} onChange={(v) => onChange({ maxAttempts: num(v, 3) })} min={1} max={10} w={150} disabled={disabled} />
        <NumberInput
          label={t('training.editor.quiz.draw')}
          description={t('training.editor.quiz.drawHint', { count: m.questions.length })}
          value={m.drawCount ?? ''}
          onChange={(v) => onChange({ drawCount: typeof v === 'number' ? v : null })}
          min={1}
          max={Math.max(1, m.questions.length)}
          w={220}
          disabled={disabled}
        />
      </Group>
      <UserTextarea label={t('training.editor.instructions')} value={m.content} onChange={(e) => onChange({ content: e.currentTarget.value })} autosize minRows={2} maxLength={4000} disabled={disabled} />
      <Title order={4} fz="md">
        {t('training.editor.quiz.bank', { count: m.questions.length })}
      </Title>
      {m.questions.map((q, qi) => {
        const label = t('training.editor.quiz.question', { number: qi + 1, module: number });
        return (
          <Card key={q.key} withBorder radius="sm" padding="sm" component="fieldset" aria-label={label}>
            <Stack gap="sm">
              <Group justify="space-between" wrap="nowrap" align="end">
                <UserTextInput label={label} value={q.prompt} onChange={(e) => setQuestion(qi, { prompt: e.currentTarget.value })} maxLength={500} required style={{ flex: 1 }} disabled={disabled} />
                <ActionIcon variant="subtle" color="red" size="lg" aria-label={t('training.editor.quiz.removeQuestion', { number: qi + 1 })} onClick={() => onChange({ questions: m.questions.filter((_, i) => i !== qi) })} disabled={disabled}>
                  <IconTrash size={18} aria-hidden="true" />
                </ActionIcon>
              </Group>
              <Switch
                label={t('training.editor.quiz.multiple')}
                checked={q.multiple}
                onChange={(e) => {
                  const multiple = e.currentTarget.checked;
                  // Single choice keeps only the first correct option.
                  const first = q.options.findIndex((o) => o.correct);
                  setQuestion(qi, { multiple, options: multiple ? q.options : q.options.map((o, i) => ({ ...o, correct: i === Math.max(first, 0) })) });
                }}
                disabled={disabled}
              />
              <Text size="sm" c="dimmed">
                {q.multiple ? t('training.editor.quiz.markAll') : t('training.editor.quiz.markOne')}
              </Text>
              {q.options.map((o, oi) => {
                const optionLabel = t('training.editor.quiz.option', { number: oi + 1, question: qi + 1 });
                const correctLabel = t('training.editor.quiz.correct', { number: oi + 1, question: qi + 1 });
                const setOption = (patch: Partial<typeof o>) => setQuestion(qi, { options: q.options.map((x, i) => (i === oi ? { ...x, ...patch } : x)) });
                return (
                  <Group key={o.key} gap="sm" wrap="nowrap" align="center">
                    {q.multiple ? (
                      <Checkbox aria-label={correctLabel} checked={o.correct} onChange={(e) => setOption({ correct: e.currentTarget.checked })} disabled={disabled} />
                    ) : (
                      <Radio
                        aria-label={correctLabel}
                        name={`${q.key}-correct`}
                        checked={o.correct}
                        onChange={() => setQuestion(qi, { options: q.options.map((x, i) => ({ ...x, correct: i === oi })) })}
                        disabled={disabled}
                      />
                    )}
                    <UserTextInput aria-label={optionLabel} placeholder={optionLabel} value={o.text} onChange={(e) => setOption({ text: e.currentTarget.value })} maxLength={LIMITS.title} style={{ flex: 1 }} disabled={disabled} />
                    <ActionIcon
                      variant="subtle"
                      color="gray"
                      aria-label={t('training.editor.quiz.removeOption', { number: oi + 1, question: qi + 1 })}
                      onClick={() => setQuestion(qi, { options: q.options.filter((_, i) => i !== oi) })}
                      disabled={disabled || q.options.length <= 2}
                    >
                      <IconTrash size={16} aria-hidden="true" />
                    </ActionIcon>
                  </Group>
                );
              })}
              {q.options.length < MAX_OPTIONS ? (
                <div>
                  <Button variant="subtle" size="compact-sm" leftSection={<IconPlus size={14} aria-hidden="true" />} onClick={() => setQuestion(qi, { options: [...q.options, emptyOption()] })} disabled={disabled}>
                    {t('training.editor.quiz.addOption', { question: qi + 1 })}
                  </Button>
                </div>
              ) : null}
            </Stack>
          </Card>
        );
      })}
      {m.questions.length < MAX_QUESTIONS ? (
        <div>
          <Button variant="light" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => onChange({ questions: [...m.questions, emptyQuestion()] })} disabled={disabled}>
            {t('training.editor.quiz.addQuestion')}
          </Button>
        </div>
      ) : null}
    </Stack>
  );
}
