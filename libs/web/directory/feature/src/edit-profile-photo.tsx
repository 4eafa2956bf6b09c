import { Button, Card, FileButton, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { hasErrorCode, type UploadedFile, uploadFile, useErrorMessages } from '@pillars/web/core/data-access';
import { RemoveMyPhotoDocument, SetMyPhotoDocument } from '@pillars/web/directory/data-access';
import { ErrorView, PhotoCropper, type SquareCrop, UserAvatar } from '@pillars/web/ui';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Person {
  id: string;
  initials: string;
  photoUrl?: string | null;
}

export interface EditProfilePhotoProps {
  user: Person;
  /** Whether an uploaded photo waits to be saved or cancelled (the page asks before leaving it). */
  onPendingChange?: (pending: boolean) => void;
}

/** The image types the API takes as a photo (it checks the bytes, this only filters the file dialog). */
const IMAGE_TYPES = 'image/jpeg,image/png,image/gif,image/webp';

/** Upload, crop to a square, save; or remove (initials again). The server re-encodes and strips metadata. */
export function EditProfilePhoto({ user, onPendingChange }: EditProfilePhotoProps) {
  const { t } = useTranslation();
  const { messages, fieldMessage } = useErrorMessages();
  const [uploaded, setUploaded] = useState<UploadedFile | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string[]>([]);
  const crop = useRef<SquareCrop | null>(null);
  const [setPhoto, saving] = useMutation(SetMyPhotoDocument);
  const [removePhoto, removing] = useMutation(RemoveMyPhotoDocument);
  // Where focus goes once the cropper closes or the photo is removed (the focused button is gone), so a keyboard user does not land on <body>.
  const chooseButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);

  useEffect(() => onPendingChange?.(uploaded !== null), [uploaded, onPendingChange]);
  useEffect(() => {
    if (!refocus.current || uploaded) return;
    refocus.current = false;
    chooseButton.current?.focus();
  }, [uploaded, user.photoUrl]);

  /** Translated reasons: a crop refused by its rule says so on its own, the rest by code. */
  const reasons = (error: unknown) => {
    const onCrop = hasErrorCode(error, 'BAD_USER_INPUT') ? fieldMessage(error, 'crop') ?? fieldMessage(error, 'fileId') : undefined;
    return onCrop ? [onCrop] : messages(error);
  };

  const choose = async (file: File | null) => {
    if (!file) return;
    setFailure([]);
    setProgress(0);
    try {
      const stored = await uploadFile(file, file.name, { onProgress: (sent, total) => setProgress(total ? sent / total : 0) });
      // The API reads the size of the images it recognises; anything else cannot be a photo.
      if (!stored.width || !stored.height) setFailure([t('errors.FILES_NOT_AN_IMAGE')]);
      else {
        crop.current = null;
        setUploaded(stored);
      }
    } catch (e) {
      setFailure(reasons(e));
    } finally {
      setProgress(null);
    }
  };
  const close = () => {
    refocus.current = true;
    setUploaded(null);
  };
  const save = async () => {
    if (!uploaded) return;
    setFailure([]);
    try {
      await setPhoto({ variables: { input: { fileId: uploaded.id, crop: crop.current } } });
      close();
      notifications.show({ color: 'green', message: t('directory.editProfile.photoSaved') });
    } catch (e) {
      setFailure(reasons(e));
    }
  };
  const remove = async () => {
    setFailure([]);
    try {
      refocus.current = true;
      await removePhoto();
      notifications.show({ color: 'green', message: t('directory.editProfile.photoRemoved') });
    } catch (e) {
      refocus.current = false;
      setFailure(reasons(e));
    }
  };

  return (
    <Card withBorder radius="md" component="section" aria-labelledby="photo-heading">
      <Title order={2} fz="h4" id="photo-heading" mb="sm">
        {t('directory.editProfile.photo')}
      </Title>
      <Stack gap="md">
        {failure.length > 0 ? <ErrorView messages={failure} /> : null}
        {uploaded?.width && uploaded.height ? (
          <>
            <PhotoCropper
              autoFocus
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
              <Button variant="default" onClick={close} disabled={saving.loading}>
                {t('common.cancel')}
              </Button>
            </Group>
          </>
        ) : (
          <Group gap="md" align="center" wrap="wrap">
            <UserAvatar initials={user.initials} seed={user.id} src={user.photoUrl} size={96} />
            <Stack gap="xs" style={{ flex: '1 1 180px', minWidth: 0 }}>
              <Text size="sm" c="dimmed">
                {user.photoUrl ? t('directory.editProfile.photoHint') : t('directory.editProfile.noPhoto')}
              </Text>
              <Text size="xs" c="dimmed">
                {t('directory.editProfile.photoPrivacy')}
              </Text>
              <Group gap="sm">
                <FileButton onChange={(f) => void choose(f)} accept={IMAGE_TYPES}>
                  {(props) => (
                    <Button {...props} ref={chooseButton} variant="light" loading={progress !== null} leftSection={<IconPhotoUp size={16} aria-hidden="true" />}>
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
              {progress !== null ? <Progress value={progress * 100} size="sm" aria-label={t('directory.editProfile.uploading')} /> : null}
            </Stack>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
