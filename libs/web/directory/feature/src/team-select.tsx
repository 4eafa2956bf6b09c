import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { flattenTeamOptions, TeamOptionsDocument } from '@pillars/web/directory/data-access';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

export interface TeamSelectProps extends Omit<SelectProps, 'data' | 'value' | 'onChange'> {
  value: string | null;
  onChange: (teamId: string | null) => void;
  /** Teams that may not be chosen (a team cannot move under itself). */
  excludeIds?: string[];
}

/** Searchable team picker over every team of the organisation, labelled with its path. */
export function TeamSelect({ value, onChange, excludeIds = [], ...props }: TeamSelectProps) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(TeamOptionsDocument);
  const options = useMemo(
    () =>
      flattenTeamOptions(data)
        .filter((o) => !excludeIds.some((id) => o.id === id))
        .map((o) => ({ value: o.id, label: o.path.join(' / ') })),
    [data, excludeIds],
  );
  return (
    <Select
      searchable
      limit={200}
      clearable
      data={options}
      value={value}
      onChange={onChange}
      nothingFoundMessage={loading ? t('common.loading') : t('common.noMatches')}
      error={error ? t('directory.teamsUnavailable') : undefined}
      comboboxProps={{ withinPortal: true }}
      {...props}
    />
  );
}
