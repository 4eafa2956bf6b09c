import { useMutation } from '@apollo/client/react';
import { Button, Modal, NativeSelect, Radio, Stack, TextInput } from '@mantine/core';
import { LIMITS } from '@pillars/shared/validation';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { TeamSelect } from '@pillars/web/directory/feature';
import type { WikiOutsiderAccess, WikiSpaceVisibility } from '@pillars/web/graphql';
import { UserTextarea, UserTextInput } from '@pillars/web/ui';
import { CreateWikiSpaceDocument } from '@pillars/web/wiki/data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { wikiSpacePath } from './wiki-paths';
import { WikiFormProblems } from './wiki-form-problems';

const KEY = /^[a-z0-9][a-z0-9-]{1,31}$/;
const VISIBILITIES: WikiSpaceVisibility[] = ['ORGANIZATION', 'TEAM', 'MEMBERS'];
const CYCLES = [6, 12, 18, 24];

/** A key suggested from the name: lower-case ASCII letters and digits, dashes between words. */
export const keyFromName = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 32);

/** Creating a space: name, URL key, who sees it (organisation, a team, named members) and the review cycle. */
export function CreateSpaceModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { fieldMessage } = useErrorMessages();
  const [name, setName] = useState('');
  const [key, setKey] = useState('');
  const [keyEdited, setKeyEdited] = useState(false);
  const [description, setDescription] = useState('');
  const [visibility, setVisibility] = useState<WikiSpaceVisibility>('ORGANIZATION');
  const [teamId, setTeamId] = useState<string | null>(null);
  const [outsiders, setOutsiders] = useState<WikiOutsiderAccess>('READ');
  const [cycle, setCycle] = useState(12);
  const [problem, setProblem] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateWikiSpaceDocument, { refetchQueries: ['WikiSpaces'] });

  const submit = () => {
    if (!name.trim()) return setProblem(t('wiki.createSpace.nameRequired'));
    if (!KEY.test(key)) return setProblem(t('wiki.createSpace.keyInvalid'));
    if (visibility === 'TEAM' && !teamId) return setProblem(t('wiki.createSpace.teamRequired'));
    create({
      variables: {
        input: {
          name: name.trim(),
          key,
          description: description.trim() || null,
          visibility,
          reviewCycleMonths: cycle,
          ...(visibility === 'TEAM' ? { teamId, outsiderAccess: outsiders } : {}),
        },
      },
    })
      .then((res) => {
        const space = res.data?.createWikiSpace.space;
        if (space) {
          onClose();
          navigate(wikiSpacePath(space.key));
        }
      })
      .catch(() => undefined);
  };
  const clear = () => {
    setProblem(null);
    if (creating.error) creating.reset();
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('wiki.createSpace.title')} size="lg">
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <UserTextInput
            label={t('wiki.createSpace.name')}
            value={name}
            onChange={(e) => {
              const next = e.currentTarget.value;
              setName(next);
              if (!keyEdited) setKey(keyFromName(next));
              clear();
            }}
            maxLength={LIMITS.name}
            required
            data-autofocus
            error={fieldMessage(creating.error, 'name')}
          />
          <TextInput
            label={t('wiki.createSpace.key')}
            description={t('wiki.createSpace.keyHint')}
            value={key}
            dir="ltr"
            onChange={(e) => {
              setKey(e.currentTarget.value.toLowerCase());
              setKeyEdited(true);
              clear();
            }}
            maxLength={32}
            required
            error={fieldMessage(creating.error, 'key')}
          />
          <UserTextarea label={t('wiki.createSpace.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} maxLength={2000} />
          <Radio.Group label={t('wiki.createSpace.visibility')} value={visibility} onChange={(v) => { setVisibility(v as WikiSpaceVisibility); clear(); }}>
            <Stack gap={6} mt={6}>
              {VISIBILITIES.map((v) => (
                <Radio key={v} value={v} label={t(`wiki.visibility.${v}`)} description={t(`wiki.visibilityHint.${v}`)} />
              ))}
            </Stack>
          </Radio.Group>
          {visibility === 'TEAM' ? (
            <>
              <TeamSelect label={t('wiki.createSpace.team')} value={teamId} onChange={(id) => { setTeamId(id); clear(); }} required />
              <Radio.Group label={t('wiki.createSpace.outsiders')} value={outsiders} onChange={(v) => setOutsiders(v === 'NONE' ? 'NONE' : 'READ')}>
                <Stack gap={6} mt={6}>
                  <Radio value="READ" label={t('wiki.createSpace.outsidersRead')} />
                  <Radio value="NONE" label={t('wiki.createSpace.outsidersNone')} />
                </Stack>
              </Radio.Group>
            </>
          ) : null}
          <NativeSelect
            label={t('wiki.createSpace.reviewCycle')}
            description={t('wiki.createSpace.reviewCycleHint')}
            value={String(cycle)}
            onChange={(e) => setCycle(Number(e.currentTarget.value))}
            data={CYCLES.map((c) => ({ value: String(c), label: t('wiki.space.reviewCycle', { count: c }) }))}
            w="fit-content"
          />
          <WikiFormProblems problem={problem} error={creating.error} />
          <Button type="submit" loading={creating.loading} w="fit-content">
            {t('wiki.createSpace.submit')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
