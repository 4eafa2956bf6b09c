import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Group, NativeSelect, Radio, Select, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { LIMITS } from '@pillars/shared/validation';
import { fieldRule, hasErrorCode, useErrorMessages, useSession } from '@pillars/web/core/data-access';
import { AudienceChoicesDocument } from '@pillars/web/audiences/data-access';
import { AudiencePicker, EMPTY_AUDIENCE, savableRules } from '@pillars/web/audiences/picker';
import { MyFeedTeamsDocument, PublishAnnouncementDocument } from '@pillars/web/feeds/data-access';
import { announcementReachPath, FEED_QUERIES, MarkdownPreview, MentionTextarea } from '@pillars/web/feeds/feature';
import type { AudienceRulesInput, PublishAnnouncementInput } from '@pillars/web/graphql';
import { EmptyView } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconLock, IconSpeakerphone } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

const DAY_MS = 24 * 3600 * 1000;
/** The pin ends at the end of the chosen day, in the reader's time zone. */
export const pinEnd = (day: string): Date => new Date(`${day}T23:59:59`);
const isoDay = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
/** A pin must end in the future and within a year (the API's rule). */
export const pinIsValid = (day: string, now = Date.now()): boolean => {
  const at = pinEnd(day).getTime();
  return Number.isFinite(at) && at > now && at <= now + 365 * DAY_MS;
};

type Problems = Partial<Record<'body' | 'audience' | 'pinnedUntil', string>>;

/**
 * Publishing an announcement. HR and admins pick any audience with the audiences' picker; a team
 * lead announces from a team they lead to that team (optionally with its sub-teams), the only
 * audience the API accepts from them.
 */
