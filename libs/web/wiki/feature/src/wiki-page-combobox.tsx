import { useQuery } from '@apollo/client/react';
import { Stack, Text, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { WikiLinkTargetsQuery } from '@pillars/web/graphql';
import { UserTextInput } from '@pillars/web/ui';
import { WikiLinkTargetsDocument } from '@pillars/web/wiki/data-access';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export type WikiLinkTarget = WikiLinkTargetsQuery['wikiLinkTargets'][number];

export interface WikiPageComboboxProps {
  /** The space whose pages come first (empty: none first, as in a template). */
  spaceId: string;
  label: string;
  onPick: (page: WikiLinkTarget) => void;
  /** Which readable pages may be picked (the move dialog: the same space, not the page itself). */
  accept?: (page: WikiLinkTarget) => boolean;
  /** Searching only while shown (a closed dialog asks nothing). */
  enabled?: boolean;
  autoFocus?: boolean;
}

/**
 * A page chosen by title: type part of it, pick with arrows and Enter (the field keeps focus and
 * names the active option), or click. The `[[page]]` picker and the move dialog share it.
 */
export function WikiPageCombobox({ spaceId, label, onPick, accept, enabled = true, autoFocus }: WikiPageComboboxProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [debounced] = useDebouncedValue(query.trim(), 200);
  const { data, previousData, loading } = useQuery(WikiLinkTargetsDocument, { variables: { query: debounced, spaceId: spaceId || null }, skip: !enabled || !debounced });
  const found = debounced ? ((data ?? previousData)?.wikiLinkTargets ?? []) : [];
  const results = accept ? found.filter(accept) : found;
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, results.length - 1));
    else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
    else if (e.key === 'Enter' && results[active]) onPick(results[active]);
    else return;
    e.preventDefault();
  };
  return (
    <Stack gap="xs">
      <UserTextInput
        label={label}
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls={`${id}-list`}
        aria-activedescendant={results[active] ? `${id}-${results[active].id}` : undefined}
        aria-autocomplete="list"
        data-autofocus={autoFocus || undefined}
      />
      <div role="listbox" id={`${id}-list`} aria-label={t('wiki.picker.results')}>
        {results.map((page, i) => (
          <UnstyledButton
            key={page.id}
            id={`${id}-${page.id}`}
            role="option"
            aria-selected={i === active}
            tabIndex={-1}
            onClick={() => onPick(page)}
            onMouseEnter={() => setActive(i)}
            p="xs"
            w="100%"
            style={{ borderRadius: 4, background: i === active ? 'var(--mantine-color-default-hover)' : undefined }}
          >
            <Text size="sm" dir="auto">
              {page.title}
            </Text>
            <Text size="xs" c="dimmed" dir="auto">
              {page.spaceName}
            </Text>
          </UnstyledButton>
        ))}
      </div>
      {debounced && !loading && results.length === 0 ? (
        <Text size="sm" c="dimmed" role="status">
          {t('common.noMatches')}
        </Text>
      ) : null}
    </Stack>
  );
}
