import { Anchor, Badge, Group, Image } from '@mantine/core';
import type { PostCardFragment } from '@pillars/web/graphql';
import { IconFileTypePdf, IconSpeakerphone } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * Where announcements plug into a post card: the badges in the header ("Announcement", "Must
 * read") and, below the body, the must-read "Got it" action and receipts.
 */
export function AnnouncementBadge({ post }: { post: PostCardFragment }) {
  const { t } = useTranslation();
  if (!post.isAnnouncement) return null;
  return (
    <>
      <Badge variant="light" color="grape" leftSection={<IconSpeakerphone size={12} aria-hidden="true" />}>
        {t('feeds.post.announcement')}
      </Badge>
      {post.announcement?.mustRead ? (
        <Badge variant="filled" color="red.9">
          {t('feeds.announce.mustRead')}
        </Badge>
      ) : null}
    </>
  );
}

/** Below the body: "Got it", the reach link and the seen/read receipts (announcement-actions.tsx). */
export { AnnouncementActions } from './announcement-actions';

/** Below the body: image thumbnails and PDF links (uploading from the composer comes later). */
export function PostAttachments({ post }: { post: PostCardFragment }) {
  const { t, i18n } = useTranslation();
  if (post.attachments.length === 0) return null;
  const size = new Intl.NumberFormat(i18n.language, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  return (
    <Group component="ul" gap="sm" aria-label={t('feeds.post.attachments')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {post.attachments.map((file) => (
        <li key={file.id}>
          {file.thumbnailUrl ? (
            <Anchor href={file.url} target="_blank" rel="noopener">
              <Image src={file.thumbnailUrl} alt={file.name} radius="sm" h={120} w="auto" fit="contain" />
            </Anchor>
          ) : (
            <Anchor href={file.url} target="_blank" rel="noopener" size="sm" dir="auto">
              <IconFileTypePdf size={16} aria-hidden="true" style={{ verticalAlign: 'middle', marginInlineEnd: 4 }} />
              {file.name} ({size.format(Math.max(1, Math.round(file.bytes / 1024)))})
            </Anchor>
          )}
        </li>
      ))}
    </Group>
  );
}
