import { Button, type ButtonProps, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';

export interface ConfirmButtonProps extends ButtonProps {
  label: ReactNode;
  title: string;
  body: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => Promise<unknown>;
  loading?: boolean;
}

/** A button that asks before doing something hard to undo. */
export function ConfirmButton({ label, title, body, confirmLabel, cancelLabel, onConfirm, loading, color, ...props }: ConfirmButtonProps) {
  const [opened, modal] = useDisclosure(false);
  return (
    <>
      <Button color={color} {...props} onClick={modal.open}>
        {label}
      </Button>
      <Modal opened={opened} onClose={modal.close} title={title} centered>
        <Stack gap="md">
          <Text size="sm" component="div">
            {body}
          </Text>
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={modal.close}>
              {cancelLabel}
            </Button>
            <Button
              color={color}
              loading={loading}
              onClick={() => {
                onConfirm().then(modal.close, modal.close);
              }}
            >
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
