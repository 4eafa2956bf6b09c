import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { LIMITS } from '@pillars/shared/validation';
import { isNotFound, useErrorMessages } from '@pillars/web/core/data-access';
import { PostBody } from '@pillars/web/feeds/feature';
import type { PolicyReviewDecision } from '@pillars/web/graphql';
import { PolicyReviewRequestDocument, ReviewPolicyVersionDocument } from '@pillars/web/policies/data-access';
import { EmptyView, ErrorView, PageSkeleton, UserTextarea } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconCircleCheck, IconLock, IconMessage } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { PolicyLanguageControl, useDates } from './policy-format';
import { ReviewDecisionBadge } from './policy-review-format';

/**
 * A draft the viewer was asked to review: its text (in any of its languages) and, while it is a
 * draft, Approve or Comment with a comment box. Their latest word replaces the earlier one.
 */
export function PolicyReviewPage() {
  const { versionId = '' } = useParams();
  const { t } = useTranslation();
  const { moment } = useDates();
  const { messages } = useErrorMessages();
  const headingId = useId();
  const commentId = useId();
  usePageTitle(t('policies.reviews.pageTitle'));
  const [language, setLanguage] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { data, error, refetch } = useQuery(PolicyReviewRequestDocument, { variables: { versionId, language } });
  const [review, reviewing] = useMutation(ReviewPolicyVersionDocument);
  const request = data?.policyReviewRequest;

  if (error && !request) {
    if (isNotFound(error)) return <EmptyView icon={<IconLock size={30} />} title={t('policies.reviews.notFound')} />;
    return <ErrorView title={t('policies.reviews.pageTitle')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  }
  if (!request) return <PageSkeleton label={t('common.loading')} />;
  const { version, review: mine } = request;
  const reading = version.reading;
  const open = version.status === 'DRAFT';

  const decide = (decision: PolicyReviewDecision) => {
    if (reviewing.loading) return;
    const text = comment.trim() ? comment : null;
    if (decision === 'COMMENTED' && !text) return setProblem(t('policies.reviews.commentRequired'));
    if (text && text.length > LIMITS.policyReviewComment) return setProblem(t('policies.reviews.commentTooLong', { max: LIMITS.policyReviewComment }));
    setProblem(null);
    review({ variables: { input: { versionId: version.id, decision, comment: text } } })
      .then(() => setComment(''))
      .catch(() => undefined);
  };

  return (
    <Stack gap="lg" maw={960} component="section" aria-labelledby={headingId}>
      <Stack gap={4}>
        <Title order={1} id={headingId}>
          {t('policies.reviews.pageTitle')}
        </Title>
        <Text dir="auto" fw={600}>
          {request.policyTitle}
        </Text>
        <Group gap="xs">
          <Badge variant="light" tt="none">
            {t('policies.versionLabel', { version: version.label })}
          </Badge>
          <Badge variant="outline" color="gray" tt="none">
            {t(`policies.versionStatus.${version.status}`)}
          </Badge>
          <Text size="sm" c="dimmed">
            {t(`policies.kind.${request.policyKind}`)} · <span dir="auto">{request.policyCategory}</span>
          </Text>
        </Group>
        {mine.requestedBy ? (
          <Text size="sm" c="dimmed">
            <Trans i18nKey="policies.reviews.requestedBy" values={{ name: mine.requestedBy.name, date: moment(mine.requestedAt) }} components={{ name: <bdi /> }} />
          </Text>
        ) : null}
      </Stack>
      {version.changeSummary ? (
        <Text dir="auto">
          <Text span fw={600}>
            {t('policies.policy.changes')}
          </Text>{' '}
          {version.changeSummary}
        </Text>
      ) : null}
      <Text size="sm">{version.isMajor ? t('policies.draft.majorExplained') : t('policies.draft.minorExplained')}</Text>
      {reading ? (
        <Card withBorder radius="md" padding="md">
          <Stack gap="md">
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Title order={2} fz="h3" dir="auto" lang={reading.language}>
                {reading.title}
              </Title>
              <PolicyLanguageControl languages={version.languages} value={reading.language} onChange={setLanguage} />
            </Group>
            <PostBody html={reading.bodyHtml} language={reading.language} />
            <Text size="sm" c="dimmed" dir="auto" lang={reading.language}>
              {reading.acknowledgementText}
            </Text>
          </Stack>
        </Card>
      ) : null}
      <Card withBorder radius="md" padding="md" component="section" aria-labelledby={`${headingId}-mine`}>
        <Stack gap="sm">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Title order={2} fz="h4" id={`${headingId}-mine`}>
              {t('policies.reviews.yours')}
            </Title>
            <ReviewDecisionBadge decision={mine.decision} />
          </Group>
          {mine.decidedAt ? (
            <Text size="sm" c="dimmed">
              {t('policies.reviews.decidedOn', { date: moment(mine.decidedAt) })}
            </Text>
          ) : null}
          {mine.comment ? (
            <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }}>
              {mine.comment}
            </Text>
          ) : null}
          {open ? (
            <>
              <UserTextarea
                id={commentId}
                label={t('policies.reviews.comment')}
                description={t('policies.reviews.commentHint')}
                autosize
                minRows={3}
                maxLength={LIMITS.policyReviewComment}
                value={comment}
                error={problem}
                onChange={(e) => {
                  setComment(e.currentTarget.value);
                  setProblem(null);
                  if (reviewing.error) reviewing.reset();
                }}
              />
              {reviewing.error ? (
                <Alert color="red" role="alert">
                  {messages(reviewing.error).join(' ')}
                </Alert>
              ) : null}
              {reviewing.data && !reviewing.loading ? (
                <Text size="sm" c="teal" role="status">
                  {t('policies.reviews.saved')}
                </Text>
              ) : null}
              <Group gap="sm">
                <Button leftSection={<IconCircleCheck size={16} aria-hidden="true" />} loading={reviewing.loading} onClick={() => decide('APPROVED')}>
                  {t('policies.reviews.approve')}
                </Button>
                <Button variant="default" leftSection={<IconMessage size={16} aria-hidden="true" />} disabled={reviewing.loading} onClick={() => decide('COMMENTED')}>
                  {t('policies.reviews.sendComment')}
                </Button>
              </Group>
            </>
          ) : (
            <Alert color="gray" role="status">
              {t('policies.reviews.closed')}
            </Alert>
          )}
        </Stack>
      </Card>
    </Stack>
  );
}
