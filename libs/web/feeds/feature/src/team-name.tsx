import { Anchor } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { TeamOptionDocument } from '@pillars/web/directory/data-access';
import { Link } from 'react-router-dom';
import { teamFeedPath } from './feed-paths';

/** A team's name (from the directory, cached per team) linking to its feed. */
export function TeamFeedName({ teamId }: { teamId: string }) {
  const { data } = useQuery(TeamOptionDocument, { variables: { id: teamId }, fetchPolicy: 'cache-first' });
  const name = data?.team?.name;
  if (!name) return null;
  return (
    <Anchor component={Link} to={teamFeedPath(teamId)} size="sm" dir="auto">
      {name}
    </Anchor>
  );
}

/** The plain name, for headings. */
export function useTeamName(teamId: string | null | undefined): string | undefined {
  const { data } = useQuery(TeamOptionDocument, { variables: { id: teamId ?? '' }, skip: !teamId, fetchPolicy: 'cache-first' });
  return data?.team?.name;
}
