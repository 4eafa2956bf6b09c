import { Alert, Button, Center, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconMoodEmpty } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export interface EmptyViewProps {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
  icon?: ReactNode;
}

export function EmptyView({ title, description, action, icon }: EmptyViewProps) {
  return (
    <Center py="xl">
      <Stack align="center" gap="xs" maw={420} ta="center">
        <ThemeIcon size={56} radius="xl" variant="light" color="gray" aria-hidden="true">
          {icon ?? <IconMoodEmpty size={30} />}
        </ThemeIcon>
        <Title order={2} fz="lg">
          {title}
        </Title>
        {description ? <Text c="dimmed">{description}</Text> : null}
        {action}
      </Stack>
    </Center>
  );
}

export interface ErrorViewProps {
  /** Omitted for a form's own errors, where the messages say it all. */
  title?: string;
  messages: string[];
  retryLabel?: string;
  onRetry?: () => void;
}

/** An error with its translated reasons and, when it makes sense, a retry. */
export function ErrorView({ title, messages, retryLabel, onRetry }: ErrorViewProps) {
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle aria-hidden="true" />} role="alert">
      <Stack gap="xs" align="flex-start">
        {messages.map((m) => (
          <Text key={m} size="sm">
            {m}
          </Text>
        ))}
        {onRetry && retryLabel ? (
          <Button size="xs" variant="light" color="red" onClick={onRetry}>
            {retryLabel}
          </Button>
        ) : null}
      </Stack>
    </Alert>
  );
}
