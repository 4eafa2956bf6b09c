import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Checkbox, Group, NativeSelect, NumberInput, Radio, Stack, Tabs, Text, Title } from '@mantine/core';
import { LIMITS } from '@pillars/shared/validation';
import { AudiencePicker, EMPTY_AUDIENCE, savableRules } from '@pillars/web/audiences/picker';
import { isNotFound, useErrorMessages } from '@pillars/web/core/data-access';
import { MarkdownPreview } from '@pillars/web/feeds/feature';
import type { AudienceRulesInput, DraftPolicyVersionInput, PolicyAcknowledgementMethod, PolicyChange } from '@pillars/web/graphql';
import { DraftPolicyVersionDocument, PolicyDocument, POLICY_QUERIES, PublishPolicyVersionDocument } from '@pillars/web/policies/data-access';
import { EmptyView, ErrorView, PageSkeleton, UserTextarea, UserTextInput } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconLock, IconSend } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { LANGUAGES, type PolicyLanguage } from './policy-format';
import { policyPath } from './policy-paths';
import { PolicyReviewers } from './policy-reviewers';
import { emptyQuiz, incompleteQuizLanguage, PolicyQuizEditor, quizInput, type QuizDraft } from './policy-quiz-editor';

interface BodyDraft {
  on: boolean;
  title: string;
  body: string;
  ack: string;
}
const emptyBody = (on: boolean): BodyDraft => ({ on, title: '', body: '', ack: '' });

/**
 * Drafting a version (HR, admins, the owner): one body per language with a live preview through
 * the feeds' Markdown pipeline, a fallback language, and for a major version its audience,
 * method and due period; then publishing the draft.
 */
