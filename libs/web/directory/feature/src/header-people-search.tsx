import { ActionIcon, Combobox, Group, Loader, Modal, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@apollo/client/react';
import { LIMITS } from '@pillars/shared/validation';
import { PeopleSuggestionsDocument } from '@pillars/web/directory/data-access';
import { UserAvatar } from '@pillars/web/ui';
import { IconSearch, IconUserSearch } from '@tabler/icons-react';
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { profilePath } from './person-link';

const SEE_ALL = '__see-all__';
const SUGGESTIONS = 6;

/**
 * The people combobox: suggestions as you type (typo-tolerant, like the directory), arrows to
 * move, Enter to open the person, and a last "see all results" entry (also what Enter does
 * when no suggestion is highlighted).
 */
function PeopleCombobox({ onDone, autoFocus }: { onDone?: () => void; autoFocus?: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 200);
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const { data, loading } = useQuery(PeopleSuggestionsDocument, {
    variables: { query: debounced, first: SUGGESTIONS },
    skip: debounced === '',
    // Not the directory's cached list: a short page of other fields under the same arguments.
    fetchPolicy: 'no-cache',
  });
  const people = debounced && data ? data.people.edges.map((e) => e.node) : [];

  const finish = (to: string) => {
    setText('');
    combobox.closeDropdown();
    onDone?.();
    navigate(to);
  };
  const seeAll = () => finish(`/people?q=${encodeURIComponent(text.trim())}`);
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // With a suggestion highlighted the combobox opens it; otherwise Enter means "all results".
    if (event.key === 'Enter' && combobox.getSelectedOptionIndex() === -1 && text.trim()) {
      event.preventDefault();
      seeAll();
    }
  };

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(value) => (value === SEE_ALL ? seeAll() : finish(profilePath(String(value))))}
      withinPortal
      position="bottom-start"
      width={320}
    >
      <Combobox.Target withExpandedAttribute>
        <TextInput
          aria-label={t('directory.headerSearch.label')}
          placeholder={t('directory.headerSearch.placeholder')}
          leftSection={<IconSearch size={16} aria-hidden="true" />}
          rightSection={loading ? <Loader size={14} aria-hidden="true" /> : null}
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
            combobox.resetSelectedOption();
            if (e.currentTarget.value.trim()) combobox.openDropdown();
            else combobox.closeDropdown();
          }}
          onFocus={() => text.trim() && combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={onKeyDown}
          maxLength={LIMITS.searchQuery}
          type="search"
          autoComplete="off"
          data-autofocus={autoFocus || undefined}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!text.trim()}>
        <Combobox.Options aria-label={t('directory.headerSearch.suggestions')}>
          {people.map((p) => (
            <Combobox.Option value={p.id} key={p.id}>
              <Group gap="sm" wrap="nowrap">
                <UserAvatar seed={p.id} initials={p.initials} size="sm" />
                <div style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} truncate="end" dir="auto">
                    {p.name}
                  </Text>
                  {p.title ? (
                    <Text size="xs" c="dimmed" truncate="end" dir="auto">
                      {p.title}
                    </Text>
                  ) : null}
                </div>
              </Group>
            </Combobox.Option>
          ))}
          {debounced && data && people.length === 0 ? <Combobox.Empty>{t('directory.headerSearch.none')}</Combobox.Empty> : null}
          <Combobox.Option value={SEE_ALL}>
            <Text size="sm" fw={600}>
              {data && debounced === text.trim() ? t('directory.headerSearch.seeAllCount', { count: data.people.totalCount }) : t('directory.headerSearch.seeAll')}
            </Text>
          </Combobox.Option>
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}

/** The header's people search: inline from `sm` up; on a phone a button opening it in a dialog. */
export function HeaderPeopleSearch() {
  const { t } = useTranslation();
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Group visibleFrom="sm" role="search" aria-label={t('directory.headerSearch.region')}>
        <PeopleCombobox />
      </Group>
      <ActionIcon hiddenFrom="sm" variant="subtle" color="gray" size="md" aria-label={t('directory.headerSearch.open')} onClick={() => setOpened(true)}>
        {/* A person with a magnifier: beside it the global search keeps the plain magnifier. */}
        <IconUserSearch size={18} aria-hidden="true" />
      </ActionIcon>
      <Modal opened={opened} onClose={() => setOpened(false)} title={t('directory.headerSearch.region')} closeButtonProps={{ 'aria-label': t('directory.headerSearch.close') }}>
        <div role="search" aria-label={t('directory.headerSearch.region')}>
          <PeopleCombobox onDone={() => setOpened(false)} autoFocus />
        </div>
      </Modal>
    </>
  );
}
