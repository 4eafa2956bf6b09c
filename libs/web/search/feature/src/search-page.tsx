import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Loader, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { LIMITS } from '@pillars/shared/validation';
import { useErrorMessages } from '@pillars/web/core/data-access';
import type { SearchKind } from '@pillars/web/graphql';
import { hasSearchTerms, SearchDocument, useDidYouMean } from '@pillars/web/search/data-access';
import { usePageTitle, useSearchParamInput } from '@pillars/web/util';
import { IconSearch } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { KIND_ORDER } from './search-kinds';
import { SearchHitRow } from './search-hit-row';
import classes from './search-page.module.css';

const PAGE = 20;
const SINCE_DAYS: Record<string, number> = { week: 7, month: 31, year: 366 };
const LANGUAGES = ['en', 'ar', 'he', 'it'];

/** `/search?q=…&kind=…&lang=…&since=…`: every filter lives in the URL. */
export function SearchPage() {
  const { t } = useTranslation();
  usePageTitle(t('search.page.title'));
  const [params, setParams] = useSearchParams();
  const { text, setText, value: query } = useSearchParamInput('q');
  const kind = params.get('kind') as SearchKind | null;
  const language = params.get('lang');
  const since = params.get('since');
  const updatedSince = useMemo(() => (since && SINCE_DAYS[since] ? new Date(Date.now() - SINCE_DAYS[since] * 86400_000).toISOString().slice(0, 10) + 'T00:00:00.000Z' : null), [since]);
  const setParam = (name: string, value: string | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    }, { replace: true });
  const searchable = hasSearchTerms(query);
  const { data, loading, error, fetchMore } = useQuery(SearchDocument, {
    variables: { query, first: PAGE, kinds: kind ? [kind] : null, language, updatedSince },
    skip: !searchable,
    notifyOnNetworkStatusChange: true,
  });
  const messages = useErrorMessages().messages(error);
  const result = searchable ? data?.search : undefined;
  const didYouMean = useDidYouMean(query, kind ? [kind] : null, !!result && result.edges.length === 0);
  const counts = new Map(result?.counts.map((c) => [c.kind, c]) ?? []);
  const countLabel = (k: SearchKind) => {
    const c = counts.get(k);
    if (!c) return t(`search.kinds.${k}`);
    return `${t(`search.kinds.${k}`)} (${c.capped ? t('search.countCapped', { count: c.count }) : c.count})`;
  };

  return (
    <Stack gap="md" maw={820}>
      <Title order={1}>{t('search.page.title')}</Title>
      <TextInput
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        maxLength={LIMITS.searchQuery}
        type="search"
        dir="auto"
      />
      <Group gap="md" align="flex-end">
        {/* On a phone the kinds scroll sideways inside their own strip; the page itself never does. */}
        <div className={classes.kinds}>
        <SegmentedControl
          aria-label={t('search.page.kind')}
          value={kind ?? ''}
          onChange={(v) => setParam('kind', v || null)}
          data={[{ value: '', label: t('search.page.allKinds') }, ...KIND_ORDER.map((k) => ({ value: k, label: countLabel(k) }))]}
        />
        </div>
        <Select
          label={t('search.page.language')}
          value={language ?? ''}
          onChange={(v) => setParam('lang', v || null)}
          data={[{ value: '', label: t('search.page.anyLanguage') }, ...LANGUAGES.map((l) => ({ value: l, label: t(`search.languages.${l}`) }))]}
          allowDeselect={false}
          w={180}
        />
        <Select
          label={t('search.page.updated')}
          value={since ?? ''}
          onChange={(v) => setParam('since', v || null)}
          data={[{ value: '', label: t('search.page.anyTime') }, ...Object.keys(SINCE_DAYS).map((s) => ({ value: s, label: t(`search.page.${s}`) }))]}
          allowDeselect={false}
          w={180}
        />
      </Group>
      {messages.length ? <Alert color="red">{messages.join(' ')}</Alert> : null}
      {!searchable ? <Text c="dimmed">{t('search.page.empty')}</Text> : null}
      {searchable && loading && !result ? <Loader aria-label={t('search.loading')} /> : null}
      {result && result.edges.length === 0 ? (
        <Text role="status">
          {t('search.none', { query })}
          {didYouMean ? (
            <>
              {' '}
              {t('search.didYouMean')}{' '}
              <Anchor component="button" type="button" onClick={() => setText(didYouMean)}>
                <bdi>{didYouMean}</bdi>
              </Anchor>
              ?
            </>
          ) : null}
        </Text>
      ) : null}
      {result && result.edges.length > 0 ? (
        <Stack component="ol" gap="md" style={{ listStyle: 'none', paddingInlineStart: 0, margin: 0 }} aria-label={t('search.results')}>
          {result.edges.map((e) => (
            <SearchHitRow key={`${e.node.kind}:${e.node.id}`} hit={e.node} />
          ))}
        </Stack>
      ) : null}
      {result?.pageInfo.hasNextPage ? (
        <Button variant="light" loading={loading} onClick={() => fetchMore({ variables: { after: result.pageInfo.endCursor } })} style={{ alignSelf: 'flex-start' }}>
          {t('search.page.more')}
        </Button>
      ) : null}
    </Stack>
  );
}
export default SearchPage;
