import type { ApolloCache } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, Checkbox, Group, NumberInput, Stack, Switch, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { LIMITS } from '@pillars/shared/validation';
import { isNotFound, useErrorMessages } from '@pillars/web/core/data-access';
import type { TrainingCourseEditorFieldsFragment } from '@pillars/web/graphql';
import {
  ArchiveTrainingCourseDocument, CreateTrainingCourseDocument, PublishTrainingCourseDocument, TrainingCourseDocument, UpdateTrainingCourseDocument,
} from '@pillars/web/training/data-access';
import { ConfirmButton, EmptyView, ErrorView, PageSkeleton, UserTextarea, UserTextInput } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconArchive, IconLock, IconSend, IconUsersPlus } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { AssignTrainingModal } from './assign-training-modal';
import { COURSE_LANGUAGES, courseInput, draftOf, emptyCourse, problemOf, type CourseDraft } from './course-draft';
import { CourseModulesEditor } from './course-modules-editor';
import { CourseStatusBadge } from './course-status-badge';
import { courseEditorPath } from './training-paths';

/** `/training/courses/new` and `/training/courses/:courseId`: the course, then the editor keyed by version. */
export function CourseEditorPage() {
  const { courseId } = useParams();
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const { data, error, refetch } = useQuery(TrainingCourseDocument, { variables: { id: courseId ?? '' }, skip: !courseId, fetchPolicy: 'cache-and-network' });
  usePageTitle(courseId ? t('training.editor.editTitle') : t('training.editor.newTitle'));
  if (!courseId) return <CourseEditor course={null} />;
  const course = data?.trainingCourse;
  if (error && !course) {
    if (isNotFound(error)) return <EmptyView icon={<IconLock size={30} />} title={t('training.editor.notFound')} />;
    return <ErrorView title={t('training.editor.editTitle')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  }
  if (!course) return <PageSkeleton label={t('common.loading')} />;
  // A new version (saved or published) starts the form again from what the server holds.
  return <CourseEditor key={`${course.versionId}-${course.status}`} course={course} />;
}

const forgetCatalogue = (cache: ApolloCache) => {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'trainingCourses' });
  cache.gc();
};

