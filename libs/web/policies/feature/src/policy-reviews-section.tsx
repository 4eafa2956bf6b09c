import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { MyPolicyReviewsDocument } from '@pillars/web/policies/data-access';
import { useId } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDates } from './policy-format';
import { policyReviewPath } from './policy-paths';
import { ReviewDecisionBadge } from './policy-review-format';

export const MY_REVIEWS_PAGE = 20;

/**
 * On "My policies": drafts the viewer was asked to review. Shows nothing when there are none (or
 * when the query is refused, e.g. while a gating policy waits: the page says what to do then).
 */
export function PolicyReviewsSection() {
  const { t } = useTranslation();
  const { moment } = useDates();
  const headingId = useId();
  const { data } = useQuery(MyPolicyReviewsDocument, { variables: { first: MY_REVIEWS_PAGE, after: null }, fetchPolicy: 'cache-and-network' });
  const rows = (data?.myPolicyReviews.edges ?? []).map((e) => e.node);
  if (rows.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={2} fz="h4" id={headingId}>
        {t('policies.reviews.mine')}
      </Title>
      {rows.map((r) => (
        <Card key={r.version.id} withBorder radius="md" padding="md" component="article">
          <Group justify="space-between" wrap="wrap" gap="xs">
            <Stack gap={2}>
              <Anchor component={Link} to={policyReviewPath(r.version.id)} fw={600} dir="auto">
                {r.policyTitle}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t('policies.versionLabel', { version: r.version.label })}
                {r.review.requestedBy ? (
                  <>
                    {' · '}
                    <Trans i18nKey="policies.reviews.requestedBy" values={{ name: r.review.requestedBy.name, date: moment(r.review.requestedAt) }} components={{ name: <bdi /> }} />
                  </>
                ) : null}
              </Text>
            </Stack>
            <ReviewDecisionBadge decision={r.review.decision} />
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
