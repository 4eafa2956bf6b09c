import { Alert, Anchor, Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@apollo/client/react';
import { LIMITS } from '@pillars/shared/validation';
import { fieldRule, hasErrorCode, useErrorMessages } from '@pillars/web/core/data-access';
import { CreateAudienceDocument, SavedAudienceDocument, SavedAudiencesDocument, UpdateAudienceDocument, useLiveAudience } from '@pillars/web/audiences/data-access';
import type { AudienceRuleInput, AudienceRulesInput, SavedAudienceQuery } from '@pillars/web/graphql';
import { EmptyView, ErrorView, FlipInRtl, PageSkeleton } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconArrowLeft, IconCircleCheck, IconDeviceFloppy, IconTargetOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { AudiencePicker } from './audience-picker';
import { audiencePath, AUDIENCES_PATH } from './audience-paths';
import { EMPTY_AUDIENCE, savableRules } from './audience-rules';

type StoredRule = NonNullable<SavedAudienceQuery['audience']>['rules']['include'][number];

/** A stored rule as the picker edits it: only the fields its kind uses, no nulls or typenames. */
export function toRuleInput(rule: StoredRule): AudienceRuleInput {
  const input: AudienceRuleInput = { kind: rule.kind };
  if (rule.teamId != null) input.teamId = rule.teamId;
  if (rule.includeSubTeams != null) input.includeSubTeams = rule.includeSubTeams;
  if (rule.location != null) input.location = rule.location;
  if (rule.role != null) input.role = rule.role;
  if (rule.managerId != null) input.managerId = rule.managerId;
  if (rule.direct != null) input.direct = rule.direct;
  if (rule.userIds != null) input.userIds = [...rule.userIds];
  return input;
}

/** `/admin/audiences/new` (HR, admins) and `/admin/audiences/:id` (the owner, HR, admins). */
export function AudienceEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const { data, error, refetch } = useQuery(SavedAudienceDocument, { variables: { id: id ?? '' }, skip: !id });
  const audience = data?.audience;
  usePageTitle(audience?.name ?? (id ? t('audiences.edit.title') : t('audiences.page.title')));

  if (id && error && !audience) {
    return hasErrorCode(error, 'NOT_FOUND') ? (
      <EmptyView icon={<IconTargetOff size={30} />} title={t('audiences.edit.notFound')} action={<Anchor component={Link} to={AUDIENCES_PATH}>{t('audiences.edit.back')}</Anchor>} />
    ) : (
      <ErrorView title={t('audiences.edit.failed')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />
    );
  }
  if (id && !audience) return <PageSkeleton label={t('common.loading')} />;
  return <AudienceForm key={audience?.id ?? 'new'} audience={audience ?? null} />;
}

function AudienceForm({ audience }: { audience: NonNullable<SavedAudienceQuery['audience']> | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { messages } = useErrorMessages();
  const [name, setName] = useState(audience?.name ?? '');
  const [rules, setRules] = useState<AudienceRulesInput>(
    audience ? { include: audience.rules.include.map(toRuleInput), exclude: audience.rules.exclude.map(toRuleInput) } : EMPTY_AUDIENCE,
  );
  const knownNames = Object.fromEntries([...(audience?.rules.include ?? []), ...(audience?.rules.exclude ?? [])].flatMap((r) => r.people.map((p) => [p.userId, p.name])));
  const [nameProblem, setNameProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const refetchQueries = [SavedAudiencesDocument];
  const [create, created] = useMutation(CreateAudienceDocument, { refetchQueries });
  const [update, updated] = useMutation(UpdateAudienceDocument, { refetchQueries });
  const { loading, error, reset } = audience ? updated : created;
  const live = useLiveAudience(audience?.id);
  const ready = savableRules(rules);
  const canEdit = audience ? audience.abilities.canEdit : true;

  const serverNameError = error && (hasErrorCode(error, 'AUDIENCE_NAME_TAKEN') || fieldRule(error, 'name')) ? messages(error).join(' ') : null;
  const nameError = nameProblem ?? serverNameError;
  const save = async () => {
    const trimmed = name.trim();
    if (!trimmed) {
      setNameProblem(t('audiences.edit.nameRequired'));
      return;
    }
    if (!ready || loading) return;
    try {
      if (audience) {
        await update({ variables: { input: { id: audience.id, name: trimmed, rules: ready } } });
        setSaved(true);
      } else {
        const res = await create({ variables: { input: { name: trimmed, rules: ready } } });
        const newId = res.data?.createAudience.audience.id;
        if (newId) navigate(audiencePath(newId), { replace: true });
      }
    } catch {
      // Shown from the mutation's error state (on the name field when it is about the name).
    }
  };
  const touched = () => {
    setSaved(false);
    if (error) reset();
  };

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <Stack gap="lg">
        <Anchor component={Link} to={AUDIENCES_PATH} size="sm" w="fit-content">
          <Group gap={4} wrap="nowrap">
            <FlipInRtl>
              <IconArrowLeft size={14} aria-hidden="true" />
            </FlipInRtl>
            {t('audiences.edit.back')}
          </Group>
        </Anchor>
        <Stack gap={4}>
          <Title order={1} style={{ overflowWrap: 'anywhere' }}>
            {audience ? <span dir="auto">{audience.name}</span> : t('audiences.edit.newTitle')}
          </Title>
          <Text c="dimmed">{t('audiences.page.intro')}</Text>
          {audience ? <Text size="sm">{t('audiences.page.savedCount', { count: live?.memberCount ?? audience.memberCount })}</Text> : null}
        </Stack>
        <TextInput
          label={t('audiences.edit.name')}
          description={t('audiences.edit.nameHint')}
          value={name}
          onChange={(e) => {
            setName(e.currentTarget.value);
            setNameProblem(null);
            touched();
          }}
          error={nameError}
          maxLength={LIMITS.name}
          required
          disabled={!canEdit || loading}
          maw={480}
          dir="auto"
        />
        <AudiencePicker
          value={rules}
          knownNames={knownNames}
          onChange={(next) => {
            setRules(next);
            touched();
          }}
          disabled={!canEdit || loading}
        />
        {error && !serverNameError ? <ErrorView title={t('audiences.page.saveFailed')} messages={messages(error)} /> : null}
        {saved ? (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden="true" />} title={t('audiences.page.saved')} role="status" />
        ) : null}
        {canEdit ? (
          <Group justify="flex-end" gap="sm">
            {!ready && rules.include.length + (rules.exclude?.length ?? 0) > 0 ? (
              <Text size="sm" c="dimmed">
                {t('audiences.page.incomplete')}
              </Text>
            ) : null}
            <Button type="submit" leftSection={<IconDeviceFloppy size={16} aria-hidden="true" />} disabled={!ready} loading={loading}>
              {t('audiences.page.save')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </form>
  );
}