export function PolicyDraftPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  const { messages } = useErrorMessages();
  const { data, error, refetch } = useQuery(PolicyDocument, { variables: { id, language: null } });
  const policy = data?.policy;
  usePageTitle(t('policies.draft.title'));
  const [change, setChange] = useState<PolicyChange>('MAJOR');
  const [summary, setSummary] = useState('');
  const [fallback, setFallback] = useState<PolicyLanguage>('en');
  const [bodies, setBodies] = useState<Record<PolicyLanguage, BodyDraft>>({ en: emptyBody(true), ar: emptyBody(false), he: emptyBody(false), it: emptyBody(false) });
  const [tab, setTab] = useState<PolicyLanguage>('en');
  const [rules, setRules] = useState<AudienceRulesInput>(EMPTY_AUDIENCE);
  const [method, setMethod] = useState<PolicyAcknowledgementMethod>('CHECKBOX');
  const [dueDays, setDueDays] = useState<number>(14);
  const [quiz, setQuiz] = useState<QuizDraft>(emptyQuiz);
  const [problem, setProblem] = useState<string | null>(null);
  const [draft, drafting] = useMutation(DraftPolicyVersionDocument, { refetchQueries: ['Policy'] });
  // Awaited: the policy page it returns to shows the new version in force (and links its dashboard), not the cached previous one.
  const [publish, publishing] = useMutation(PublishPolicyVersionDocument, { refetchQueries: POLICY_QUERIES, awaitRefetchQueries: true });

  if (error && !policy) {
    if (isNotFound(error)) return <EmptyView icon={<IconLock size={30} />} title={t('policies.policy.notFound')} />;
    return <ErrorView title={t('policies.draft.title')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  }
  if (!policy) return <PageSkeleton label={t('common.loading')} />;
  if (!policy.abilities.canManage) return <EmptyView icon={<IconLock size={30} />} title={t('policies.draft.notAllowed')} />;

  const pending = policy.draftVersion;
  if (pending) {
    return (
      <Stack gap="lg" maw={960} component="section" aria-labelledby={headingId}>
        <Title order={1} id={headingId}>
          {t('policies.draft.pendingTitle', { version: pending.label })}
        </Title>
        <Text dir="auto" fw={600}>
          {policy.title}
        </Text>
        <Text>{pending.isMajor ? t('policies.draft.majorExplained') : t('policies.draft.minorExplained')}</Text>
        <Text size="sm" c="dimmed">
          {t('policies.policy.languages', { list: pending.languages.map((l) => t(`policies.languages.${l}`)).join(', ') })}
        </Text>
        <PolicyReviewers versionId={pending.id} reviews={pending.reviews ?? []} />
        {publishing.error ? (
          <Alert color="red" role="alert">
            {messages(publishing.error).join(' ')}
          </Alert>
        ) : null}
        {pending.reviews?.some((r) => r.decision !== 'APPROVED') ? (
          <Text size="sm" c="dimmed" role="note">
            {t('policies.reviews.beforePublish', { pending: pending.reviews.filter((r) => r.decision !== 'APPROVED').length })}
          </Text>
        ) : null}
        <Group gap="sm">
          <Button
            leftSection={<IconSend size={16} aria-hidden="true" />}
            loading={publishing.loading}
            onClick={() =>
              void publish({ variables: { id: pending.id } })
                .then(() => navigate(policyPath(policy.id)))
                .catch(() => undefined)
            }
          >
            {t('policies.draft.publish', { version: pending.label })}
          </Button>
        </Group>
      </Stack>
    );
  }

  const major = change === 'MAJOR' || !policy.currentVersion;
  const set = (language: PolicyLanguage, patch: Partial<BodyDraft>) => {
    setBodies((b) => ({ ...b, [language]: { ...b[language], ...patch } }));
    setProblem(null);
    if (drafting.error) drafting.reset();
  };
  const chosen = LANGUAGES.filter((l) => bodies[l].on);

  const submit = () => {
    if (drafting.loading) return;
    if (chosen.length === 0) return setProblem(t('policies.draft.oneLanguage'));
    const incomplete = chosen.find((l) => !bodies[l].title.trim() || !bodies[l].body.trim() || !bodies[l].ack.trim());
    if (incomplete) {
      setTab(incomplete);
      return setProblem(t('policies.draft.incomplete', { language: t(`policies.languages.${incomplete}`) }));
    }
    if (!bodies[fallback].on) return setProblem(t('policies.draft.fallbackMissing'));
    const audience = major ? savableRules(rules) : null;
    if (major && !audience) return setProblem(t('policies.draft.audienceRequired'));
    const quizzed = major && method === 'QUIZ';
    const unfinished = quizzed ? incompleteQuizLanguage(quiz, chosen) : null;
    if (unfinished) {
      setTab(unfinished);
      return setProblem(t('policies.quizEditor.incomplete', { language: t(`policies.languages.${unfinished}`) }));
    }
    const input: DraftPolicyVersionInput = {
      policyId: policy.id,
      change: major ? 'MAJOR' : 'MINOR',
      changeSummary: summary.trim() || null,
      fallbackLanguage: fallback,
      bodies: chosen.map((l) => ({ language: l, title: bodies[l].title, body: bodies[l].body, acknowledgementText: bodies[l].ack })),
      ...(major && audience ? { audience: { rules: audience }, acknowledgementMethod: method, dueInDays: dueDays } : {}),
      ...(quizzed ? { quiz: quizInput(quiz, chosen) } : {}),
    };
    draft({ variables: { input } }).catch(() => undefined);
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
      <Stack gap="lg" maw={960}>
        <Stack gap={4}>
          <Title order={1} id={headingId}>
            {t('policies.draft.title')}
          </Title>
          <Text dir="auto" fw={600}>
            {policy.title}
          </Text>
        </Stack>

        <Card withBorder radius="md" padding="md">
          <Stack gap="md">
            <Radio.Group label={t('policies.draft.change')} value={major ? 'MAJOR' : 'MINOR'} onChange={(v) => setChange(v === 'MINOR' ? 'MINOR' : 'MAJOR')}>
              <Stack gap={6} mt={6}>
                <Radio value="MAJOR" label={t('policies.draft.majorOption')} description={t('policies.draft.majorExplained')} disabled={drafting.loading} />
                <Radio
                  value="MINOR"
                  label={t('policies.draft.minorOption')}
                  description={policy.currentVersion ? t('policies.draft.minorExplained') : t('policies.draft.minorNeedsPublished')}
                  disabled={drafting.loading || !policy.currentVersion}
                />
              </Stack>
            </Radio.Group>
            <UserTextInput label={t('policies.draft.summary')} description={t('policies.draft.summaryHint')} value={summary} onChange={(e) => setSummary(e.currentTarget.value)} maxLength={LIMITS.title} disabled={drafting.loading} />
          </Stack>
        </Card>

        <Card withBorder radius="md" padding="md" component="fieldset">
          <Stack gap="md">
            <Title order={2} fz="h4" component="legend">
              {t('policies.draft.texts')}
            </Title>
            <Group gap="lg" wrap="wrap">
              {LANGUAGES.map((l) => (
                <Checkbox key={l} label={t(`policies.languages.${l}`)} checked={bodies[l].on} onChange={(e) => set(l, { on: e.currentTarget.checked })} disabled={drafting.loading} />
              ))}
            </Group>
            <NativeSelect
              label={t('policies.draft.fallback')}
              description={t('policies.draft.fallbackHint')}
              value={fallback}
              onChange={(e) => setFallback(e.currentTarget.value as PolicyLanguage)}
              data={LANGUAGES.map((l) => ({ value: l, label: t(`policies.languages.${l}`) }))}
              w="fit-content"
              maw="100%"
              disabled={drafting.loading}
            />
            {chosen.length ? (
              <Tabs value={chosen.includes(tab) ? tab : chosen[0]} onChange={(v) => v && setTab(v as PolicyLanguage)} keepMounted={false}>
                <Tabs.List>
                  {chosen.map((l) => (
                    <Tabs.Tab key={l} value={l}>
                      {t(`policies.languages.${l}`)}
                    </Tabs.Tab>
                  ))}
                </Tabs.List>
                {chosen.map((l) => (
                  <Tabs.Panel key={l} value={l} pt="md" lang={l}>
                    <Stack gap="md">
                      <UserTextInput label={t('policies.draft.bodyTitle')} value={bodies[l].title} onChange={(e) => set(l, { title: e.currentTarget.value })} maxLength={LIMITS.title} required disabled={drafting.loading} />
                      <UserTextarea
                        label={t('policies.draft.body')}
                        description={t('policies.draft.bodyHint')}
                        value={bodies[l].body}
                        onChange={(e) => set(l, { body: e.currentTarget.value })}
                        autosize
                        minRows={8}
                        maxLength={LIMITS.policyBody}
                        required
                        disabled={drafting.loading}
                      />
                      <MarkdownPreview body={bodies[l].body} />
                      <UserTextInput
                        label={t('policies.draft.ackText')}
                        description={t('policies.draft.ackTextHint')}
                        value={bodies[l].ack}
                        onChange={(e) => set(l, { ack: e.currentTarget.value })}
                        maxLength={LIMITS.policyAcknowledgementText}
                        required
                        disabled={drafting.loading}
                      />
                      {major && method === 'QUIZ' ? (
                        <PolicyQuizEditor
                          quiz={quiz}
                          language={l}
                          onChange={(next) => {
                            setQuiz(next);
                            setProblem(null);
                          }}
                          disabled={drafting.loading}
                        />
                      ) : null}
                    </Stack>
                  </Tabs.Panel>
                ))}
              </Tabs>
            ) : null}
          </Stack>
        </Card>

        {major ? (
          <Card withBorder radius="md" padding="md" component="fieldset">
            <Stack gap="md">
              <Title order={2} fz="h4" component="legend">
                {t('policies.draft.who')}
              </Title>
              <AudiencePicker
                value={rules}
                onChange={(next) => {
                  setRules(next);
                  setProblem(null);
                }}
                disabled={drafting.loading}
              />
              <Radio.Group
                label={t('policies.draft.method')}
                description={method === 'QUIZ' ? t('policies.quizEditor.where') : undefined}
                value={method}
                onChange={(v) => setMethod(v === 'TYPED_NAME' || v === 'QUIZ' ? v : 'CHECKBOX')}
              >
                <Group gap="lg" mt={6}>
                  <Radio value="CHECKBOX" label={t('policies.method.CHECKBOX')} disabled={drafting.loading} />
                  <Radio value="TYPED_NAME" label={t('policies.method.TYPED_NAME')} disabled={drafting.loading} />
                  <Radio value="QUIZ" label={t('policies.method.QUIZ')} disabled={drafting.loading} />
                </Group>
              </Radio.Group>
              <NumberInput label={t('policies.draft.dueDays')} description={t('policies.draft.dueDaysHint')} value={dueDays} onChange={(v) => setDueDays(typeof v === 'number' ? v : 14)} min={1} max={365} w={200} disabled={drafting.loading} />
            </Stack>
          </Card>
        ) : (
          <Text size="sm" c="dimmed">
            {t('policies.draft.minorKeeps')}
          </Text>
        )}

        {problem ? (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        ) : null}
        {drafting.error ? (
          <Alert color="red" role="alert">
            {messages(drafting.error).join(' ')}
          </Alert>
        ) : null}
        <div>
          <Button type="submit" loading={drafting.loading}>
            {t('policies.draft.save')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
