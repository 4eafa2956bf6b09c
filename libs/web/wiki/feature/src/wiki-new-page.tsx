import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Checkbox, Modal, NativeSelect, Radio, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { LIMITS } from '@pillars/shared/validation';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { AlreadyDone } from '@pillars/web/search/feature';
import { UserTextInput } from '@pillars/web/ui';
import { CreateWikiPageDocument, WIKI_TREE_QUERIES, WikiTemplatesDocument } from '@pillars/web/wiki/data-access';
import { IconFilePlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { WIKI_LANGUAGES } from './wiki-format';
import { wikiEditPath } from './wiki-paths';
import { useWikiSpace } from './wiki-space-context';
import { WikiFormProblems } from './wiki-form-problems';

const BLANK = '';

/** "New page": a title, a template (or blank), optionally below the page shown; then the editor. */
export function NewPageButton({ parent }: { parent?: { id: string; title: string } | null }) {
  const { t, i18n } = useTranslation();
  const { space } = useWikiSpace();
  const navigate = useNavigate();
  const { fieldMessage } = useErrorMessages();
  const [opened, { open, close }] = useDisclosure(false);
  const [title, setTitle] = useState('');
  const [templateId, setTemplateId] = useState(BLANK);
  const [under, setUnder] = useState(true);
  const [language, setLanguage] = useState(WIKI_LANGUAGES.find((l) => i18n.language.startsWith(l)) ?? 'en');
  const [problem, setProblem] = useState<string | null>(null);
  const templates = useQuery(WikiTemplatesDocument, { skip: !opened });
  const [create, creating] = useMutation(CreateWikiPageDocument, { refetchQueries: WIKI_TREE_QUERIES });
  const list = templates.data?.wikiTemplates ?? [];

  const pick = (id: string) => {
    setTemplateId(id);
    const template = list.find((x) => x.id === id);
    if (template && !title.trim()) setTitle(template.title);
    if (template) setLanguage(template.language as (typeof WIKI_LANGUAGES)[number]);
  };
  const submit = () => {
    if (!title.trim()) return setProblem(t('wiki.newPage.titleRequired'));
    create({
      variables: { input: { spaceId: space.id, title: title.trim(), language, ...(templateId ? { templateId } : {}), ...(parent && under ? { parentId: parent.id } : {}) } },
    })
      .then((res) => {
        const page = res.data?.createWikiPage.page;
        if (page) {
          close();
          navigate(wikiEditPath(space.key, page.slug));
        }
      })
      .catch(() => undefined);
  };

  return (
    <>
      <Button leftSection={<IconFilePlus size={16} aria-hidden="true" />} onClick={open}>
        {t('wiki.newPage.button')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('wiki.newPage.title')} size="lg">
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Stack gap="md">
            <Radio.Group label={t('wiki.newPage.template')} value={templateId} onChange={pick}>
              <Stack gap={6} mt={6}>
                <Radio value={BLANK} label={t('wiki.newPage.blank')} />
                {list.map((template) => (
                  <Radio key={template.id} value={template.id} label={<span dir="auto">{template.name}</span>} description={template.description ? <span dir="auto">{template.description}</span> : undefined} />
                ))}
                {templates.loading ? (
                  <Text size="sm" c="dimmed">
                    {t('common.loading')}
                  </Text>
                ) : null}
              </Stack>
            </Radio.Group>
            <UserTextInput
              label={t('wiki.newPage.pageTitle')}
              value={title}
              onChange={(e) => {
                setTitle(e.currentTarget.value);
                setProblem(null);
              }}
              maxLength={LIMITS.title}
              required
              error={fieldMessage(creating.error, 'title')}
              data-autofocus
            />
            {/* "Already done?": pages and posts like the one about to be written, so work is found before it is repeated. */}
            <AlreadyDone text={title} kinds={['PAGE', 'POST']} />
            <NativeSelect label={t('wiki.editor.language')} value={language} onChange={(e) => setLanguage(e.currentTarget.value as (typeof WIKI_LANGUAGES)[number])} data={WIKI_LANGUAGES.map((l) => ({ value: l, label: t(`wiki.languages.${l}`) }))} w="fit-content" />
            {parent ? <Checkbox label={<>{t('wiki.newPage.under')} <bdi>{parent.title}</bdi></>} checked={under} onChange={(e) => setUnder(e.currentTarget.checked)} /> : null}
            <WikiFormProblems problem={problem} error={creating.error} />
            <Button type="submit" loading={creating.loading} w="fit-content">
              {t('wiki.newPage.create')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
