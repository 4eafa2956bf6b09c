import { useQuery } from '@apollo/client/react';
import { Button, Card, Modal, Stack, Text } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { PostVersionsDocument } from '@pillars/web/feeds/data-access';
import type { PostCardFragment } from '@pillars/web/graphql';
import { useTranslation } from 'react-i18next';
import { PostBody } from './post-body';

/** The post's history: the current body, then every earlier one, newest first. */
export function PostVersionsModal({ post, opened, onClose }: { post: PostCardFragment; opened: boolean; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('feeds.versions.title')} size="lg">
      {opened ? <VersionList post={post} format={new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' })} /> : null}
    </Modal>
  );
}

function VersionList({ post, format }: { post: PostCardFragment; format: Intl.DateTimeFormat }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const { data, error, refetch } = useQuery(PostVersionsDocument, { variables: { id: post.id }, fetchPolicy: 'network-only' });
  if (error) {
    return (
      <Stack gap="xs" role="alert">
        <Text size="sm">{messages(error).join(' ')}</Text>
        <Button size="xs" variant="light" w="fit-content" onClick={() => void refetch()}>
          {t('common.retry')}
        </Button>
      </Stack>
    );
  }
  if (!data) return <Text size="sm">{t('common.loading')}</Text>;
  return (
    <Stack component="ol" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      <li>
        <Card withBorder padding="sm">
          <Text size="xs" c="dimmed" mb={4}>
            {t('feeds.versions.current', { version: post.version })}
            {post.editedAt ? ` · ${format.format(new Date(post.editedAt))}` : ''}
          </Text>
          <PostBody html={post.bodyHtml} language={post.language} />
        </Card>
      </li>
      {data.post.earlierVersions.map((v) => (
        <li key={v.version}>
          <Card withBorder padding="sm" bg="var(--mantine-color-default-hover)">
            <Text size="xs" c="dimmed" mb={4}>
              {t('feeds.versions.version', { version: v.version })} · {format.format(new Date(v.createdAt))}
            </Text>
            <PostBody html={v.bodyHtml} language={post.language} />
          </Card>
        </li>
      ))}
    </Stack>
  );
}
