import { Badge } from '@mantine/core';
import type { PolicyReviewDecision } from '@pillars/web/graphql';
import { useTranslation } from 'react-i18next';

const DECISION_COLOR: Record<PolicyReviewDecision, string> = { APPROVED: 'teal', COMMENTED: 'yellow' };

/** A reviewer's state: approved, commented, or still waiting. */
export function ReviewDecisionBadge({ decision }: { decision: PolicyReviewDecision | null | undefined }) {
  const { t } = useTranslation();
  return (
    <Badge color={decision ? DECISION_COLOR[decision] : 'gray'} variant="light" tt="none">
      {t(`policies.reviews.decision.${decision ?? 'WAITING'}`)}
    </Badge>
  );
}
