import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import type { TrainingCourseCardFieldsFragment, TrainingCourseStatus } from '@pillars/web/graphql';
import { TrainingCoursesDocument } from '@pillars/web/training/data-access';
import { CardGridSkeleton, EmptyView, ErrorView } from '@pillars/web/ui';
import { usePageTitle, useSearchParamValue } from '@pillars/web/util';
import { IconPlus, IconSchool } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CourseStatusBadge } from './course-status-badge';
import { courseEditorPath, NEW_COURSE_PATH } from './training-paths';

export const CATALOGUE_PAGE = 50;
const STATUSES: TrainingCourseStatus[] = ['DRAFT', 'PUBLISHED', 'ARCHIVED'];

/** HR, admins and owners: every course by title, a keyset page at a time, filtered by status (in the URL). */
export function CourseCataloguePage() {
  const { t } = useTranslation();
  usePageTitle(t('training.catalogue.title'));
  const headingId = useId();
  const { messages } = useErrorMessages();
  const [statusParam, setStatus] = useSearchParamValue('status');
  const status = STATUSES.find((s) => s === statusParam) ?? null;
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(TrainingCoursesDocument, {
    variables: { first: CATALOGUE_PAGE, after: null, status },
    notifyOnNetworkStatusChange: true,
    fetchPolicy: 'cache-and-network',
  });
  const courses = (data?.trainingCourses.edges ?? []).map((e) => e.node);
  const newCourse = (
    <Button component={Link} to={NEW_COURSE_PATH} leftSection={<IconPlus size={16} aria-hidden="true" />}>
      {t('training.catalogue.new')}
    </Button>
  );

  return (
    <Stack gap="lg" maw={960} component="section" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1} id={headingId}>
          {t('training.catalogue.title')}
        </Title>
        {newCourse}
      </Group>
      <SegmentedControl
        aria-label={t('training.catalogue.status')}
        value={status ?? 'ALL'}
        onChange={(v) => setStatus(v === 'ALL' ? null : v)}
        data={[{ value: 'ALL', label: t('training.catalogue.all') }, ...STATUSES.map((s) => ({ value: s, label: t(`training.courseStatus.${s}`) }))]}
        w="fit-content"
        maw="100%"
        style={{ overflowX: 'auto' }}
      />
      {error && !data ? (
        <ErrorView title={t('training.catalogue.title')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />
      ) : !data ? (
        <CardGridSkeleton label={t('common.loading')} />
      ) : courses.length === 0 ? (
        <EmptyView
          icon={<IconSchool size={30} />}
          title={status ? t('training.catalogue.noneWithStatus', { status: t(`training.courseStatus.${status}`) }) : t('training.catalogue.empty')}
          description={status ? undefined : t('training.catalogue.emptyHint')}
          action={status ? undefined : newCourse}
        />
      ) : (
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {courses.map((c) => (
            <CourseCard key={c.id} course={c} />
          ))}
        </Stack>
      )}
      {data?.trainingCourses.pageInfo.hasNextPage ? (
        <div>
          <Button variant="default" loading={networkStatus === NetworkStatus.fetchMore} onClick={() => void fetchMore({ variables: { after: data.trainingCourses.pageInfo.endCursor } })}>
            {t('training.catalogue.more')}
          </Button>
        </div>
      ) : null}
    </Stack>
  );
}

function CourseCard({ course: c }: { course: TrainingCourseCardFieldsFragment }) {
  const { t } = useTranslation();
  const facts = [
    c.category,
    t('training.catalogue.minutes', { count: c.estimatedMinutes }),
    t('training.catalogue.modules', { count: c.modules.length }),
    c.validityMonths ? t('training.catalogue.validity', { count: c.validityMonths }) : t('training.catalogue.noExpiry'),
    c.languages.map((l) => t(`training.languages.${l}`)).join(', '),
  ];
  return (
    <Card withBorder radius="md" padding="md" component="li">
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Anchor component={Link} to={courseEditorPath(c.id)} fw={600} dir="auto">
            {c.title}
          </Anchor>
          <Group gap={6}>
            <CourseStatusBadge status={c.status} />
            <Text size="xs" c="dimmed">
              {t('training.catalogue.version', { version: c.version })}
            </Text>
          </Group>
        </Group>
        <Text size="sm" c="dimmed">
          <bdi>{facts[0]}</bdi>
          {facts.slice(1).map((f) => ` · ${f}`)}
        </Text>
      </Stack>
    </Card>
  );
}
