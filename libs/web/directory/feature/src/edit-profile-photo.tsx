import { Button, Card, FileButton, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { type UploadedFile, uploadFile, useErrorMessages } from '@pillars/web/core/data-access';
import { RemoveMyPhotoDocument, SetMyPhotoDocument } from '@pillars/web/directory/data-access';
import { ErrorView, PhotoCropper, type SquareCrop, UserAvatar } from '@pillars/web/ui';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Person {
  id: string;
  initials: string;
  photoUrl?: string | null;
}

/** Upload, crop to a square, save; or remove (initials again). The server re-encodes and strips metadata. */
export function EditProfilePhoto({ user }: { user: Person }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const [uploaded, setUploaded] = useState<UploadedFile | null>(null);
  const [uploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const crop = useRef<SquareCrop | null>(null);
  const [setPhoto, saving] = useMutation(SetMyPhotoDocument);
  const [removePhoto, removing] = useMutation(RemoveMyPhotoDocument);

  const choose = async (file: File | null) => {
    if (!file) return;
    setFailure(null);
    setUploading(true);
    try {
      setUploaded(await uploadFile(file, file.name));
    } catch (e) {
      setFailure(e);
    } finally {
      setUploading(false);
    }
  };
  const save = async () => {
    if (!uploaded) return;
    setFailure(null);
    try {
      await setPhoto({ variables: { input: { fileId: uploaded.id, crop: crop.current } } });
      setUploaded(null);
      notifications.show({ color: 'green', message: t('directory.editProfile.photoSaved') });
    } catch (e) {
      setFailure(e);
    }
  };
  const remove = async () => {
    setFailure(null);
    try {
      await removePhoto();
      notifications.show({ color: 'green', message: t('directory.editProfile.photoRemoved') });
    } catch (e) {
      setFailure(e);
    }
  };

  return (
    <Card withBorder radius="md" component="section" aria-labelledby="photo-heading">
      <Title order={2} fz="h4" id="photo-heading" mb="sm">
        {t('directory.editProfile.photo')}
      </Title>
      <Stack gap="md">
        {failure ? <ErrorView messages={messages(failure)} /> : null}
        {uploaded && uploaded.width && uploaded.height ? (
          <>
            <PhotoCropper
              src={uploaded.url}
              width={uploaded.width}
              height={uploaded.height}
              onChange={(c) => {
                crop.current = c;
              }}
              labels={{ frame: t('directory.editProfile.cropFrame'), instructions: t('directory.editProfile.cropInstructions'), zoom: t('directory.editProfile.zoom') }}
            />
            <Group gap="sm">
              <Button onClick={() => void save()} loading={saving.loading}>
                {t('directory.editProfile.usePhoto')}
              </Button>
              <Button variant="default" onClick={() => setUploaded(null)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </>
        ) : (
          <Group gap="md" align="center">
            <UserAvatar initials={user.initials} seed={user.id} src={user.photoUrl} size={96} />
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {user.photoUrl ? t('directory.editProfile.photoHint') : t('directory.editProfile.noPhoto')}
              </Text>
              <Group gap="sm">
                <FileButton onChange={(f) => void choose(f)} accept="image/jpeg,image/png,image/gif,image/webp">
                  {(props) => (
                    <Button {...props} variant="light" loading={uploading} leftSection={<IconPhotoUp size={16} aria-hidden="true" />}>
                      {user.photoUrl ? t('directory.editProfile.changePhoto') : t('directory.editProfile.uploadPhoto')}
                    </Button>
                  )}
                </FileButton>
                {user.photoUrl ? (
                  <Button variant="subtle" color="red" c="var(--mantine-color-error)" onClick={() => void remove()} loading={removing.loading} leftSection={<IconTrash size={16} aria-hidden="true" />}>
                    {t('directory.editProfile.removePhoto')}
                  </Button>
                ) : null}
              </Group>
            </Stack>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
