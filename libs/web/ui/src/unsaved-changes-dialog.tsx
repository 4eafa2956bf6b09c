import { Button, Group, Modal, Stack, Text } from '@mantine/core';

export interface UnsavedChangesDialogProps {
  opened: boolean;
  onStay: () => void;
  onLeave: () => void;
  labels: { title: string; body: string; stay: string; leave: string };
}

/** "Leave without saving?": staying is the default (focused first, Escape and the close button stay). */
export function UnsavedChangesDialog({ opened, onStay, onLeave, labels }: UnsavedChangesDialogProps) {
  return (
    <Modal opened={opened} onClose={onStay} title={labels.title} centered>
      <Stack gap="md">
        <Text size="sm">{labels.body}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onStay} data-autofocus>
            {labels.stay}
          </Button>
          <Button color="red" onClick={onLeave}>
            {labels.leave}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
