import { Button, Group, Stack, Text } from '@mantine/core';
import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { AudiencePreviewMembersDocument } from '@pillars/web/audiences/data-access';
import type { AudienceRulesInput } from '@pillars/web/graphql';
import { UserAvatar } from '@pillars/web/ui';
import { useTranslation } from 'react-i18next';

const PAGE = 20;

/** Everyone the rules select, by name, a keyset page at a time ("and N more", opened). */
export function AudienceMemberList({ rules, id }: { rules: AudienceRulesInput; id: string }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const { data, error, fetchMore, networkStatus } = useQuery(AudiencePreviewMembersDocument, { variables: { rules, first: PAGE }, notifyOnNetworkStatusChange: true });
  const page = data?.audiencePreviewMembers;
  if (error && !page) {
    return (
      <Text size="sm" c="red" role="alert" id={id}>
        {t('audiences.members.failed')} {messages(error).join(' ')}
      </Text>
    );
  }
  if (!page) {
    return (
      <Text size="sm" c="dimmed" id={id}>
        {t('common.loading')}
      </Text>
    );
  }
  return (
    <Stack gap={6} id={id}>
      <Stack gap={4} component="ul" m={0} p={0} style={{ listStyle: 'none', maxHeight: 360, overflowY: 'auto' }} aria-label={t('audiences.members.label')} tabIndex={0}>
        {page.edges.map(({ node: m }) => (
          <Group key={m.userId} gap="xs" wrap="nowrap" component="li">
            <UserAvatar initials={m.initials} seed={m.userId} size="sm" />
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm" dir="auto" truncate="end">
                {m.name}
              </Text>
              {m.title ? (
                <Text size="xs" c="dimmed" dir="auto" truncate="end">
                  {m.title}
                </Text>
              ) : null}
            </Stack>
          </Group>
        ))}
      </Stack>
      {page.pageInfo.hasNextPage ? (
        <Button
          variant="default"
          size="xs"
          w="fit-content"
          loading={networkStatus === NetworkStatus.fetchMore}
          onClick={() => void fetchMore({ variables: { after: page.pageInfo.endCursor } })}
        >
          {t('audiences.members.more')}
        </Button>
      ) : null}
    </Stack>
  );
}
