import { Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useErrorMessages } from '@pillars/web/core/data-access';
import type { ReactNode } from 'react';

export interface AdminCardProps {
  /** The heading's id; the section is labelled by it. */
  headingId: string;
  title: string;
  help: string;
  /** Shown at the end of the heading row (a status badge). */
  aside?: ReactNode;
  children: ReactNode;
}

/** The frame of the cards on a person's admin page: a labelled section, heading, help text. */
export function AdminCard({ headingId, title, help, aside, children }: AdminCardProps) {
  return (
    <Card withBorder radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Title order={2} fz="h4" id={headingId}>
            {title}
          </Title>
          {aside}
        </Group>
        <Text size="sm" c="dimmed">
          {help}
        </Text>
        {children}
      </Stack>
    </Card>
  );
}

/** Runs one card action and says how it went: `done` in green, or the translated error under `failedTitle`. */
export function useCardAction() {
  const { messages } = useErrorMessages();
  return async (action: () => Promise<unknown>, done: string, failedTitle: string): Promise<void> => {
    try {
      await action();
      notifications.show({ color: 'green', message: done });
    } catch (error) {
      notifications.show({ color: 'red', title: failedTitle, message: messages(error).join(' ') });
    }
  };
}
