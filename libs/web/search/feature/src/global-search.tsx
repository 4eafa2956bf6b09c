import { useQuery } from '@apollo/client/react';
import { Box, Group, Kbd, Loader, Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { LIMITS } from '@pillars/shared/validation';
import type { SearchHitFieldsFragment, SearchKind } from '@pillars/web/graphql';
import { hasSearchTerms, SearchDocument, useDidYouMean } from '@pillars/web/search/data-access';
import { IconSearch } from '@tabler/icons-react';
import { type KeyboardEvent, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { KIND_ICONS, KIND_ORDER } from './search-kinds';
import { SearchSnippet } from './search-snippet';

const QUICK_RESULTS = 8;

/** Whether a key press comes from a place where `/` is typed text, not the shortcut. */
const typingInField = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/** Opens on `/` (outside text fields) and on Ctrl+K / ⌘K anywhere. */
export function useSearchShortcut(open: () => void): void {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      const ctrlK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
      const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !typingInField(event.target);
      if (ctrlK || slash) {
        event.preventDefault();
        open();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
}

/** Groups hits by kind in KIND_ORDER, keeping rank order inside a group. */
export function groupHits(hits: readonly SearchHitFieldsFragment[]): { kind: SearchKind; hits: SearchHitFieldsFragment[] }[] {
  return KIND_ORDER.map((kind) => ({ kind, hits: hits.filter((h) => h.kind === kind) })).filter((g) => g.hits.length > 0);
}

/**
 * The search panel: a text field driving a listbox of hits grouped by kind. Arrows move the
 * active hit (the field keeps focus, `aria-activedescendant` names the hit), Enter opens it (or
 * all results when none is active), Escape closes.
 */
export function SearchPanel({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const listId = useId();
  const [text, setText] = useState('');
  const [active, setActive] = useState(-1);
  const [debounced] = useDebouncedValue(text.trim(), 150);
  const searchable = hasSearchTerms(debounced);
  const { data, loading, previousData } = useQuery(SearchDocument, {
    variables: { query: debounced, first: QUICK_RESULTS, typing: true },
    skip: !searchable,
    fetchPolicy: 'cache-and-network',
  });
  const result = (data ?? previousData)?.search;
  const groups = useMemo(() => (searchable && result ? groupHits(result.edges.map((e) => e.node)) : []), [searchable, result]);
  const flat = groups.flatMap((g) => g.hits);
  const didYouMean = useDidYouMean(debounced, null, searchable && !!data && flat.length === 0 && !loading);

  useEffect(() => setActive(-1), [debounced]);

  const open = (to: string) => {
    onClose();
    navigate(to);
  };
  const seeAll = () => open(`/search?q=${encodeURIComponent(text.trim())}`);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && flat.length) {
      event.preventDefault();
      setActive((i) => (i + 1) % flat.length);
    } else if (event.key === 'ArrowUp' && flat.length) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? flat.length - 1 : i - 1));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = flat[active];
      if (hit) open(hit.url);
      else if (hasSearchTerms(text)) seeAll();
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    }
  };
  const optionId = (i: number) => `${listId}-${i}`;
  let index = -1;

  return (
    <Stack gap="sm" role="search" aria-label={t('search.dialog')}>
      <TextInput
        data-autofocus
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        leftSection={<IconSearch size={16} aria-hidden="true" />}
        rightSection={loading ? <Loader size={14} aria-label={t('search.loading')} /> : null}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={onKeyDown}
        maxLength={LIMITS.searchQuery}
        autoComplete="off"
        role="combobox"
        aria-expanded={flat.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        dir="auto"
      />
      {!searchable ? (
        <Text size="sm" c="dimmed">
          {t('search.hint')}
        </Text>
      ) : null}
      {searchable && result && flat.length === 0 && !loading ? (
        <Text size="sm" c="dimmed" role="status">
          {t('search.none', { query: debounced })}
          {didYouMean ? (
            <>
              {' '}
              {t('search.didYouMean')}{' '}
              <UnstyledButton onClick={() => setText(didYouMean)} style={{ textDecoration: 'underline' }}>
                <bdi>{didYouMean}</bdi>
              </UnstyledButton>
              ?
            </>
          ) : null}
        </Text>
      ) : null}
      <Box id={listId} role="listbox" aria-label={t('search.results')} hidden={flat.length === 0}>
        {groups.map((group) => {
          const KindIcon = KIND_ICONS[group.kind];
          return (
            <Box key={group.kind} role="group" aria-label={t(`search.kinds.${group.kind}`)} mb="xs">
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" aria-hidden="true">
                {t(`search.kinds.${group.kind}`)}
              </Text>
              {group.hits.map((hit) => {
                index += 1;
                const i = index;
                return (
                  <Group
                    key={`${hit.kind}:${hit.id}`}
                    id={optionId(i)}
                    role="option"
                    aria-selected={i === active}
                    gap="sm"
                    wrap="nowrap"
                    p={6}
                    style={{ borderRadius: 6, cursor: 'pointer', background: i === active ? 'var(--mantine-color-blue-light)' : undefined }}
                    onMouseEnter={() => setActive(i)}
                    onMouseDown={(e) => e.preventDefault()}
                    onClick={() => open(hit.url)}
                  >
                    <KindIcon size={16} aria-hidden="true" style={{ flexShrink: 0 }} />
                    <div style={{ minWidth: 0 }}>
                      <Text size="sm" fw={500} truncate="end" dir="auto">
                        {hit.title}
                      </Text>
                      <Text size="xs" c="dimmed" lineClamp={1} dir="auto">
                        <SearchSnippet html={hit.snippetHtml} />
                      </Text>
                    </div>
                  </Group>
                );
              })}
            </Box>
          );
        })}
      </Box>
      {/* After the listbox, not in it: a listbox holds options only (Enter with no hit active does the same). */}
      {flat.length > 0 ? (
        <UnstyledButton onClick={seeAll} w="fit-content">
          <Text size="sm" fw={600}>
            {t('search.seeAll')}
          </Text>
        </UnstyledButton>
      ) : null}
    </Stack>
  );
}

/** The header's global search: a button (and `/`, Ctrl+K) opening the search panel in a dialog. */
export function GlobalSearch() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  const open = useMemo(() => () => setOpened(true), []);
  useSearchShortcut(open);
  return (
    <>
      <UnstyledButton onClick={open} aria-label={t('search.open')} aria-keyshortcuts="/ Control+K" title={t('search.shortcut')}>
        <Group gap={6} wrap="nowrap">
          <IconSearch size={18} aria-hidden="true" />
          <Kbd visibleFrom="md" size="xs" aria-hidden="true">
            Ctrl K
          </Kbd>
        </Group>
      </UnstyledButton>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('search.dialog')} size="lg" closeButtonProps={{ 'aria-label': t('search.close') }} withCloseButton>
        <SearchPanel onClose={() => setOpened(false)} />
      </Modal>
    </>
  );
}
