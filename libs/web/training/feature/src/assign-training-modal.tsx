import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, NumberInput, Radio, Stack, TextInput, Title } from '@mantine/core';
import { AudiencePicker, EMPTY_AUDIENCE, savableRules } from '@pillars/web/audiences/picker';
import { useErrorMessages } from '@pillars/web/core/data-access';
import type { AssignTrainingInput, AudienceRulesInput, TrainingDueKind, TrainingRecurrenceKind } from '@pillars/web/graphql';
import { AssignTrainingDocument, TRAINING_QUERIES } from '@pillars/web/training/data-access';
import { FormProblems } from '@pillars/web/ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

const DUE_KINDS: TrainingDueKind[] = ['AFTER_ASSIGNMENT', 'AFTER_JOINING', 'FIXED_DATE'];
const RECURRENCES: TrainingRecurrenceKind[] = ['NONE', 'EVERY_MONTHS', 'ON_EXPIRY'];

export interface AssignTrainingModalProps {
  courseId: string;
  courseTitle: string;
  /** A course without validity cannot recur "on expiry". */
  validityMonths: number | null;
  opened: boolean;
  onClose: () => void;
  /** After a successful assignment, with how many people it enrolled. */
  onAssigned: (enrolled: number) => void;
}

/** Assigns a published course to an audience (the shared picker), with a due rule and an optional recurrence. */
export function AssignTrainingModal({ courseId, courseTitle, validityMonths, opened, onClose, onAssigned }: AssignTrainingModalProps) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const [rules, setRules] = useState<AudienceRulesInput>(EMPTY_AUDIENCE);
  const [dueKind, setDueKind] = useState<TrainingDueKind>('AFTER_ASSIGNMENT');
  const [dueDays, setDueDays] = useState(14);
  const [dueDate, setDueDate] = useState('');
  const [recurrence, setRecurrence] = useState<TrainingRecurrenceKind>('NONE');
  const [months, setMonths] = useState(12);
  const [problem, setProblem] = useState<string | null>(null);
  const [assign, { loading, error, reset }] = useMutation(AssignTrainingDocument, { refetchQueries: TRAINING_QUERIES });
  const today = new Date().toISOString().slice(0, 10);

  const submit = () => {
    if (loading) return;
    const audience = savableRules(rules);
    if (!audience) return setProblem(t('training.assign.audienceRequired'));
    if (dueKind === 'FIXED_DATE' && (!dueDate || dueDate <= today)) return setProblem(t('training.assign.dateRequired'));
    const input: AssignTrainingInput = {
      courseId, rules: audience, dueKind, recurrence,
      ...(dueKind === 'FIXED_DATE' ? { dueDate: new Date(`${dueDate}T23:59:00`).toISOString() } : { dueDays }),
      ...(recurrence === 'EVERY_MONTHS' ? { recurrenceMonths: months } : {}),
    };
    assign({ variables: { input } })
      .then((res) => {
        if (!res.data) return;
        setRules(EMPTY_AUDIENCE);
        onAssigned(res.data.assignTraining.enrolled);
      })
      .catch(() => undefined);
  };
  const changed = () => {
    setProblem(null);
    if (error) reset();
  };

  return (
    <Modal opened={opened} onClose={onClose} size="xl" title={t('training.assign.title')} styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="lg">
          <Title order={3} fz="md" dir="auto">
            {courseTitle}
          </Title>
          <AudiencePicker
            value={rules}
            onChange={(next) => {
              setRules(next);
              changed();
            }}
            disabled={loading}
          />
          <Radio.Group
            label={t('training.assign.due')}
            value={dueKind}
            onChange={(v) => {
              setDueKind(DUE_KINDS.find((k) => k === v) ?? 'AFTER_ASSIGNMENT');
              changed();
            }}
          >
            <Stack gap={6} mt={6}>
              {DUE_KINDS.map((k) => (
                <Radio key={k} value={k} label={t(`training.assign.dueKind.${k}`)} disabled={loading} />
              ))}
            </Stack>
          </Radio.Group>
          {dueKind === 'FIXED_DATE' ? (
            <TextInput type="date" label={t('training.assign.dueDate')} value={dueDate} min={today} onChange={(e) => setDueDate(e.currentTarget.value)} w={220} required disabled={loading} />
          ) : (
            <NumberInput label={t('training.assign.dueDays')} value={dueDays} onChange={(v) => setDueDays(typeof v === 'number' ? v : 14)} min={1} max={730} w={220} disabled={loading} />
          )}
          <Radio.Group
            label={t('training.assign.recurrence')}
            value={recurrence}
            onChange={(v) => {
              setRecurrence(RECURRENCES.find((k) => k === v) ?? 'NONE');
              changed();
            }}
          >
            <Stack gap={6} mt={6}>
              {RECURRENCES.map((k) => (
                <Radio
                  key={k}
                  value={k}
                  label={t(`training.assign.recurrenceKind.${k}`)}
                  description={k === 'ON_EXPIRY' && !validityMonths ? t('training.assign.noValidity') : undefined}
                  disabled={loading || (k === 'ON_EXPIRY' && !validityMonths)}
                />
              ))}
            </Stack>
          </Radio.Group>
          {recurrence === 'EVERY_MONTHS' ? (
            <NumberInput label={t('training.assign.months')} value={months} onChange={(v) => setMonths(typeof v === 'number' ? v : 12)} min={1} max={120} w={220} disabled={loading} />
          ) : null}
          <FormProblems problems={[problem, error ? messages(error).join(' ') : null]} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={loading}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('training.assign.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
