import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { LIMITS } from '@pillars/shared/validation';
import { flattenTeamOptions, TeamOptionDocument, TeamOptionsDocument, teamOptionOf } from '@pillars/web/directory/data-access';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface TeamSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> {
  value: string | null;
  onChange: (teamId: string | null) => void;
  /** Teams that may not be chosen (a team cannot move under itself). */
  excludeIds?: string[];
}

const labelOf = (path: string[]) => path.join(' / ');

/**
 * Searchable team picker labelled with each team's path. Shows the first page of the tree and
 * searches the server by name as one types (the list is paginated: an organisation may have
 * thousands of teams); the chosen team is loaded on its own when it is not on the page.
 */
export function TeamSelect({ value, onChange, excludeIds = [], ...props }: TeamSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const { data: chosenData } = useQuery(TeamOptionDocument, { variables: { id: value ?? '' }, skip: !value });
  const chosen = value ? teamOptionOf(chosenData) : null;
  // Once a team is picked the search box shows its label: that is not a search.
  const query = debounced.trim() && debounced !== (chosen ? labelOf(chosen.path) : null) ? debounced.trim().slice(0, LIMITS.searchQuery) : null;
  const { data, loading, error } = useQuery(TeamOptionsDocument, { variables: { query, first: LIMITS.pageSize } });
  const options = useMemo(() => {
    const found = flattenTeamOptions(data);
    const list = chosen && !found.some((o) => o.id === chosen.id) ? [chosen, ...found] : found;
    return list.filter((o) => !excludeIds.includes(o.id)).map((o) => ({ value: o.id, label: labelOf(o.path) }));
  }, [data, chosen, excludeIds]);
  return (
    <Select
      searchable
      clearable
      filter={({ options: all }) => all}
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={onChange}
      nothingFoundMessage={loading ? t('common.loading') : t('common.noMatches')}
      error={error ? t('directory.teamsUnavailable') : undefined}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}
