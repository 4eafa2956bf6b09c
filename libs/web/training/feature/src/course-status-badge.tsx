import { Badge } from '@mantine/core';
import type { TrainingCourseStatus } from '@pillars/web/graphql';
import { useTranslation } from 'react-i18next';

const COLOR: Record<TrainingCourseStatus, string> = { DRAFT: 'gray', PUBLISHED: 'teal', ARCHIVED: 'dark' };

export function CourseStatusBadge({ status }: { status: TrainingCourseStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="light" tt="none">
      {t(`training.courseStatus.${status}`)}
    </Badge>
  );
}
