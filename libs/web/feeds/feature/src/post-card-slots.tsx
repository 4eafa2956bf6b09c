import { Badge } from '@mantine/core';
import type { PostCardFragment } from '@pillars/web/graphql';
import { IconSpeakerphone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * Where announcements plug into a post card: the badge in the header and, below the body, the
 * must-read "Got it" action and receipts (h/announce adds `announcement` to Post).
 */
export function AnnouncementBadge({ post }: { post: PostCardFragment }) {
  const { t } = useTranslation();
  if (!post.isAnnouncement) return null;
  return (
    <Badge variant="light" color="grape" leftSection={<IconSpeakerphone size={12} aria-hidden="true" />}>
      {t('feeds.post.announcement')}
    </Badge>
  );
}

/** Below the body: the announcement's acknowledgement ("Got it") once the API exposes it. */
export const AnnouncementActions: (props: { post: PostCardFragment }) => null = () => null;

/** Below the body: images and PDFs once posts carry `attachments` (h/notify). */
export const PostAttachments: (props: { post: PostCardFragment }) => null = () => null;
