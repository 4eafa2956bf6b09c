import { useMutation } from '@apollo/client/react';
import { Alert, Button, Card, Radio, Group, Stack, TagsInput, Title } from '@mantine/core';
import { LIMITS } from '@pillars/shared/validation';
import { useErrorMessages } from '@pillars/web/core/data-access';
import type { PolicyKind } from '@pillars/web/graphql';
import { CreatePolicyDocument } from '@pillars/web/policies/data-access';
import { UserTextInput } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { policyDraftPath } from './policy-paths';

/** HR and admins: a new policy or guideline (its first version is drafted next). */
export function NewPolicyPage() {
  const { t } = useTranslation();
  usePageTitle(t('policies.create.title'));
  const headingId = useId();
  const navigate = useNavigate();
  const { messages, fieldMessage } = useErrorMessages();
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState('');
  const [kind, setKind] = useState<PolicyKind>('POLICY');
  const [tags, setTags] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const [create, { loading, error }] = useMutation(CreatePolicyDocument, { refetchQueries: ['Policies'] });
  const titleError = tried && !title.trim() ? t('policies.create.titleRequired') : fieldMessage(error, 'title');
  const categoryError = tried && !category.trim() ? t('policies.create.categoryRequired') : fieldMessage(error, 'category');

  const submit = () => {
    setTried(true);
    if (!title.trim() || !category.trim() || loading) return;
    create({ variables: { input: { title, category, kind, tags } } })
      .then((res) => {
        const id = res.data?.createPolicy.policy.id;
        if (id) navigate(policyDraftPath(id));
      })
      .catch(() => undefined);
  };

  return (
    <form
      noValidate
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="lg" maw={720}>
        <Title order={1} id={headingId}>
          {t('policies.create.title')}
        </Title>
        <Card withBorder radius="md" padding="md">
          <Stack gap="md">
            <UserTextInput label={t('policies.create.name')} value={title} onChange={(e) => setTitle(e.currentTarget.value)} maxLength={LIMITS.title} required error={titleError} disabled={loading} />
            <Radio.Group label={t('policies.create.kind')} value={kind} onChange={(v) => setKind(v === 'GUIDELINE' ? 'GUIDELINE' : 'POLICY')}>
              <Group gap="lg" mt={6}>
                <Radio value="POLICY" label={t('policies.kind.POLICY')} disabled={loading} />
                <Radio value="GUIDELINE" label={t('policies.kind.GUIDELINE')} disabled={loading} />
              </Group>
            </Radio.Group>
            <UserTextInput
              label={t('policies.create.category')}
              description={t('policies.create.categoryHint')}
              value={category}
              onChange={(e) => setCategory(e.currentTarget.value)}
              maxLength={LIMITS.title}
              required
              error={categoryError}
              disabled={loading}
            />
            <TagsInput label={t('policies.create.tags')} description={t('policies.create.tagsHint')} value={tags} onChange={setTags} disabled={loading} />
          </Stack>
        </Card>
        {error && !fieldMessage(error, 'title') && !fieldMessage(error, 'category') ? (
          <Alert color="red" role="alert">
            {messages(error).join(' ')}
          </Alert>
        ) : null}
        <div>
          <Button type="submit" loading={loading}>
            {t('policies.create.submit')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
