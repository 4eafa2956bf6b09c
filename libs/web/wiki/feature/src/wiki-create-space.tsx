import { useMutation } from '@apollo/client/react';
import { Button, Modal, Stack, TextInput } from '@mantine/core';
import { LIMITS } from '@pillars/shared/validation';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { UserTextarea, UserTextInput } from '@pillars/web/ui';
import { CreateWikiSpaceDocument } from '@pillars/web/wiki/data-access';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { wikiSpacePath } from './wiki-paths';
import { WikiFormProblems } from './wiki-form-problems';
import { type WikiSpaceAccess, WikiSpaceAccessFields } from './wiki-space-access-fields';

const KEY = /^[a-z0-9][a-z0-9-]{1,31}$/;

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
  const [access, setAccess] = useState<WikiSpaceAccess>({ visibility: 'ORGANIZATION', teamId: null, outsiderAccess: 'READ', reviewCycleMonths: 12 });
  const { visibility, teamId } = access;
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
          reviewCycleMonths: access.reviewCycleMonths,
          ...(visibility === 'TEAM' ? { teamId, outsiderAccess: access.outsiderAccess } : {}),
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
          <WikiSpaceAccessFields
            value={access}
            onChange={(next) => {
              setAccess(next);
              clear();
            }}
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
