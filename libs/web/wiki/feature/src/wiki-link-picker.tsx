import { Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type WikiLinkTarget, WikiPageCombobox } from './wiki-page-combobox';

export type { WikiLinkTarget } from './wiki-page-combobox';

/** The `[[page]]` picker: type part of a title, pick with arrows and Enter (a listbox), or click. */
export function WikiLinkPicker({ opened, spaceId, onClose, onPick }: { opened: boolean; spaceId: string; onClose: () => void; onPick: (page: WikiLinkTarget) => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('wiki.picker.title')} size="md">
      <Stack gap="sm">
        <WikiPageCombobox spaceId={spaceId} label={t('wiki.picker.search')} onPick={onPick} enabled={opened} autoFocus />
        <Text size="xs" c="dimmed">
          {t('wiki.picker.hint')}
        </Text>
      </Stack>
    </Modal>
  );
}
