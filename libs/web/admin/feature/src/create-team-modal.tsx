import { Button, Group, Modal, Stack } from '@mantine/core';
import { ErrorView, UserTextarea, UserTextInput } from '@pillars/web/ui';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { LIMITS } from '@pillars/shared/validation';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { CreateTeamDocument } from '@pillars/web/directory/data-access';
import { TeamSelect } from '@pillars/web/directory/feature';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface CreateTeamModalProps {
  opened: boolean;
  onClose: () => void;
  parentId: string | null;
  onCreated: (id: string) => void;
}

export function CreateTeamModal({ opened, onClose, parentId: initialParent, onCreated }: CreateTeamModalProps) {
  const { t } = useTranslation();
  const { messages, fieldMessage } = useErrorMessages();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [parentId, setParentId] = useState<string | null>(initialParent);
  const [submitted, setSubmitted] = useState(false);
  const [create, { loading, error, reset }] = useMutation(CreateTeamDocument, { refetchQueries: ['TeamOptions', 'TeamChildren'] });

  const close = () => {
    setName('');
    setDescription('');
    setSubmitted(false);
    reset();
    onClose();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!name.trim()) return;
    try {
      const { data } = await create({ variables: { input: { name: name.trim(), description: description.trim() || undefined, parentId } } });
      notifications.show({ color: 'green', message: t('admin.teams.created') });
      if (data) onCreated(data.createTeam.team.id);
      close();
    } catch {
      // Shown below from the mutation's error state.
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={t('admin.teams.createTitle')} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error && !fieldMessage(error, 'name') ? <ErrorView messages={messages(error)} /> : null}
          <UserTextInput
            label={t('admin.teams.name')}
            required
            data-autofocus
            maxLength={LIMITS.title}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={submitted && !name.trim() ? t('validation.required') : fieldMessage(error, 'name')}
          />
          <UserTextarea label={t('admin.teams.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} maxLength={LIMITS.teamDescription} />
          <TeamSelect label={t('admin.teams.parent')} placeholder={t('admin.teams.topLevel')} value={parentId} onChange={setParentId} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={loading}>
              {t('admin.teams.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
