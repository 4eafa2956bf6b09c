import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Divider, Group, Modal, NativeSelect, Stack, Text } from '@mantine/core';
import { PersonPicker, type PickedPerson } from '@pillars/web/directory/feature';
import { SetWikiPageOwnerDocument, SetWikiPageReviewCycleDocument, WikiPageStewardshipDocument } from '@pillars/web/wiki/data-access';
import { IconUserShare } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWikiDates } from './wiki-format';
import { WikiFormProblems } from './wiki-form-problems';
import { REVIEW_CYCLES } from './wiki-space-access-fields';

const FOLLOW_SPACE = 'space';

export interface WikiStewardshipDialogProps {
  opened: boolean;
  onClose: () => void;
  page: { id: string; title: string };
  /** After a hand-over (the report refetches its list). */
  onHandedOver?: () => void;
}

/**
 * The page's owner or a space admin hands the page to another person and sets its own review
 * cycle (or lets it follow the space's). The API checks the new owner may read the space
 * (WIKI_OWNER_CANNOT_READ) and who may do this (the same rule as verifying).
 */
export function WikiStewardshipDialog({ opened, onClose, page, onHandedOver }: WikiStewardshipDialogProps) {
  const { t } = useTranslation();
  const { day } = useWikiDates();
  const { data, error } = useQuery(WikiPageStewardshipDocument, { variables: { id: page.id }, skip: !opened });
  const current = data?.wikiPage;
  const [owner, setOwner] = useState<PickedPerson | null>(null);
  const [cycle, setCycle] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [handOver, handing] = useMutation(SetWikiPageOwnerDocument);
  const [setReview, reviewing] = useMutation(SetWikiPageReviewCycleDocument);
  const shownCycle = cycle ?? (current ? (current.reviewCycleMonths == null ? FOLLOW_SPACE : String(current.reviewCycleMonths)) : FOLLOW_SPACE);
  const clear = () => {
    setProblem(null);
    if (handing.error) handing.reset();
    if (reviewing.error) reviewing.reset();
  };
  const close = () => {
    clear();
    setOwner(null);
    setCycle(null);
    onClose();
  };
  const submitOwner = () => {
    if (!owner) return setProblem(t('wiki.stewardship.pickOwner'));
    handOver({ variables: { input: { pageId: page.id, userId: owner.id } } })
      .then(() => {
        onHandedOver?.();
        close();
      })
      .catch(() => undefined);
  };
  const submitCycle = () => {
    setReview({ variables: { input: { pageId: page.id, months: shownCycle === FOLLOW_SPACE ? null : Number(shownCycle) } } })
      .then(() => setCycle(null))
      .catch(() => undefined);
  };

  return (
    <Modal opened={opened} onClose={close} title={t('wiki.stewardship.title')} size="md">
      <Stack gap="md">
        <Text size="sm">
          {t('wiki.stewardship.page')} <bdi>{page.title}</bdi>
        </Text>
        {error ? <WikiFormProblems problem={null} error={error} /> : null}
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submitOwner();
          }}
        >
          <Stack gap="sm">
            <Text size="sm" role="status">
              {current?.owner ? (
                <>
                  {t('wiki.page.owner')} <bdi>{current.owner.name}</bdi>
                </>
              ) : current ? (
                t('wiki.stewardship.noOwner')
              ) : (
                t('common.loading')
              )}
            </Text>
            <PersonPicker
              label={t('wiki.stewardship.newOwner')}
              placeholder={t('wiki.members.personPlaceholder')}
              value={owner}
              onChange={(p) => {
                setOwner(p);
                clear();
              }}
              excludeIds={current?.owner ? [current.owner.id] : []}
              data-autofocus
            />
            <Button type="submit" w="fit-content" loading={handing.loading} leftSection={<IconUserShare size={16} aria-hidden="true" />}>
              {t('wiki.stewardship.handOver')}
            </Button>
            <WikiFormProblems problem={problem} error={handing.error} />
          </Stack>
        </form>
        <Divider />
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submitCycle();
          }}
        >
          <Stack gap="sm">
            <NativeSelect
              label={t('wiki.stewardship.cycle')}
              value={shownCycle}
              onChange={(e) => {
                setCycle(e.currentTarget.value);
                clear();
              }}
              data={[
                { value: FOLLOW_SPACE, label: t('wiki.stewardship.followSpace', { count: current?.space.reviewCycleMonths ?? 12 }) },
                ...REVIEW_CYCLES.map((c) => ({ value: String(c), label: t('wiki.space.reviewCycle', { count: c }) })),
              ]}
              w="fit-content"
            />
            {current ? (
              <Text size="sm" c="dimmed" role="status">
                {t('wiki.page.reviewBy', { date: day(current.reviewBy) })}
              </Text>
            ) : null}
            <Group gap="sm">
              <Button type="submit" variant="default" loading={reviewing.loading}>
                {t('wiki.stewardship.saveCycle')}
              </Button>
            </Group>
            <WikiFormProblems problem={null} error={reviewing.error} />
          </Stack>
        </form>
      </Stack>
    </Modal>
  );
}
