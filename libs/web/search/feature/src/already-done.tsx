import { useQuery } from '@apollo/client/react';
import { Anchor, Paper, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { SearchKind } from '@pillars/web/graphql';
import { hasSearchTerms, SimilarDocument } from '@pillars/web/search/data-access';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { RelativeTime } from '@pillars/web/ui';

/** Under this many characters a title says too little to compare. */
const MIN_TEXT = 4;

/**
 * "Already done?": while someone types a title or a first line, the few most similar pages and
 * posts they may read ("Title — Author, Team, 3 months ago"), so work is found before it is
 * repeated. Renders nothing until there is something similar.
 */
export function AlreadyDone({ text, kinds, first = 3 }: { text: string; kinds?: SearchKind[]; first?: number }) {
  const { t } = useTranslation();
  const [debounced] = useDebouncedValue(text.split('\n')[0].trim().slice(0, 200), 250);
  const skip = debounced.length < MIN_TEXT || !hasSearchTerms(debounced);
  const { data } = useQuery(SimilarDocument, { variables: { text: debounced, kinds: kinds ?? null, first }, skip, fetchPolicy: 'cache-first' });
  const hits = skip ? [] : (data?.similar ?? []);
  if (hits.length === 0) return null;
  return (
    <Paper withBorder p="sm" radius="md" role="region" aria-label={t('search.alreadyDone.region')}>
      <Text size="sm" fw={600} mb={4}>
        {t('search.alreadyDone.title')}
      </Text>
      <Stack component="ul" gap={4} style={{ listStyle: 'none', paddingInlineStart: 0, margin: 0 }}>
        {hits.map((hit) => {
          const team = hit.author?.teams[0]?.team.name;
          return (
            <Text component="li" size="sm" key={`${hit.kind}:${hit.id}`}>
              <Anchor component={Link} to={hit.url} dir="auto">
                {hit.title}
              </Anchor>
              {hit.author ? (
                <Text span c="dimmed">
                  {' — '}
                  <bdi>{hit.author.name}</bdi>
                  {team ? (
                    <>
                      , <bdi>{team}</bdi>
                    </>
                  ) : null}
                  , <RelativeTime detail="date" value={hit.updatedAt} />
                </Text>
              ) : null}
            </Text>
          );
        })}
      </Stack>
    </Paper>
  );
}
