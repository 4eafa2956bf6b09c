import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { LIMITS } from '@pillars/shared/validation';
import { useErrorMessages } from '@pillars/web/core/data-access';
import type { WikiTemplateFieldsFragment } from '@pillars/web/graphql';
import { CardGridSkeleton, ConfirmButton, EmptyView, ErrorView, UserTextarea, UserTextInput } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { CreateWikiTemplateDocument, DeleteWikiTemplateDocument, UpdateWikiTemplateDocument, WikiTemplatesDocument, WikiViewerDocument } from '@pillars/web/wiki/data-access';
import { IconDeviceFloppy, IconLock, IconPencil, IconPlus, IconTemplate, IconTrash } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { WIKI_LANGUAGES } from './wiki-format';
import { WikiFormCard, WikiFormProblems } from './wiki-form-problems';
import { WikiMarkdownEditor } from './wiki-markdown-editor';
import { WIKI_PATH } from './wiki-paths';

type Editing = { kind: 'new' } | { kind: 'edit'; template: WikiTemplateFieldsFragment } | null;
const REFETCH = { refetchQueries: ['WikiTemplates'], awaitRefetchQueries: true };

/** The organisation's page templates, for HR and admins: list, create, edit (with the pages' Markdown editor), delete. */
export function WikiTemplatesPage() {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const headingId = useId();
  usePageTitle(t('wiki.templates.title'));
  const viewer = useQuery(WikiViewerDocument);
  const may = viewer.data?.abilities?.canManageWikiTemplates === true;
  const { data, error, refetch } = useQuery(WikiTemplatesDocument, { skip: !may });
  const [editing, setEditing] = useState<Editing>(null);
  const [remove, removing] = useMutation(DeleteWikiTemplateDocument, REFETCH);

  if (viewer.data && !may) return <EmptyView icon={<IconLock size={30} />} title={t('wiki.templates.forbidden')} action={<Anchor component={Link} to={WIKI_PATH}>{t('wiki.backToSpaces')}</Anchor>} />;
  const templates = data?.wikiTemplates;

  return (
    <Stack gap="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Title order={1} id={headingId}>
            {t('wiki.templates.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('wiki.templates.intro')}
          </Text>
        </Stack>
        {may && !editing ? (
          <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={() => setEditing({ kind: 'new' })}>
            {t('wiki.templates.create')}
          </Button>
        ) : null}
      </Group>
      {editing ? (
        <TemplateForm key={editing.kind === 'edit' ? editing.template.id : 'new'} template={editing.kind === 'edit' ? editing.template : null} onDone={() => setEditing(null)} />
      ) : error && !templates ? (
        <ErrorView title={t('wiki.templates.title')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />
      ) : !templates ? (
        <CardGridSkeleton label={t('common.loading')} count={3} />
      ) : templates.length === 0 ? (
        <EmptyView icon={<IconTemplate size={30} />} title={t('wiki.templates.empty')} description={t('wiki.templates.emptyHint')} />
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={headingId}>
          {removing.error ? <WikiFormProblems problem={null} error={removing.error} /> : null}
          {templates.map((tpl) => (
            <Card key={tpl.id} withBorder radius="md" padding="md" component="li">
              <Group justify="space-between" wrap="wrap" gap="sm" align="flex-start">
                <Stack gap={4} miw={0} style={{ flex: 1 }}>
                  <Group gap="xs" wrap="wrap">
                    <Text fw={600} dir="auto">
                      {tpl.name}
                    </Text>
                    {tpl.builtIn ? (
                      <Badge variant="light" color="gray" tt="none">
                        {t('wiki.templates.builtIn')}
                      </Badge>
                    ) : null}
                    <Badge variant="outline" color="blue.9" tt="none">
                      {t(`wiki.languages.${tpl.language}`)}
                    </Badge>
                  </Group>
                  {tpl.description ? (
                    <Text size="sm" c="dimmed" dir="auto">
                      {tpl.description}
                    </Text>
                  ) : null}
                  <Text size="xs" c="dimmed">
                    {t('wiki.templates.startsAs')} <bdi>{tpl.title}</bdi>
                  </Text>
                </Stack>
                <Group gap="xs">
                  <Button variant="default" size="sm" leftSection={<IconPencil size={16} aria-hidden="true" />} aria-label={t('wiki.templates.editName', { name: tpl.name })} onClick={() => setEditing({ kind: 'edit', template: tpl })}>
                    {t('wiki.templates.edit')}
                  </Button>
                  <ConfirmButton
                    variant="subtle"
                    color="red"
                    size="sm"
                    leftSection={<IconTrash size={16} aria-hidden="true" />}
                    aria-label={t('wiki.templates.deleteName', { name: tpl.name })}
                    label={t('wiki.templates.delete')}
                    title={t('wiki.templates.deleteTitle')}
                    body={
                      <>
                        {t('wiki.templates.deleteBody')} <bdi>{tpl.name}</bdi>
                      </>
                    }
                    confirmLabel={t('wiki.templates.delete')}
                    cancelLabel={t('common.cancel')}
                    loading={removing.loading}
                    onConfirm={() => remove({ variables: { id: tpl.id } }).catch(() => undefined)}
                  />
                </Group>
              </Group>
            </Card>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function TemplateForm({ template, onDone }: { template: WikiTemplateFieldsFragment | null; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const { fieldMessage } = useErrorMessages();
  const [name, setName] = useState(template?.name ?? '');
  const [description, setDescription] = useState(template?.description ?? '');
  const [title, setTitle] = useState(template?.title ?? '');
  const [language, setLanguage] = useState<string>(template?.language ?? WIKI_LANGUAGES.find((l) => i18n.language.startsWith(l)) ?? 'en');
  const [body, setBody] = useState(template?.body ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [create, creating] = useMutation(CreateWikiTemplateDocument, REFETCH);
  const [update, updating] = useMutation(UpdateWikiTemplateDocument, REFETCH);
  const saving = template ? updating : creating;
  const clear = () => {
    setProblem(null);
    if (saving.error) saving.reset();
  };
  const submit = () => {
    if (!name.trim()) return setProblem(t('wiki.templates.nameRequired'));
    if (!title.trim()) return setProblem(t('wiki.templates.titleRequired'));
    const fields = { name: name.trim(), description: description.trim(), title: title.trim(), language, body };
    const sent = template ? update({ variables: { input: { id: template.id, ...fields } } }) : create({ variables: { input: fields } });
    sent.then(onDone).catch(() => undefined);
  };

  return (
    <WikiFormCard title={template ? t('wiki.templates.editTitle') : t('wiki.templates.createTitle')} onSubmit={submit}>
      <UserTextInput
        label={t('wiki.templates.name')}
        value={name}
        onChange={(e) => {
          setName(e.currentTarget.value);
          clear();
        }}
        maxLength={LIMITS.name}
        required
        data-autofocus
        error={fieldMessage(saving.error, 'name')}
      />
      <UserTextarea label={t('wiki.templates.description')} value={description} onChange={(e) => setDescription(e.currentTarget.value)} autosize minRows={2} maxLength={2000} />
      <UserTextInput
        label={t('wiki.templates.pageTitle')}
        description={t('wiki.templates.pageTitleHint')}
        value={title}
        onChange={(e) => {
          setTitle(e.currentTarget.value);
          clear();
        }}
        maxLength={LIMITS.title}
        required
        error={fieldMessage(saving.error, 'title')}
      />
      <NativeSelect label={t('wiki.editor.language')} value={language} onChange={(e) => setLanguage(e.currentTarget.value)} data={WIKI_LANGUAGES.map((l) => ({ value: l, label: t(`wiki.languages.${l}`) }))} w="fit-content" />
      <WikiMarkdownEditor value={body} onChange={setBody} spaceId="" language={language} label={t('wiki.templates.body')} error={fieldMessage(saving.error, 'body')} />
      <WikiFormProblems problem={problem} error={saving.error} />
      <Group gap="sm">
        <Button type="submit" loading={saving.loading} leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />}>
          {t('wiki.templates.save')}
        </Button>
        <Button variant="default" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </Group>
    </WikiFormCard>
  );
}