function CourseEditor({ course }: { course: TrainingCourseEditorFieldsFragment | null }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const headingId = useId();
  const { messages } = useErrorMessages();
  const [draft, setDraft] = useState<CourseDraft>(() => (course ? draftOf(course) : emptyCourse(i18n.language)));
  const [dirty, setDirty] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [assigning, setAssigning] = useState(false);
  // The catalogue's pages are dropped (it reloads when shown); the editor's course is refetched.
  const options = { update: forgetCatalogue, refetchQueries: ['TrainingCourse'] };
  const [create, creating] = useMutation(CreateTrainingCourseDocument, { update: forgetCatalogue });
  const [update, updating] = useMutation(UpdateTrainingCourseDocument, options);
  const [publish, publishing] = useMutation(PublishTrainingCourseDocument, options);
  const [archive, archiving] = useMutation(ArchiveTrainingCourseDocument, options);
  const saving = creating.loading || updating.loading;
  const busy = saving || publishing.loading || archiving.loading;
  const archived = course?.status === 'ARCHIVED';
  const failure = creating.error ?? updating.error ?? publishing.error ?? archiving.error;

  const change = (patch: Partial<CourseDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
    setProblem(null);
  };

  const save = () => {
    if (busy) return;
    const found = problemOf(draft);
    if (found) {
      setProblem(t(found.key, found.values));
      if (found.moduleKey) document.getElementById(found.moduleKey)?.scrollIntoView({ block: 'center' });
      return;
    }
    const input = courseInput(draft);
    const saved = t('training.editor.saved');
    if (!course) {
      create({ variables: { input } })
        .then((res) => {
          const id = res.data?.createTrainingCourse.id;
          if (!id) return;
          notifications.show({ color: 'green', message: saved });
          navigate(courseEditorPath(id), { replace: true });
        })
        .catch(() => undefined);
    } else {
      update({ variables: { id: course.id, input } })
        .then((res) => {
          if (!res.data) return;
          setDirty(false);
          notifications.show({ color: 'green', message: course.status === 'PUBLISHED' ? t('training.editor.savedVersion', { version: res.data.updateTrainingCourse.version }) : saved });
        })
        .catch(() => undefined);
    }
  };

  const title = course ? t('training.editor.editTitle') : t('training.editor.newTitle');
  return (
    <>
      <form
        noValidate
        aria-labelledby={headingId}
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <Stack gap="lg" maw={960}>
          <Stack gap={4}>
            <Group gap="sm" wrap="wrap">
              <Title order={1} id={headingId}>
                {title}
              </Title>
              {course ? <CourseStatusBadge status={course.status} /> : null}
              {course ? (
                <Badge variant="outline" color="gray" tt="none">
                  {t('training.catalogue.version', { version: course.version })}
                </Badge>
              ) : null}
            </Group>
            {course ? (
              <Text dir="auto" fw={600}>
                {course.title}
              </Text>
            ) : null}
            {course?.status === 'PUBLISHED' ? (
              <Text size="sm" c="dimmed">
                {t('training.editor.publishedHint')}
              </Text>
            ) : null}
            {archived ? (
              <Text size="sm" c="dimmed">
                {t('training.editor.archivedHint')}
              </Text>
            ) : null}
          </Stack>

          <Card withBorder radius="md" padding="md" component="fieldset">
            <Stack gap="md">
              <Title order={2} fz="h4" component="legend">
                {t('training.editor.details')}
              </Title>
              <UserTextInput label={t('training.editor.title')} value={draft.title} onChange={(e) => change({ title: e.currentTarget.value })} maxLength={LIMITS.title} required disabled={busy || archived} />
              <UserTextarea label={t('training.editor.description')} value={draft.description} onChange={(e) => change({ description: e.currentTarget.value })} autosize minRows={3} maxLength={4000} disabled={busy || archived} />
              <Group gap="md" wrap="wrap" align="start">
                <UserTextInput
                  label={t('training.editor.category')}
                  description={t('training.editor.categoryHint')}
                  value={draft.category}
                  onChange={(e) => change({ category: e.currentTarget.value })}
                  maxLength={LIMITS.name}
                  required
                  w={260}
                  maw="100%"
                  disabled={busy || archived}
                />
                <NumberInput label={t('training.editor.minutes')} value={draft.estimatedMinutes} onChange={(v) => change({ estimatedMinutes: typeof v === 'number' ? v : 15 })} min={1} max={10000} w={180} disabled={busy || archived} />
                <NumberInput
                  label={t('training.editor.validity')}
                  description={t('training.editor.validityHint')}
                  value={draft.validityMonths ?? ''}
                  onChange={(v) => change({ validityMonths: typeof v === 'number' ? v : null })}
                  min={1}
                  max={120}
                  w={220}
                  disabled={busy || archived}
                />
              </Group>
              <Checkbox.Group label={t('training.editor.languages')} description={t('training.editor.languagesHint')} value={draft.languages} onChange={(languages) => change({ languages })}>
                <Group gap="lg" mt={6} wrap="wrap">
                  {COURSE_LANGUAGES.map((l) => (
                    <Checkbox key={l} value={l} label={t(`training.languages.${l}`)} disabled={busy || archived} />
                  ))}
                </Group>
              </Checkbox.Group>
              <Switch label={t('training.editor.selfEnrol')} description={t('training.editor.selfEnrolHint')} checked={draft.selfEnrol} onChange={(e) => change({ selfEnrol: e.currentTarget.checked })} disabled={busy || archived} />
            </Stack>
          </Card>

          <Card withBorder radius="md" padding="md" component="section" aria-labelledby={`${headingId}-modules`}>
            <Stack gap="md">
              <Title order={2} fz="h4" id={`${headingId}-modules`}>
                {t('training.editor.modules')}
              </Title>
              <CourseModulesEditor modules={draft.modules} onChange={(modules) => change({ modules })} disabled={busy || archived} />
            </Stack>
          </Card>

          {problem ? (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          ) : null}
          {failure ? (
            <Alert color="red" role="alert">
              {messages(failure).join(' ')}
            </Alert>
          ) : null}
          {!archived ? (
            <Group gap="sm" wrap="wrap">
              <Button type="submit" loading={saving} disabled={busy && !saving}>
                {course?.status === 'PUBLISHED' ? t('training.editor.saveVersion') : t('training.editor.save')}
              </Button>
              {course?.status === 'DRAFT' ? (
                <Button
                  variant="light"
                  leftSection={<IconSend size={16} aria-hidden="true" />}
                  loading={publishing.loading}
                  disabled={dirty || (busy && !publishing.loading)}
                  onClick={() => void publish({ variables: { id: course.id } }).then(() => notifications.show({ color: 'green', message: t('training.editor.published') }), () => undefined)}
                >
                  {t('training.editor.publish')}
                </Button>
              ) : null}
              {course?.status === 'PUBLISHED' ? (
                <>
                  <Button variant="light" leftSection={<IconUsersPlus size={16} aria-hidden="true" />} onClick={() => setAssigning(true)} disabled={busy}>
                    {t('training.assign.open')}
                  </Button>
                  <ConfirmButton
                    variant="subtle"
                    color="red"
                    leftSection={<IconArchive size={16} aria-hidden="true" />}
                    label={t('training.editor.archive')}
                    title={t('training.editor.archiveTitle')}
                    body={t('training.editor.archiveBody')}
                    confirmLabel={t('training.editor.archive')}
                    cancelLabel={t('common.cancel')}
                    loading={archiving.loading}
                    disabled={busy}
                    onConfirm={() => archive({ variables: { id: course.id } }).catch(() => undefined)}
                  />
                </>
              ) : null}
            </Group>
          ) : null}
          {dirty && course?.status === 'DRAFT' ? (
            <Text size="sm" c="dimmed">
              {t('training.editor.saveBeforePublish')}
            </Text>
          ) : null}
        </Stack>
      </form>
      {/* Outside the form: a portal still bubbles React events, and the dialog's submit is its own. */}
      {course?.status === 'PUBLISHED' ? (
        <AssignTrainingModal
          courseId={course.id}
          courseTitle={course.title}
          validityMonths={course.validityMonths ?? null}
          opened={assigning}
          onClose={() => setAssigning(false)}
          onAssigned={(enrolled) => {
            setAssigning(false);
            notifications.show({ color: 'green', message: t('training.assign.done', { count: enrolled }) });
          }}
        />
      ) : null}
    </>
  );
}
