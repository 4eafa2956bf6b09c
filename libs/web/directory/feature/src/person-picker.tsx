import { Select, type SelectProps, Stack, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '@mantine/hooks';
import { LIMITS } from '@pillars/shared/validation';
import { PeopleSearchDocument } from '@pillars/web/directory/data-access';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface PickedPerson {
  id: string;
  name: string;
}

export interface PersonPickerProps extends Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> {
  value: PickedPerson | null;
  onChange: (person: PickedPerson | null) => void;
  excludeIds?: string[];
}

/** Picks an active person through the directory search (debounced, first page only). */
export function PersonPicker({ value, onChange, excludeIds = [], ...props }: PersonPickerProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search, 250);
  const typing = debounced.trim().length > 0 && debounced !== value?.name;
  const { data, loading } = useQuery(PeopleSearchDocument, {
    variables: { query: debounced.trim(), first: 10 },
    skip: !typing || debounced.length > LIMITS.searchQuery,
  });
  const people = useMemo(() => {
    const found = (data?.people.edges ?? []).map((e) => ({ id: e.node.id, name: e.node.name, title: e.node.title }));
    const list = value && !found.some((p) => p.id === value.id) ? [{ ...value, title: null }, ...found] : found;
    return list.filter((p) => !excludeIds.includes(p.id));
  }, [data, value, excludeIds]);
  const options = people.map((p) => ({ value: p.id, label: p.name }));
  const titles = new Map(people.map((p) => [p.id, p.title]));
  return (
    <Select
      searchable
      clearable
      filter={({ options: all }) => all}
      renderOption={({ option }) => (
        <Stack gap={0}>
          <Text size="sm" dir="auto">
            {option.label}
          </Text>
          {titles.get(option.value) ? (
            <Text size="xs" c="dimmed" dir="auto">
              {titles.get(option.value)}
            </Text>
          ) : null}
        </Stack>
      )}
      data={options}
      value={value?.id ?? null}
      searchValue={search}
      onSearchChange={setSearch}
      onChange={(id) => {
        const person = people.find((p) => p.id === id);
        onChange(person ? { id: person.id, name: person.name } : null);
      }}
      nothingFoundMessage={loading ? t('common.loading') : typing ? t('common.noMatches') : t('directory.picker.typeToSearch')}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}