export function AnnouncePage() {
  const { t } = useTranslation();
  usePageTitle(t('announcements.newTitle'));
  const navigate = useNavigate();
  const { me, can } = useSession();
  const anyone = can('canAnnounceToAnyone');
  const { data: teamsData } = useQuery(MyFeedTeamsDocument, { variables: { id: me?.id ?? '' }, skip: !me });
  const teams = (teamsData?.user?.teams ?? []).map((m) => ({ id: m.team.id, name: m.team.name, lead: m.role === 'LEAD' }));
  const ledTeams = teams.filter((m) => m.lead);
  const headingId = useId();
  const { messages } = useErrorMessages();
  const [body, setBody] = useState('');
  const [rules, setRules] = useState<AudienceRulesInput>(EMPTY_AUDIENCE);
  const [audienceMode, setAudienceMode] = useState<'rules' | 'saved'>('rules');
  const [savedId, setSavedId] = useState<string | null>(null);
  const [savedQuery, setSavedQuery] = useState('');
  const { data: choicesData } = useQuery(AudienceChoicesDocument, { variables: { query: savedQuery.trim() || null }, skip: !can('canAnnounceToAnyone') || audienceMode !== 'saved' });
  const [fromTeam, setFromTeam] = useState('');
  const [leadTeam, setLeadTeam] = useState('');
  const [subTeams, setSubTeams] = useState(true);
  const [mustRead, setMustRead] = useState(false);
  const [pinDay, setPinDay] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [publish, { loading, error, reset }] = useMutation(PublishAnnouncementDocument, { refetchQueries: FEED_QUERIES });

  if (!can('canAnnounce')) return <EmptyView icon={<IconLock size={30} />} title={t('announcements.notAllowed')} />;

  const chosenLeadTeam = leadTeam || (ledTeams.length === 1 ? ledTeams[0].id : '');
  const teamId = anyone ? fromTeam || null : chosenLeadTeam || null;

  const submit = () => {
    if (loading) return;
    const found: Problems = {};
    if (!body.trim()) found.body = t('announcements.bodyRequired');
    else if (body.length > LIMITS.postBody) found.body = t('feeds.composer.tooLong', { max: LIMITS.postBody });
    let audience: PublishAnnouncementInput['audience'] | null = null;
    if (anyone && audienceMode === 'saved') {
      if (savedId) audience = { audienceId: savedId };
      else found.audience = t('announcements.savedAudienceRequired');
    } else if (anyone) {
      const ready = savableRules(rules);
      if (ready) audience = { rules: ready };
      else found.audience = t('announcements.audienceRequired');
    } else if (chosenLeadTeam) {
      audience = { rules: { include: [{ kind: 'TEAM', teamId: chosenLeadTeam, includeSubTeams: subTeams }], exclude: [] } };
    } else found.audience = t('announcements.teamRequired');
    if (pinDay && !pinIsValid(pinDay)) found.pinnedUntil = t('announcements.pinnedInvalid');
    setProblems(found);
    if (Object.keys(found).length > 0 || !audience) return;
    const input: PublishAnnouncementInput = { body, audience, mustRead, teamId, pinnedUntil: pinDay ? pinEnd(pinDay).toISOString() : null };
    publish({ variables: { input } })
      .then((res) => {
        const post = res.data?.publishAnnouncement.post;
        if (post) navigate(announcementReachPath(post.id));
      })
      .catch(() => undefined);
  };

  // Server errors go on the field they are about; anything else above the button.
  const serverField = (field: keyof Problems): string | undefined => {
    if (!error) return undefined;
    if (field === 'audience' && hasErrorCode(error, 'FEEDS_AUDIENCE_OUTSIDE_TEAM')) return messages(error).join(' ');
    const rule = fieldRule(error, field) ?? (field === 'audience' ? fieldRule(error, 'audience.audienceId') : undefined);
    if (!rule) return undefined;
    return field === 'pinnedUntil' ? t('announcements.pinnedInvalid') : t(`validation.${rule}`, { defaultValue: t('validation.invalid') });
  };
  const fieldError = (field: keyof Problems) => problems[field] ?? serverField(field);
  const placed = error && (['body', 'audience', 'pinnedUntil'] as const).some((f) => serverField(f));
  const clear = () => {
    if (error) reset();
  };
  const today = new Date();

  return (
    <form
      noValidate
      aria-labelledby={headingId}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <Stack gap="lg" maw={960}>
        <Title order={1} id={headingId}>
          {t('announcements.newTitle')}
        </Title>
        <Card withBorder radius="md" padding="md">
          <Stack gap="md">
            <MentionTextarea
              value={body}
              onChange={(v) => {
                setBody(v);
                setProblems((p) => ({ ...p, body: undefined }));
                clear();
              }}
              teamId={teamId}
              label={t('announcements.body')}
              description={t('announcements.bodyHelp')}
              error={fieldError('body')}
              disabled={loading}
              onSubmit={submit}
            />
            <MarkdownPreview body={body} teamId={teamId} />
          </Stack>
        </Card>

        <Card withBorder radius="md" padding="md" component="fieldset" aria-describedby={fieldError('audience') ? `${headingId}-audience` : undefined}>
          <Stack gap="md">
            <Title order={2} fz="h4" component="legend">
              {t('announcements.audience')}
            </Title>
            {anyone ? (
              <>
                <NativeSelect
                  label={t('announcements.fromTeam')}
                  value={fromTeam}
                  onChange={(e) => setFromTeam(e.currentTarget.value)}
                  data={[{ value: '', label: t('announcements.fromCompany') }, ...teams.map((m) => ({ value: m.id, label: m.name }))]}
                  w="fit-content"
                  maw="100%"
                  disabled={loading}
                />
                <Radio.Group
                  label={t('announcements.audienceMode.label')}
                  value={audienceMode}
                  onChange={(v) => {
                    setAudienceMode(v === 'saved' ? 'saved' : 'rules');
                    setProblems((p) => ({ ...p, audience: undefined }));
                    clear();
                  }}
                >
                  <Group gap="lg" mt={6}>
                    <Radio value="rules" label={t('announcements.audienceMode.rules')} disabled={loading} />
                    <Radio value="saved" label={t('announcements.audienceMode.saved')} disabled={loading} />
                  </Group>
                </Radio.Group>
                {audienceMode === 'saved' ? (
                  <Select
                    label={t('announcements.savedAudience')}
                    placeholder={t('announcements.savedAudiencePlaceholder')}
                    searchable
                    searchValue={savedQuery}
                    onSearchChange={setSavedQuery}
                    filter={({ options }) => options}
                    nothingFoundMessage={t('announcements.savedAudienceNone')}
                    data={(choicesData?.savedAudiences.edges ?? []).map((e) => ({
                      value: e.node.id,
                      label: t('announcements.savedAudienceOption', { name: e.node.name ?? '', count: e.node.memberCount }),
                    }))}
                    value={savedId}
                    onChange={(v) => {
                      setSavedId(v);
                      setProblems((p) => ({ ...p, audience: undefined }));
                      clear();
                    }}
                    maw={480}
                    required
                    disabled={loading}
                    error={Boolean(fieldError('audience'))}
                  />
                ) : (
                  <AudiencePicker
                    value={rules}
                    onChange={(next) => {
                      setRules(next);
                      setProblems((p) => ({ ...p, audience: undefined }));
                      clear();
                    }}
                    disabled={loading}
                  />
                )}
              </>
            ) : (
              <>
                <Text size="sm" c="dimmed">
                  {t('announcements.leadHint')}
                </Text>
                <NativeSelect
                  label={t('announcements.leadTeam')}
                  value={chosenLeadTeam}
                  onChange={(e) => {
                    setLeadTeam(e.currentTarget.value);
                    setProblems((p) => ({ ...p, audience: undefined }));
                    clear();
                  }}
                  data={[...(ledTeams.length === 1 ? [] : [{ value: '', label: '—' }]), ...ledTeams.map((m) => ({ value: m.id, label: m.name }))]}
                  w="fit-content"
                  maw="100%"
                  required
                  disabled={loading}
                />
                <Switch label={t('announcements.includeSubTeams')} checked={subTeams} onChange={(e) => setSubTeams(e.currentTarget.checked)} disabled={loading} />
              </>
            )}
            {fieldError('audience') ? (
              <Text size="sm" c="red" role="alert" id={`${headingId}-audience`}>
                {fieldError('audience')}
              </Text>
            ) : null}
          </Stack>
        </Card>

        <Card withBorder radius="md" padding="md">
          <Stack gap="md">
            <Switch label={t('announcements.mustReadSwitch')} checked={mustRead} onChange={(e) => setMustRead(e.currentTarget.checked)} disabled={loading} />
            <TextInput
              type="date"
              label={t('announcements.pinnedUntil')}
              description={t('announcements.pinnedHint')}
              value={pinDay}
              min={isoDay(today)}
              max={isoDay(new Date(today.getTime() + 364 * DAY_MS))}
              onChange={(e) => {
                setPinDay(e.currentTarget.value);
                setProblems((p) => ({ ...p, pinnedUntil: undefined }));
                clear();
              }}
              error={fieldError('pinnedUntil')}
              disabled={loading}
              w="fit-content"
              maw="100%"
            />
          </Stack>
        </Card>

        {error && !placed ? (
          <Alert color="red" role="alert">
            {messages(error).join(' ')}
          </Alert>
        ) : null}
        <div>
          <Button type="submit" loading={loading} leftSection={<IconSpeakerphone size={16} aria-hidden="true" />}>
            {t('announcements.publish')}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
