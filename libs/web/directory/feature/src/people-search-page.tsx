import { Anchor, Autocomplete, Badge, Button, Center, CloseButton, Group, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { NetworkStatus } from '@apollo/client';
import { useLazyQuery, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { LIMITS } from '@pillars/shared/validation';
import { useErrorMessages, useLiveRooms, useSession } from '@pillars/web/core/data-access';
import { DIRECTORY_ROOM, DirectorySearchDocument, LocationsDocument, PeopleExportDocument, personRoom } from '@pillars/web/directory/data-access';
import { CardGridSkeleton, EmptyView, ErrorView, PersonCard } from '@pillars/web/ui';
import { IconDownload, IconMapPin, IconSearch, IconUsers } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { PersonLink } from './person-link';
import { skillsToShow } from './profile-format';
import { TeamSelect } from './team-select';
import { downloadCsv, usePageTitle, useSearchParamInput, useSearchParamValue } from '@pillars/web/util';

export function PeopleSearchPage() {
  const { t } = useTranslation();
  usePageTitle(t('directory.search.title'));
  const { messages } = useErrorMessages();
  const [, setParams] = useSearchParams();
  const search = useSearchParamInput('q');
  const place = useSearchParamInput('location');
  const [teamId, setTeamId] = useSearchParamValue('team');
  // A skill tag from a profile ("who knows Kubernetes"): the whole tag, any case or accent.
  const [skill, setSkill] = useSearchParamValue('skill');
  // Sub-teams are in by default; the URL says so only when they are left out.
  const [subTeamsParam, setSubTeamsParam] = useSearchParamValue('subteams');
  const includeSubTeams = subTeamsParam !== 'no';
  const { can } = useSession();

  const filters = {
    query: search.value || undefined,
    location: place.value || undefined,
    teamId: teamId ?? undefined,
    includeSubTeams: teamId ? includeSubTeams : undefined,
    skill: skill ?? undefined,
  };
  const variables = { ...filters, first: LIMITS.defaultPageSize };
  const { data, error, fetchMore, networkStatus, refetch } = useQuery(DirectorySearchDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  const people = useMemo(() => data?.people.edges.map((e) => e.node) ?? [], [data]);
  const pageInfo = data?.people.pageInfo;
  // Bulk changes arrive in the list room; an edit of one person reaches the rows showing them.
  useLiveRooms([DIRECTORY_ROOM, ...people.map((p) => personRoom(p.id))]);
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const filtered = Boolean(search.value || place.value || teamId || skill);

  // Every location in the organisation, busiest first; the filter still accepts free text.
  const { data: locationData } = useQuery(LocationsDocument);
  const locations = useMemo(() => locationData?.locations.map((l) => l.location) ?? [], [locationData]);

  const clearFilters = () => {
    search.setText('');
    place.setText('');
    setParams(new URLSearchParams(), { replace: true });
  };

  const loadMore = () => fetchMore({ variables: { after: pageInfo?.endCursor } });
  const suggestion = data?.people.didYouMean;
  const applySuggestion = () => {
    if (suggestion?.query) search.setText(suggestion.query);
    if (suggestion?.location) place.setText(suggestion.location);
  };

  const [exportPeople, { loading: exporting }] = useLazyQuery(PeopleExportDocument, { fetchPolicy: 'no-cache' });
  const download = async () => {
    try {
      const { data: file, error: failed } = await exportPeople({ variables: filters });
      if (failed || !file) throw failed ?? new Error('no data');
      downloadCsv('pillars-directory.csv', file.peopleExport.csv);
      if (file.peopleExport.truncated) notifications.show({ color: 'yellow', message: t('directory.search.exportTruncated', { count: file.peopleExport.rows }) });
    } catch (e) {
      notifications.show({ color: 'red', title: t('directory.search.exportFailed'), message: messages(e).join(' ') });
    }
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <Title order={1}>{t('directory.search.title')}</Title>
        {can('canManagePeople') ? (
          <Button variant="default" leftSection={<IconDownload size={16} aria-hidden="true" />} onClick={() => void download()} loading={exporting}>
            {t('directory.search.export')}
          </Button>
        ) : null}
      </Group>
      <form role="search" onSubmit={(e) => e.preventDefault()} aria-label={t('directory.search.formLabel')}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={t('directory.search.label')}
            placeholder={t('directory.search.placeholder')}
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            value={search.text}
            onChange={(e) => search.setText(e.currentTarget.value)}
            maxLength={LIMITS.searchQuery}
            type="search"
            style={{ flex: '2 1 240px' }}
          />
          <TeamSelect
            label={t('directory.search.team')}
            placeholder={t('directory.search.anyTeam')}
            value={teamId}
            onChange={setTeamId}
            style={{ flex: '1 1 200px' }}
          />
          <Autocomplete
            label={t('directory.search.location')}
            placeholder={t('directory.search.anyLocation')}
            leftSection={<IconMapPin size={16} aria-hidden="true" />}
            data={locations}
            limit={50}
            value={place.text}
            onChange={place.setText}
            maxLength={LIMITS.location}
            style={{ flex: '1 1 180px' }}
            comboboxProps={{ withinPortal: true }}
          />
          {teamId ? (
            <Switch
              label={t('directory.search.includeSubTeams')}
              checked={includeSubTeams}
              onChange={(e) => setSubTeamsParam(e.currentTarget.checked ? null : 'no')}
              style={{ alignSelf: 'center' }}
            />
          ) : null}
          {skill ? (
            // A filter chip whose remove button is a real, focusable button (Mantine's Pill keeps it out of the tab order).
            <Group gap={4} wrap="nowrap" style={{ alignSelf: 'center' }}>
              <Badge variant="light" size="lg" style={{ textTransform: 'none' }}>
                <Trans i18nKey="directory.search.skillFilter" values={{ skill }} components={{ skill: <bdi /> }} />
              </Badge>
              <CloseButton size="sm" aria-label={t('directory.search.removeSkill', { skill })} onClick={() => setSkill(null)} />
            </Group>
          ) : null}
          {filtered ? (
            <Button variant="subtle" onClick={clearFilters}>
              {t('directory.search.clear')}
            </Button>
          ) : null}
        </Group>
      </form>

      <section aria-labelledby="results-heading">
        <Title order={2} id="results-heading" fz="md" mb="sm" c="dimmed" fw={500}>
          <span aria-live="polite">
            {data ? t('directory.search.total', { count: data.people.totalCount, shown: people.length }) : t('directory.search.results')}
          </span>
        </Title>
        {error && !data ? (
          <ErrorView
            title={t('directory.search.failed')}
            messages={messages(error)}
            retryLabel={t('common.retry')}
            onRetry={() => void refetch()}
          />
        ) : !data ? (
          <CardGridSkeleton label={t('common.loading')} />
        ) : people.length === 0 ? (
          <EmptyView
            icon={<IconUsers size={30} />}
            title={filtered ? t('directory.search.noMatches') : t('directory.search.empty')}
            description={
              suggestion ? (
                <Trans
                  i18nKey="directory.search.didYouMean"
                  values={{ suggestion: [suggestion.query, suggestion.location].filter(Boolean).join(' · ') }}
                  components={{ fix: <Anchor component="button" type="button" onClick={applySuggestion} fz="inherit" dir="auto" /> }}
                />
              ) : filtered ? (
                t('directory.search.noMatchesHint')
              ) : undefined
            }
            action={
              filtered ? (
                <Button variant="light" onClick={clearFilters}>
                  {t('directory.search.clear')}
                </Button>
              ) : null
            }
          />
        ) : (
          <Stack gap="md">
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {people.map((p) => {
                const team = p.teams[0]?.team.name;
                const skills = skillsToShow(p.skills, { skill, query: search.value });
                return (
                  <li key={p.id}>
                    <PersonCard
                      id={p.id}
                      name={p.name}
                      initials={p.initials}
                      title={p.title}
                      details={[team, p.location].filter(Boolean).map((d) => (
                        <Text key={d} size="sm" c="dimmed" truncate="end">
                          <span dir="auto">{d}</span>
                        </Text>
                      ))}
                      photoUrl={p.photoThumbnailUrl}
                      badge={
                        skills.shown.length > 0 ? (
                          <Group gap={4} mt={4} wrap="wrap" aria-label={t('directory.search.skillsOf', { name: p.name })} role="list">
                            {skills.shown.map((s) => (
                              <Badge key={s} role="listitem" variant="light" color="gray" size="sm" style={{ textTransform: 'none' }} maw="100%">
                                <span dir="auto">{s}</span>
                              </Badge>
                            ))}
                            {skills.more > 0 ? (
                              <Text role="listitem" size="xs" c="dimmed">
                                {t('directory.search.moreSkills', { count: skills.more })}
                              </Text>
                            ) : null}
                          </Group>
                        ) : null
                      }
                      renderName={(name) => <PersonLink id={p.id}>{name}</PersonLink>}
                    />
                  </li>
                );
              })}
            </SimpleGrid>
            {error ? <ErrorView title={t('directory.search.failed')} messages={messages(error)} /> : null}
            {pageInfo?.hasNextPage ? (
              <Center>
                <Button variant="default" onClick={() => void loadMore()} loading={loadingMore}>
                  {t('directory.search.loadMore')}
                </Button>
              </Center>
            ) : null}
          </Stack>
        )}
      </section>
    </Stack>
  );
}
