import { Button, Group, Stack } from '@mantine/core';
import { ErrorView, UserTextarea, UserTextInput } from '@pillars/web/ui';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { LIMITS } from '@pillars/shared/validation';
import { hasErrorCode, useErrorMessages } from '@pillars/web/core/data-access';
import { UpdateTeamDocument } from '@pillars/web/directory/data-access';
import { TeamSelect } from '@pillars/web/directory/feature';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedChangesGuard } from './unsaved-changes-guard';

export interface EditableTeam {
  id: string;
  name: string;
  description: string;
  parentId: string | null;
}

/** Rename/describe, and move under another parent (or to the top level). */
export function TeamDetailsForm({ team }: { team: EditableTeam }) {
  const { t } = useTranslation();
  const { messages, fieldMessage } = useErrorMessages();
  const [name, setName] = useState(team.name);
  const [description, setDescription] = useState(team.description);
  const [parentId, setParentId] = useState<string | null>(team.parentId);
  const [update, { loading, error, reset }] = useMutation(UpdateTeamDocument, { refetchQueries: ['TeamOptions', 'TeamChildren', 'TeamPage'] });
  const moved = parentId !== team.parentId;
  // What the server answered for: an error on a field goes once that field is edited.
  const [sent, setSent] = useState<{ name: string; parentId: string | null } | null>(null);
  const { dialog } = useUnsavedChangesGuard(moved || name !== team.name || description !== team.description);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    reset();
    if (!name.trim()) return;
    setSent({ name, parentId });
    try {
      await update({
        variables: {
          input: { id: team.id, name: name.trim(), description: description.trim(), ...(moved ? { parentId } : {}) },
        },
      });
      notifications.show({ color: 'green', message: moved ? t('admin.teams.moved') : t('admin.teams.saved') });
    } catch {
      // Rendered below.
    }
  };

  const cycle = hasErrorCode(error, 'DIRECTORY_TEAM_CYCLE') && sent?.parentId === parentId;
  const nameError = sent?.name === name ? fieldMessage(error, 'name') : undefined;
  const general = error && !hasErrorCode(error, 'DIRECTORY_TEAM_CYCLE') && !fieldMessage(error, 'name') ? messages(error) : [];
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {general.length > 0 ? <ErrorView messages={general} /> : null}
        <UserTextInput
          label={t('admin.teams.name')}
          required
          maxLength={LIMITS.title}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={!name.trim() ? t('validation.required') : nameError}
        />
        <UserTextarea
          label={t('admin.teams.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          autosize
          minRows={2}
          maxLength={LIMITS.teamDescription}
        />
        <TeamSelect
          label={t('admin.teams.parent')}
          description={t('admin.teams.parentHint')}
          placeholder={t('admin.teams.topLevel')}
          value={parentId}
          onChange={setParentId}
          excludeIds={[team.id]}
          error={cycle ? t('errors.DIRECTORY_TEAM_CYCLE') : undefined}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={loading}>
            {moved ? t('admin.teams.saveAndMove') : t('common.save')}
          </Button>
        </Group>
      </Stack>
      {dialog}
    </form>
  );
}
