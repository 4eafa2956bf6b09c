import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { MoveWikiPageDocument, WIKI_PAGE_QUERIES, WIKI_TREE_QUERIES } from '@pillars/web/wiki/data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type WikiLinkTarget, WikiPageCombobox } from './wiki-page-combobox';
import { WikiFormProblems } from './wiki-form-problems';

/** The API clamps a position past the end to the end. */
const LAST = 100_000;

export interface WikiMoveDialogProps {
  opened: boolean;
  onClose: () => void;
  page: { id: string; title: string };
  spaceId: string;
  onMoved?: () => void;
}

/**
 * Moving a page by keyboard (or pointer): to the top of its space or below another page of the
 * same space, first or last among its new siblings. The API refuses a move below itself or one
 * of its own pages (WIKI_PAGE_CYCLE), shown here in words.
 */
export function WikiMoveDialog({ opened, onClose, page, spaceId, onMoved }: WikiMoveDialogProps) {
  const { t } = useTranslation();
  const [where, setWhere] = useState<'top' | 'below'>('below');
  const [parent, setParent] = useState<WikiLinkTarget | null>(null);
  const [position, setPosition] = useState<'first' | 'last'>('last');
  const [problem, setProblem] = useState<string | null>(null);
  const [move, moving] = useMutation(MoveWikiPageDocument, { refetchQueries: [...WIKI_TREE_QUERIES, ...WIKI_PAGE_QUERIES], awaitRefetchQueries: true });
  const clear = () => {
    setProblem(null);
    if (moving.error) moving.reset();
  };
  const close = () => {
    clear();
    setParent(null);
    onClose();
  };
  const submit = () => {
    if (where === 'below' && !parent) return setProblem(t('wiki.move.pickParent'));
    move({ variables: { input: { pageId: page.id, parentId: where === 'below' ? (parent?.id ?? null) : null, position: position === 'first' ? 0 : LAST } } })
      .then(() => {
        close();
        onMoved?.();
      })
      .catch(() => undefined);
  };

  return (
    <Modal opened={opened} onClose={close} title={t('wiki.move.title')} size="md">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">
            {t('wiki.move.moving')} <bdi>{page.title}</bdi>
          </Text>
          <Radio.Group
            label={t('wiki.move.where')}
            value={where}
            onChange={(v) => {
              setWhere(v === 'top' ? 'top' : 'below');
              clear();
            }}
          >
            <Stack gap={6} mt={6}>
              <Radio value="below" label={t('wiki.move.below')} />
              <Radio value="top" label={t('wiki.move.top')} />
            </Stack>
          </Radio.Group>
          {where === 'below' ? (
            <Stack gap={6}>
              <WikiPageCombobox
                spaceId={spaceId}
                label={t('wiki.move.parent')}
                enabled={opened}
                accept={(p) => p.spaceId === spaceId && p.id !== page.id}
                onPick={(p) => {
                  setParent(p);
                  clear();
                }}
              />
              <Text size="sm" role="status">
                {parent ? (
                  <>
                    {t('wiki.move.chosen')} <bdi>{parent.title}</bdi>
                  </>
                ) : (
                  t('wiki.move.noneChosen')
                )}
              </Text>
            </Stack>
          ) : null}
          <NativeSelect
            label={t('wiki.move.position')}
            value={position}
            onChange={(e) => setPosition(e.currentTarget.value === 'first' ? 'first' : 'last')}
            data={[
              { value: 'last', label: t('wiki.move.last') },
              { value: 'first', label: t('wiki.move.first') },
            ]}
            w="fit-content"
          />
          <WikiFormProblems problem={problem} error={moving.error} />
          <Group gap="sm" justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={moving.loading}>
              {t('wiki.move.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
