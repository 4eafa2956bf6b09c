import { NetworkStatus, type ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Card, Group, Modal, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import type { PendingTrainingEvidenceQuery } from '@pillars/web/graphql';
import { PendingTrainingEvidenceDocument, ReviewTrainingEvidenceDocument } from '@pillars/web/training/data-access';
import { CardGridSkeleton, EmptyView, ErrorView, RelativeTime, UserTextarea } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconChecks, IconFileText } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export const EVIDENCE_PAGE = 20;
type Evidence = PendingTrainingEvidenceQuery['pendingTrainingEvidence']['edges'][number]['node'];
/** As ReviewTrainingEvidenceInput.reason on the API. */
const REASON_MAX = 2000;
/** A review changes the list, the number waiting and the matrix cell: refetch the first, drop the others (read again when shown). */
const AFTER_REVIEW = {
  refetchQueries: ['PendingTrainingEvidence'],
  awaitRefetchQueries: true,
  update: (cache: ApolloCache) => {
    cache.evict({ id: 'ROOT_QUERY', fieldName: 'pendingTrainingEvidenceCount' });
    cache.evict({ id: 'ROOT_QUERY', fieldName: 'trainingMatrix' });
    cache.gc();
  },
};

/** Uploads waiting for the viewer's review (a manager: their line's; HR: everyone's), newest first. */
export function TrainingEvidencePage() {
  const { t } = useTranslation();
  usePageTitle(t('training.review.title'));
  const headingId = useId();
  const { messages } = useErrorMessages();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(PendingTrainingEvidenceDocument, {
    variables: { first: EVIDENCE_PAGE, after: null },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const [rejecting, setRejecting] = useState<Evidence | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const items = (data?.pendingTrainingEvidence.edges ?? []).map((e) => e.node);
  const page = data?.pendingTrainingEvidence.pageInfo;

  return (
    <Stack gap="lg" maw={960} component="section" aria-labelledby={headingId}>
      <Stack gap={4}>
        <Title order={1} id={headingId}>
          {t('training.review.title')}
        </Title>
        <Text c="dimmed">{t('training.review.intro')}</Text>
      </Stack>
      <div role="status" aria-live="polite">
        {done ? <Alert color="teal" variant="light" withCloseButton closeButtonLabel={t('training.review.dismiss')} onClose={() => setDone(null)}>{done}</Alert> : null}
      </div>
      {error && !data ? (
        <ErrorView title={t('training.review.title')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />
      ) : !data ? (
        <CardGridSkeleton label={t('common.loading')} />
      ) : items.length === 0 ? (
        <EmptyView icon={<IconChecks size={30} />} title={t('training.review.empty')} description={t('training.review.emptyHint')} />
      ) : (
        <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={headingId}>
          {items.map((e) => (
            <EvidenceCard key={e.id} evidence={e} onReject={() => setRejecting(e)} onApproved={() => setDone(t('training.review.approved', { name: e.personName }))} />
          ))}
        </Stack>
      )}
      {page?.hasNextPage ? (
        <div>
          <Button variant="default" loading={networkStatus === NetworkStatus.fetchMore} onClick={() => void fetchMore({ variables: { after: page.endCursor } })}>
            {t('training.review.more')}
          </Button>
        </div>
      ) : null}
      <RejectDialog evidence={rejecting} onClose={() => setRejecting(null)} onRejected={(e) => setDone(t('training.review.rejected', { name: e.personName }))} />
    </Stack>
  );
}

function EvidenceCard({ evidence: e, onReject, onApproved }: { evidence: Evidence; onReject: () => void; onApproved: () => void }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const titleId = useId();
  const [review, { loading, error }] = useMutation(ReviewTrainingEvidenceDocument, AFTER_REVIEW);
  return (
    <Card component="li" withBorder radius="md" padding="md" aria-labelledby={titleId}>
      <Stack gap="xs">
        <Group justify="space-between" align="start" wrap="wrap" gap="xs">
          <Title order={2} fz="h4" id={titleId} dir="auto">
            {e.personName}
          </Title>
          <Text size="sm" c="dimmed">
            {t('training.review.uploaded')} <RelativeTime value={e.submittedAt} />
          </Text>
        </Group>
        <Text size="sm">
          <bdi>{e.courseTitle}</bdi> · <bdi>{e.moduleTitle}</bdi>
        </Text>
        {e.file ? (
          <Group gap={6} wrap="nowrap">
            <IconFileText size={18} aria-hidden="true" />
            <Anchor href={e.file.url} target="_blank" rel="noopener" dir="auto" style={{ overflowWrap: 'anywhere' }}>
              {e.file.name}
              <VisuallyHidden> {t('training.review.opensNewTab')}</VisuallyHidden>
            </Anchor>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('training.review.noFile')}
          </Text>
        )}
        {error ? (
          <Alert color="red" variant="light" role="alert">
            {messages(error).join(' ')}
          </Alert>
        ) : null}
        <Group gap="sm">
          <Button
            // Teal 9: white on the default teal measured 3.1:1 (axe).
            color="teal.9"
            loading={loading}
            aria-label={t('training.review.approveFor', { name: e.personName })}
            onClick={() => void review({ variables: { input: { evidenceId: e.id, approve: true } } }).then((r) => (r.error ? undefined : onApproved()), () => undefined)}
          >
            {t('training.review.approve')}
          </Button>
          <Button variant="default" disabled={loading} aria-label={t('training.review.rejectFor', { name: e.personName })} onClick={onReject}>
            {t('training.review.reject')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function RejectDialog({ evidence, onClose, onRejected }: { evidence: Evidence | null; onClose: () => void; onRejected: (e: Evidence) => void }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const [review, { loading, error, reset }] = useMutation(ReviewTrainingEvidenceDocument, AFTER_REVIEW);
  const close = () => {
    setReason('');
    setTouched(false);
    reset();
    onClose();
  };
  const empty = reason.trim() === '';
  const submit = async () => {
    setTouched(true);
    if (!evidence || empty) return;
    const r = await review({ variables: { input: { evidenceId: evidence.id, approve: false, reason: reason.trim() } } }).catch(() => null);
    if (r && !r.error) {
      onRejected(evidence);
      close();
    }
  };
  return (
    <Modal opened={!!evidence} onClose={close} title={t('training.review.rejectTitle')} centered>
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          {evidence ? (
            <Text size="sm">
              <bdi>{evidence.personName}</bdi> · <bdi>{evidence.courseTitle}</bdi> · <bdi>{evidence.moduleTitle}</bdi>
            </Text>
          ) : null}
          <UserTextarea
            label={t('training.review.reason')}
            description={t('training.review.reasonHint')}
            // Our own message rather than the browser's bubble (in its language, not the app's).
            withAsterisk
            aria-required="true"
            autosize
            minRows={3}
            maxLength={REASON_MAX}
            value={reason}
            onChange={(ev) => setReason(ev.currentTarget.value)}
            error={touched && empty ? t('training.review.reasonRequired') : undefined}
            data-autofocus
          />
          {error ? (
            <Alert color="red" variant="light" role="alert">
              {messages(error).join(' ')}
            </Alert>
          ) : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading}>
              {t('training.review.confirmReject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
