import { useApolloClient } from '@apollo/client/react';
import { Button, Group, Text } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { UserReportsPageDocument } from '@pillars/web/directory/data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Direct reports per page on the profile and the org chart ("show more" brings the next one). */
export const REPORTS_PAGE = 50;

/**
 * "Show more" under a manager's direct reports: the next keyset page lands in `User.reports`
 * (the type policy appends it), so the page that lists them re-renders with it.
 */
export function MoreReports({ userId, shown, total, pageInfo }: { userId: string; shown: number; total: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null } }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const client = useApolloClient();
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (!pageInfo.hasNextPage) return null;
  const more = () => {
    setLoading(true);
    setError(null);
    client
      .query({ query: UserReportsPageDocument, variables: { id: userId, first: REPORTS_PAGE, after: pageInfo.endCursor ?? null }, fetchPolicy: 'network-only' })
      .catch((e: unknown) => setError(e))
      .finally(() => setLoading(false));
  };
  return (
    <Group gap="sm" mt="sm" wrap="wrap">
      <Button size="xs" variant="light" loading={loading} onClick={more}>
        {t('directory.profile.moreReports')}
      </Button>
      <Text size="xs" c="dimmed" aria-live="polite">
        {t('directory.profile.reportsShown', { shown, total })}
      </Text>
      {error ? (
        <Text size="xs" c="red.8" role="alert">
          {messages(error).join(' ')}
        </Text>
      ) : null}
    </Group>
  );
}
