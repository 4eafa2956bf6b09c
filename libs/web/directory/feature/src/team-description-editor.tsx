import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { UserTextarea } from '@pillars/web/ui';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { LIMITS, TEAM_CONTACT_MAX, teamContactKind } from '@pillars/shared/validation';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { UpdateTeamDescriptionDocument } from '@pillars/web/directory/data-access';
import { IconPencil } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A lead's (or HR's, or an admin's) edit of the description and the contact, from the team page. */
export function TeamDescriptionEditor({ teamId, description, contact }: { teamId: string; description: string; contact: string }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const [opened, setOpened] = useState(false);
  const [value, setValue] = useState(description);
  const [channel, setChannel] = useState(contact);
  const [touched, setTouched] = useState(false);
  const contactInvalid = channel.trim() !== '' && teamContactKind(channel) === null;
  const [save, { loading }] = useMutation(UpdateTeamDescriptionDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (contactInvalid) return;
    try {
      await save({ variables: { input: { id: teamId, description: value, contact: channel.trim() } } });
      notifications.show({ color: 'green', message: t('directory.team.descriptionSaved') });
      setOpened(false);
    } catch (error) {
      notifications.show({ color: 'red', title: t('directory.team.descriptionFailed'), message: messages(error).join(' ') });
    }
  };

  return (
    <>
      <Button
        variant="default"
        leftSection={<IconPencil size={16} aria-hidden="true" />}
        onClick={() => {
          setValue(description);
          setChannel(contact);
          setTouched(false);
          setOpened(true);
        }}
      >
        {t('directory.team.editDescription')}
      </Button>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('directory.team.editDescription')} closeButtonProps={{ 'aria-label': t('common.cancel') }}>
        <form onSubmit={submit}>
          <Stack gap="md">
            <UserTextarea label={t('directory.team.descriptionLabel')} autosize minRows={3} maxLength={LIMITS.teamDescription} value={value} onChange={(e) => setValue(e.currentTarget.value)} data-autofocus />
            <TextInput
              label={t('directory.team.contactField')}
              description={t('directory.team.contactHint')}
              value={channel}
              onChange={(e) => setChannel(e.currentTarget.value)}
              onBlur={() => setTouched(true)}
              maxLength={TEAM_CONTACT_MAX}
              dir="ltr"
              error={touched && contactInvalid ? t('directory.team.contactInvalid') : undefined}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setOpened(false)}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('common.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
