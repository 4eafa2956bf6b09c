import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button, Card, Group, Pill, Stack, Text, Title } from '@mantine/core';
import { LIMITS } from '@pillars/shared/validation';
import { useErrorMessages, useSession } from '@pillars/web/core/data-access';
import { PersonPicker, type PickedPerson } from '@pillars/web/directory/feature';
import type { PolicyReviewFieldsFragment } from '@pillars/web/graphql';
import { RequestPolicyReviewDocument } from '@pillars/web/policies/data-access';
import { FormProblems } from '@pillars/web/ui';
import { IconUserPlus, IconX } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDates } from './policy-format';
import { ReviewDecisionBadge } from './policy-review-format';

/**
 * The reviews of a draft for those who may edit it: each named reviewer with their decision and
 * comment, how many approved (publishing does not wait for them), and asking more people.
 */
export function PolicyReviewers({ versionId, reviews }: { versionId: string; reviews: readonly PolicyReviewFieldsFragment[] }) {
  const { t } = useTranslation();
  const { me } = useSession();
  const { moment } = useDates();
  const { messages } = useErrorMessages();
  const headingId = useId();
  const [picked, setPicked] = useState<PickedPerson[]>([]);
  const [request, { loading, error, reset }] = useMutation(RequestPolicyReviewDocument);
  const approved = reviews.filter((r) => r.decision === 'APPROVED').length;
  const taken = [...reviews.map((r) => r.reviewer?.id ?? ''), ...picked.map((p) => p.id), ...(me ? [me.id] : [])];
  const room = LIMITS.policyReviewers - reviews.length - picked.length;

  const submit = () => {
    if (loading || picked.length === 0) return;
    request({ variables: { input: { versionId, reviewerIds: picked.map((p) => p.id) } } })
      .then(() => setPicked([]))
      .catch(() => undefined);
  };

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} fz="h4" id={headingId}>
          {t('policies.reviews.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {reviews.length ? t('policies.reviews.summary', { approved, total: reviews.length }) : t('policies.reviews.none')} {t('policies.reviews.notBlocking')}
        </Text>
        {reviews.length ? (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {reviews.map((r) => (
              <li key={r.reviewer?.id ?? r.requestedAt}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Text fw={600} dir="auto">
                    {r.reviewer?.name ?? t('policies.reviews.someone')}
                  </Text>
                  <Group gap="xs">
                    {r.decidedAt ? (
                      <Text size="xs" c="dimmed">
                        {moment(r.decidedAt)}
                      </Text>
                    ) : null}
                    <ReviewDecisionBadge decision={r.decision} />
                  </Group>
                </Group>
                {r.comment ? (
                  <Text size="sm" dir="auto" style={{ whiteSpace: 'pre-wrap' }} ps="sm">
                    {r.comment}
                  </Text>
                ) : null}
              </li>
            ))}
          </Stack>
        ) : null}
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <Stack gap="xs">
            <PersonPicker
              label={t('policies.reviews.add')}
              placeholder={t('policies.reviews.addPlaceholder')}
              value={null}
              excludeIds={taken}
              disabled={room <= 0}
              description={room <= 0 ? t('policies.reviews.full', { max: LIMITS.policyReviewers }) : undefined}
              onChange={(person) => {
                if (!person) return;
                setPicked((list) => [...list, person]);
                if (error) reset();
              }}
            />
            {picked.length ? (
              <Group gap="xs" aria-label={t('policies.reviews.picked')} role="list">
                {picked.map((p) => (
                  <Pill key={p.id} role="listitem" size="md">
                    <Group gap={4} wrap="nowrap">
                      <span dir="auto">{p.name}</span>
                      <ActionIcon
                        size="xs"
                        variant="subtle"
                        color="gray"
                        aria-label={t('policies.reviews.remove', { name: p.name })}
                        onClick={() => setPicked((list) => list.filter((x) => x.id !== p.id))}
                      >
                        <IconX size={12} aria-hidden="true" />
                      </ActionIcon>
                    </Group>
                  </Pill>
                ))}
              </Group>
            ) : null}
            <FormProblems problems={[error ? messages(error).join(' ') : null]} />
            <div>
              <Button type="submit" variant="light" leftSection={<IconUserPlus size={16} aria-hidden="true" />} loading={loading} disabled={picked.length === 0}>
                {t('policies.reviews.request')}
              </Button>
            </div>
          </Stack>
        </form>
      </Stack>
    </Card>
  );
}
