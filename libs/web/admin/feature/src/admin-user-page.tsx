import { Anchor, Breadcrumbs, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { hasErrorCode, isNotFound, useErrorMessages } from '@pillars/web/core/data-access';
import { AdminUserDocument, CreateUserDocument, UpdateUserDocument } from '@pillars/web/directory/data-access';
import { usePageTitle } from '@pillars/web/util';
import type { AdminUserQuery } from '@pillars/web/graphql';
import { EmptyView, ErrorView, FlipInRtl, PageSkeleton, UserAvatar } from '@pillars/web/ui';
import { IconChevronRight, IconUserOff } from '@tabler/icons-react';
import { type FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { UserRolesCard } from './user-roles-card';
import { UserStatusCard } from './user-status-card';
import { UserAccessCard } from './user-access-card';
import { useUnsavedChangesGuard } from './unsaved-changes-guard';
import { emptyUserForm, UserForm, type UserFormValues, validateUserForm } from './user-form';

type AdminUser = AdminUserQuery['user'];

const toForm = (u: AdminUser): UserFormValues => ({
  ...emptyUserForm(),
  name: u.name,
  email: u.email ?? '',
  title: u.title ?? '',
  location: u.location ?? '',
  locale: u.locale,
  timeZone: u.timeZone,
  startDate: u.startDate ?? '',
  manager: u.manager ? { id: u.manager.id, name: u.manager.name } : null,
});

/** Whether two forms hold the same edits (the manager by id, text as the API stores it: trimmed). */
const comparable = (v: UserFormValues) =>
  JSON.stringify(Object.entries({ ...v, manager: v.manager?.id ?? null }).map(([k, x]) => [k, typeof x === 'string' ? x.trim() : x]));
const sameForm = (a: UserFormValues, b: UserFormValues): boolean => comparable(a) === comparable(b);

const blankToNull = (v: string) => (v.trim() ? v.trim() : null);

function UserEditor({ mode, user }: { mode: 'create' | 'edit'; user?: AdminUser }) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const navigate = useNavigate();
  const [values, setValues] = useState<UserFormValues>(() => (user ? toForm(user) : emptyUserForm()));
  const [submitted, setSubmitted] = useState(false);
  const [sent, setSent] = useState<UserFormValues | null>(null);
  const initial = useMemo(() => (user ? toForm(user) : emptyUserForm()), [user]);
  const { dialog, allowNext } = useUnsavedChangesGuard(!sameForm(values, initial));
  const [create, created] = useMutation(CreateUserDocument, { refetchQueries: ['PeopleSearch'] });
  const [update, updated] = useMutation(UpdateUserDocument);
  const state = mode === 'create' ? created : updated;
  const clientErrors = submitted ? validateUserForm(values, mode) : {};

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    state.reset();
    if (Object.keys(validateUserForm(values, mode)).length > 0) return;
    setSent(values);
    const common = {
      name: values.name.trim(),
      email: values.email.trim(),
      title: blankToNull(values.title),
      location: blankToNull(values.location),
      locale: values.locale,
      timeZone: values.timeZone,
      startDate: blankToNull(values.startDate),
      managerId: values.manager?.id ?? null,
    };
    try {
      if (mode === 'create') {
        const { data } = await create({
          variables: {
            input: { ...common, password: values.password || undefined, roles: values.roles, teamIds: values.teamId ? [values.teamId] : undefined },
          },
        });
        notifications.show({ color: 'green', message: t('admin.user.created') });
        allowNext();
        if (data) navigate(`/admin/people/${data.createUser.user.id}`, { replace: true });
      } else if (user) {
        await update({ variables: { input: { id: user.id, ...common } } });
        notifications.show({ color: 'green', message: t('admin.user.saved') });
      }
    } catch {
      // Field errors and codes render from the mutation's error state.
    }
  };

  const fieldCodes = ['BAD_USER_INPUT', 'DIRECTORY_EMAIL_TAKEN', 'DIRECTORY_MANAGER_CYCLE'] as const;
  const general = state.error && !fieldCodes.some((c) => hasErrorCode(state.error, c)) ? messages(state.error) : [];
  return (
    <Card withBorder radius="md" component="section" aria-labelledby="user-form-heading">
      <Title order={2} fz="h4" id="user-form-heading" mb="md">
        {mode === 'create' ? t('admin.user.newTitle') : t('admin.user.details')}
      </Title>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {general.length > 0 || (state.error && hasErrorCode(state.error, 'BAD_USER_INPUT')) ? (
            <ErrorView messages={general.length > 0 ? general : [t('errors.BAD_USER_INPUT')]} />
          ) : null}
          <UserForm mode={mode} values={values} onChange={setValues} clientErrors={clientErrors} serverError={state.error} sent={sent} userId={user?.id} />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" component={Link} to="/admin/people">
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={state.loading}>
              {mode === 'create' ? t('admin.user.create') : t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
      {dialog}
    </Card>
  );
}

/** `/admin/people/new` creates; `/admin/people/:id` edits details, status and roles. */
export function AdminUserPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const { data, error, refetch } = useQuery(AdminUserDocument, { variables: { id: id ?? '' }, skip: !id });
  const user = data?.user;
  usePageTitle(id ? user?.name : t('admin.user.newTitle'));

  const crumbs = (
    <nav aria-label={t('directory.team.breadcrumb')}>
      <Breadcrumbs separator={<FlipInRtl><IconChevronRight size={14} /></FlipInRtl>} separatorMargin={6}>
        <Anchor component={Link} to="/admin/people" size="sm">
          {t('admin.people.title')}
        </Anchor>
        <Text size="sm" c="dimmed" aria-current="page" dir="auto">
          {id ? user?.name ?? '…' : t('admin.user.newTitle')}
        </Text>
      </Breadcrumbs>
    </nav>
  );

  if (!id) {
    return (
      <Stack gap="lg">
        {crumbs}
        <Title order={1}>{t('admin.user.newTitle')}</Title>
        <UserEditor mode="create" />
      </Stack>
    );
  }
  if (error && !user) {
    return isNotFound(error) ? (
      <EmptyView icon={<IconUserOff size={30} />} title={t('directory.profile.notFound')} />
    ) : (
      <ErrorView title={t('directory.profile.failed')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />
    );
  }
  if (!user) return <PageSkeleton label={t('common.loading')} />;
  return (
    <Stack gap="lg">
      {crumbs}
      <Group gap="md" wrap="nowrap">
        <UserAvatar initials={user.initials} seed={user.id} size="lg" />
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Title order={1}>
            <span dir="auto">{user.name}</span>
          </Title>
          <Anchor component={Link} to={`/people/${user.id}`} size="sm">
            {t('admin.user.viewProfile')}
          </Anchor>
        </Stack>
      </Group>
      <UserEditor key={user.id} mode="edit" user={user} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <UserStatusCard user={user} />
        <UserRolesCard user={user} />
        {user.abilities.canEdit && user.status === 'ACTIVE' ? <UserAccessCard user={user} /> : null}
      </SimpleGrid>
    </Stack>
  );
}
