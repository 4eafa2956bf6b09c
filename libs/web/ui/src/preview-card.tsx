import { Card, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export interface PreviewCardProps {
  /** The region's name, also shown as its small heading. */
  label: string;
  /** Nothing typed yet: `emptyText` instead of a render. */
  empty: boolean;
  emptyText: string;
  /** The render failed and there is no earlier one to keep showing. */
  failed: boolean;
  failedText: string;
  /** A render is on its way (the region is marked busy; the last render stays). */
  loading: boolean;
  /** The last render; nothing yet means "loading". */
  children?: ReactNode;
}

/** The frame of a live preview rendered by the server (posts, pages): one look and one set of states. */
export function PreviewCard({ label, empty, emptyText, failed, failedText, loading, children }: PreviewCardProps) {
  const { t } = useTranslation();
  const note = (text: string) => (
    <Text size="sm" c="dimmed">
      {text}
    </Text>
  );
  return (
    <Card withBorder radius="sm" padding="sm" component="section" aria-label={label} aria-busy={loading}>
      <Text size="xs" c="dimmed" mb={4} aria-hidden="true">
        {label}
      </Text>
      {empty ? note(emptyText) : failed ? note(failedText) : children ?? note(t('common.loading'))}
    </Card>
  );
}
