import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, Text } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { AcknowledgeAnnouncementDocument } from '@pillars/web/feeds/data-access';
import type { PostCardFragment } from '@pillars/web/graphql';
import { IconChartBar, IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useAnnouncementReceipts } from './announcement-receipts';
import { announcementReachPath } from './feed-paths';
import { RelativeTime } from '@pillars/web/ui';

export interface AnnouncementActionsProps {
  post: PostCardFragment;
  /** The card's comments are open: the reader opened the announcement, so it counts as read. */
  commentsOpen?: boolean;
}

/**
 * Below an announcement's body: "Got it" for a must-read one (then when it was acknowledged), the
 * reach link for those who may track it (`audienceId` is only given to them), and the seen/read
 * receipts (see `useAnnouncementReceipts`; the empty marker is the card's end).
 */
export function AnnouncementActions({ post, commentsOpen = false }: AnnouncementActionsProps) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const endRef = useRef<HTMLSpanElement>(null);
  const { markRead } = useAnnouncementReceipts(post, endRef);
  const [acknowledge, { loading, error }] = useMutation(AcknowledgeAnnouncementDocument);
  useEffect(() => {
    if (commentsOpen) markRead();
  }, [commentsOpen]); // once per opening (markRead itself sends at most once)
  const info = post.announcement;
  if (!post.isAnnouncement || !info) return null;
  const receipt = info.myReceipt;
  const canTrack = info.audienceId != null;
  const showAck = info.mustRead && receipt != null;
  return (
    <>
      <span ref={endRef} aria-hidden="true" style={{ display: 'block', blockSize: 1 }} />
      {showAck || canTrack ? (
        <Group gap="sm" wrap="wrap" justify="space-between">
          {showAck ? (
            receipt.acknowledgedAt ? (
              <Text size="sm" c="teal" role="status">
                <IconCircleCheck size={16} aria-hidden="true" style={{ verticalAlign: 'middle', marginInlineEnd: 4 }} />
                {t('feeds.announce.acknowledgedAt')} <RelativeTime value={receipt.acknowledgedAt} />
              </Text>
            ) : (
              <Group gap="xs" wrap="wrap">
                <Button
                  size="sm"
                  leftSection={<IconCircleCheck size={16} aria-hidden="true" />}
                  loading={loading}
                  onClick={() => acknowledge({ variables: { id: post.id } }).catch(() => undefined)}
                >
                  {t('feeds.announce.gotIt')}
                </Button>
                {error ? (
                  <Text size="sm" c="red" role="alert">
                    {messages(error).join(' ')}
                  </Text>
                ) : null}
              </Group>
            )
          ) : (
            <span />
          )}
          {canTrack ? (
            <Anchor component={Link} to={announcementReachPath(post.id)} size="sm">
              <IconChartBar size={16} aria-hidden="true" style={{ verticalAlign: 'middle', marginInlineEnd: 4 }} />
              {t('feeds.announce.seeReach')}
            </Anchor>
          ) : null}
        </Group>
      ) : null}
    </>
  );
}
