import { ActionIcon, Button, Card, Group, NumberInput, Stack, TextInput, Title } from '@mantine/core';
import { UserTextInput } from '@pillars/web/ui';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { emptySession, type ModuleDraft, type SessionDraft } from './course-draft';

const MAX_SESSIONS = 50;
const focusSoon = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/** ATTENDANCE: the module's live sessions (start, optional end, place or link, seats); at least one. */
export function CourseSessionsEditor({ module: m, number, onChange, disabled }: { module: ModuleDraft; number: number; onChange: (patch: Partial<ModuleDraft>) => void; disabled?: boolean }) {
  const { t } = useTranslation();
  const set = (i: number, patch: Partial<SessionDraft>) => onChange({ sessions: m.sessions.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const add = () => {
    const s = emptySession();
    onChange({ sessions: [...m.sessions, s] });
    focusSoon(`${s.key}-start`);
  };
  return (
    <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Title order={4} fz="sm" component="legend">
        {t('training.editor.sessions', { number })}
      </Title>
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {m.sessions.map((s, i) => {
          const values = { number, session: i + 1 };
          return (
            <Card key={s.key} component="li" withBorder radius="sm" padding="sm" aria-label={t('training.editor.sessionLabel', values)}>
              <Group align="flex-end" gap="sm" wrap="wrap">
                <TextInput
                  id={`${s.key}-start`}
                  type="datetime-local"
                  label={t('training.editor.sessionStart', values)}
                  value={s.startsAt}
                  onChange={(e) => set(i, { startsAt: e.currentTarget.value })}
                  required
                  disabled={disabled}
                  style={{ flex: '1 1 12rem' }}
                />
                <TextInput
                  type="datetime-local"
                  label={t('training.editor.sessionEnd', values)}
                  description={t('training.editor.optional')}
                  value={s.endsAt}
                  min={s.startsAt || undefined}
                  onChange={(e) => set(i, { endsAt: e.currentTarget.value })}
                  disabled={disabled}
                  style={{ flex: '1 1 12rem' }}
                />
                <UserTextInput
                  label={t('training.editor.sessionPlace', values)}
                  description={t('training.editor.sessionPlaceHint')}
                  value={s.place}
                  onChange={(e) => set(i, { place: e.currentTarget.value })}
                  maxLength={2000}
                  required
                  disabled={disabled}
                  style={{ flex: '2 1 16rem' }}
                />
                <NumberInput
                  label={t('training.editor.sessionCapacity', values)}
                  value={s.capacity}
                  onChange={(v) => set(i, { capacity: typeof v === 'number' ? v : Number.NaN })}
                  min={1}
                  max={10000}
                  allowDecimal={false}
                  required
                  disabled={disabled}
                  style={{ flex: '0 1 8rem' }}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  aria-label={t('training.editor.removeSession', values)}
                  onClick={() => {
                    onChange({ sessions: m.sessions.filter((_, j) => j !== i) });
                    const next = m.sessions[i + 1] ?? m.sessions[i - 1];
                    focusSoon(next ? `${next.key}-start` : `${m.key}-add-session`);
                  }}
                  disabled={disabled}
                >
                  <IconTrash size={18} aria-hidden="true" />
                </ActionIcon>
              </Group>
            </Card>
          );
        })}
      </Stack>
      {m.sessions.length < MAX_SESSIONS ? (
        <Button id={`${m.key}-add-session`} variant="subtle" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={add} disabled={disabled} w="fit-content">
          {t('training.editor.addSession')}
        </Button>
      ) : null}
    </Stack>
  );
}
