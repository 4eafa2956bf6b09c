import { Button } from '@mantine/core';
import { IconNews } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { teamFeedPath } from './feed-paths';

/** The way into a team's feed, for the directory's team page. */
export function TeamFeedLink({ teamId }: { teamId: string }) {
  const { t } = useTranslation();
  return (
    <Button component={Link} to={teamFeedPath(teamId)} variant="light" leftSection={<IconNews size={16} aria-hidden="true" />}>
      {t('feeds.team.openFeed')}
    </Button>
  );
}
