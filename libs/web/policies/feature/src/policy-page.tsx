import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { isNotFound, useErrorMessages, useSession } from '@pillars/web/core/data-access';
import { PolicyDocument } from '@pillars/web/policies/data-access';
import { EmptyView, ErrorView, PageSkeleton } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconChartBar, IconFileCertificate, IconLock, IconPencil } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PolicyBadges, PolicyStatusBadge, useDates } from './policy-format';
import { policyCompliancePath, policyDraftPath, policyEvidencePath } from './policy-paths';
import { PolicyReading } from './policy-reading';

/** One policy: the version in force, the reader's own status, the text to read and acknowledge, and the history. */
export function PolicyPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useSession();
  const { messages } = useErrorMessages();
  const { day } = useDates();
  const headingId = useId();
  const [language, setLanguage] = useState<string | null>(null);
  const { data, previousData, error, refetch } = useQuery(PolicyDocument, { variables: { id, language } });
  const policy = (data ?? previousData)?.policy;
  usePageTitle(policy?.title ?? t('policies.policy.title'));

  if (error && !policy) {
    if (isNotFound(error)) return <EmptyView icon={<IconLock size={30} />} title={t('policies.policy.notFound')} />;
    return <ErrorView title={t('policies.policy.title')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  }
  if (!policy) return <PageSkeleton label={t('common.loading')} />;
  const current = policy.currentVersion;
  const manage = policy.abilities.canManage;

  return (
    <Stack gap="lg" maw={960} component="article" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="sm">
          <Title order={1} id={headingId} dir="auto">
            {policy.title}
          </Title>
          <PolicyStatusBadge status={policy.viewerStatus} />
        </Group>
        <PolicyBadges policy={policy} />
        {policy.owner ? (
          <Text size="sm" c="dimmed">
            {t('policies.policy.owner')} <bdi>{policy.owner.name}</bdi>
          </Text>
        ) : null}
      </Stack>

      {manage || (current && can('canViewCompliance')) ? (
        <Group gap="sm" wrap="wrap">
          {manage ? (
            <Button component={Link} to={policyDraftPath(policy.id)} variant="light" leftSection={<IconPencil size={16} aria-hidden="true" />}>
              {policy.draftVersion ? t('policies.policy.openDraft', { version: policy.draftVersion.label }) : t('policies.policy.newVersion')}
            </Button>
          ) : null}
          {current && can('canViewCompliance') ? (
            <Button component={Link} to={policyCompliancePath(policy.id, current.id)} variant="default" leftSection={<IconChartBar size={16} aria-hidden="true" />}>
              {t('policies.compliance.title')}
            </Button>
          ) : null}
          {current && can('canViewCompliance') ? (
            <Button component={Link} to={policyEvidencePath(policy.id, current.id)} variant="default" leftSection={<IconFileCertificate size={16} aria-hidden="true" />}>
              {t('policies.evidence.title')}
            </Button>
          ) : null}
        </Group>
      ) : null}

      {current ? (
        <Card withBorder radius="md" padding="md" component="section" aria-label={t('policies.policy.current')}>
          <Stack gap={4}>
            <Text fw={600}>
              {t('policies.versionEffective', { version: current.label, date: current.effectiveAt ? day(current.effectiveAt) : '—' })}
            </Text>
            {current.changeSummary ? (
              <Text size="sm">
                {t('policies.policy.changes')} <span dir="auto">{current.changeSummary}</span>
              </Text>
            ) : null}
            <Text size="sm" c="dimmed">
              {t('policies.policy.languages', { list: current.languages.map((l) => t(`policies.languages.${l}`)).join(', ') })}
            </Text>
            <Text size="sm" c="dimmed">
              {current.isMajor ? t('policies.policy.majorNote') : t('policies.reading.minorNote', { version: current.label })}
            </Text>
          </Stack>
        </Card>
      ) : (
        <Text c="dimmed">{t('policies.noPublishedVersion')}</Text>
      )}

      {current ? <PolicyReading version={current} canAcknowledge={policy.abilities.canAcknowledge} onLanguage={setLanguage} /> : null}

      <Stack gap={4} component="section" aria-labelledby={`${headingId}-training`}>
        <Title order={2} fz="h4" id={`${headingId}-training`}>
          {t('policies.policy.training')}
        </Title>
        {/* Linking a course comes with the training tracker; until then no policy has one. */}
        <Text size="sm" c="dimmed">
          {t('policies.policy.trainingNone')}
        </Text>
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby={`${headingId}-history`}>
        <Title order={2} fz="h4" id={`${headingId}-history`}>
          {t('policies.policy.history')}
        </Title>
        {policy.versions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('policies.policy.noVersions')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('policies.policy.version')}</Table.Th>
                  <Table.Th>{t('policies.policy.statusColumn')}</Table.Th>
                  <Table.Th>{t('policies.policy.effective')}</Table.Th>
                  <Table.Th>{t('policies.policy.summary')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {policy.versions.map((v) => (
                  <Table.Tr key={v.id}>
                    <Table.Td>
                      {v.label} <Text span size="xs" c="dimmed">{v.isMajor ? t('policies.major') : t('policies.minor')}</Text>
                    </Table.Td>
                    <Table.Td>{t(`policies.versionStatus.${v.status}`)}</Table.Td>
                    <Table.Td>{v.effectiveAt ? day(v.effectiveAt) : '—'}</Table.Td>
                    <Table.Td>
                      <span dir="auto">{v.changeSummary ?? ''}</span>
                      {manage && v.status !== 'DRAFT' ? (
                        <>
                          {' '}
                          <Anchor component={Link} to={policyEvidencePath(policy.id, v.id)} size="sm">
                            {t('policies.evidence.title')}
                          </Anchor>
                        </>
                      ) : null}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Stack>
  );
}
