import { NetworkStatus } from '@apollo/client';
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { isNotFound, useErrorMessages, useSession } from '@pillars/web/core/data-access';
import { PolicyEvidenceCsvDocument, PolicyEvidenceDocument } from '@pillars/web/policies/data-access';
import { CsvButton, EmptyView, ErrorView, PageSkeleton } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconFileCertificate, IconFileTypePdf, IconLock } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useDates } from './policy-format';
import { policyPath } from './policy-paths';

export const EVIDENCE_PAGE = 50;
/** The evidence pack for auditors (HR and admins), served by the API as a download in the UI's language. */
export const evidencePdfUrl = (versionId: string, language: string) => `/policies/versions/${encodeURIComponent(versionId)}/evidence.pdf?lang=${encodeURIComponent(language)}`;

/** A version's acknowledgement evidence (HR everyone's, a manager their line's), newest first; each row re-hashed by the API. */
export function PolicyEvidencePage() {
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const versionId = params.get('version');
  const { t, i18n } = useTranslation();
  const { can } = useSession();
  usePageTitle(t('policies.evidence.title'));
  const headingId = useId();
  const { moment } = useDates();
  const { messages } = useErrorMessages();
  const client = useApolloClient();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(PolicyEvidenceDocument, {
    variables: { policyId: id, versionId, first: EVIDENCE_PAGE, after: null },
    notifyOnNetworkStatusChange: true,
  });
  if (error && !data) {
    if (isNotFound(error)) return <EmptyView icon={<IconLock size={30} />} title={t('policies.policy.notFound')} />;
    return <ErrorView title={t('policies.evidence.title')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  }
  if (!data) return <PageSkeleton label={t('common.loading')} />;
  const rows = data.policyEvidence.edges.map((e) => e.node);
  const broken = rows.filter((r) => !r.intact).length;

  return (
    <Stack gap="lg" maw={1100} component="section" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Title order={1} id={headingId}>
          {t('policies.evidence.title')}
        </Title>
        {versionId && can('canVerifyPolicyEvidence') ? (
          <Anchor href={evidencePdfUrl(versionId, i18n.language)} download size="sm">
            <IconFileTypePdf size={16} aria-hidden="true" style={{ verticalAlign: 'middle', marginInlineEnd: 4 }} />
            {t('policies.evidence.pdf')}
          </Anchor>
        ) : null}
        {versionId ? (
          <CsvButton
            label={t('policies.evidence.csv')}
            fileName={`policy-evidence-${versionId}.csv`}
            describeError={(e) => messages(e).join(' ')}
            load={async () => (await client.query({ query: PolicyEvidenceCsvDocument, variables: { versionId }, fetchPolicy: 'network-only' })).data?.policyEvidenceCsv}
          />
        ) : null}
      </Group>
      <Anchor component={Link} to={policyPath(id)} size="sm">
        {t('policies.backToPolicy')}
      </Anchor>
      <Text size="sm" c="dimmed">
        {t('policies.evidence.hint')}
      </Text>
      {broken ? (
        <Text c="red" role="alert">
          {t('policies.evidence.broken', { count: broken })}
        </Text>
      ) : null}
      {rows.length === 0 ? (
        <EmptyView icon={<IconFileCertificate size={30} />} title={t('policies.evidence.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('policies.evidence.position')}</Table.Th>
                <Table.Th>{t('policies.evidence.person')}</Table.Th>
                <Table.Th>{t('policies.policy.version')}</Table.Th>
                <Table.Th>{t('policies.evidence.language')}</Table.Th>
                <Table.Th>{t('policies.evidence.method')}</Table.Th>
                <Table.Th>{t('policies.evidence.at')}</Table.Th>
                <Table.Th>{t('policies.evidence.intact')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Td>{r.position}</Table.Td>
                  <Table.Td>
                    <bdi>{r.user?.name ?? '—'}</bdi>
                  </Table.Td>
                  <Table.Td>{r.versionLabel}</Table.Td>
                  <Table.Td>{t(`policies.languages.${r.language}`, { defaultValue: r.language })}</Table.Td>
                  <Table.Td>{t(`policies.method.${r.method}`)}</Table.Td>
                  <Table.Td>{moment(r.acknowledgedAt)}</Table.Td>
                  <Table.Td>
                    <Badge color={r.intact ? 'teal' : 'red'} variant={r.intact ? 'light' : 'filled'} tt="none" title={r.hash}>
                      {r.intact ? t('policies.evidence.intactYes') : t('policies.evidence.intactNo')}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data.policyEvidence.pageInfo.hasNextPage ? (
        <div>
          <Button variant="default" loading={networkStatus === NetworkStatus.fetchMore} onClick={() => void fetchMore({ variables: { after: data.policyEvidence.pageInfo.endCursor } })}>
            {t('policies.loadMore')}
          </Button>
        </div>
      ) : null}
    </Stack>
  );
}
