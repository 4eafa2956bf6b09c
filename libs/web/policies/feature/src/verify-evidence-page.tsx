import { useLazyQuery } from '@apollo/client/react';
import { Alert, Button, Stack, Table, Text, Title } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { VerifyPolicyEvidenceDocument } from '@pillars/web/policies/data-access';
import { ErrorView } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** HR and admins: recompute the organisation's evidence chain and name every row that breaks it. */
export function VerifyEvidencePage() {
  const { t } = useTranslation();
  usePageTitle(t('policies.verify.title'));
  const headingId = useId();
  const { messages } = useErrorMessages();
  const [verify, { data, loading, error }] = useLazyQuery(VerifyPolicyEvidenceDocument, { fetchPolicy: 'network-only' });
  const report = data?.verifyPolicyEvidence;

  return (
    <Stack gap="lg" maw={960} component="section" aria-labelledby={headingId}>
      <Title order={1} id={headingId}>
        {t('policies.verify.title')}
      </Title>
      <Text>{t('policies.verify.hint')}</Text>
      <div>
        <Button onClick={() => void verify().catch(() => undefined)} loading={loading} leftSection={<IconShieldCheck size={16} aria-hidden="true" />}>
          {t('policies.verify.run')}
        </Button>
      </div>
      {error ? <ErrorView title={t('policies.verify.title')} messages={messages(error)} /> : null}
      {report ? (
        <Stack gap="sm" aria-live="polite">
          {report.ok ? (
            <Alert color="teal" icon={<IconShieldCheck aria-hidden="true" />} role="status">
              {t('policies.verify.ok', { count: report.checked })}
            </Alert>
          ) : (
            <Alert color="red" icon={<IconAlertTriangle aria-hidden="true" />} role="alert">
              {t('policies.verify.broken', { count: report.problems.length, checked: report.checked })}
            </Alert>
          )}
          {report.problems.length ? (
            <Table.ScrollContainer minWidth={480}>
              <Table>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('policies.verify.problem')}</Table.Th>
                    <Table.Th>{t('policies.evidence.position')}</Table.Th>
                    <Table.Th>{t('policies.verify.row')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.problems.map((p) => (
                    <Table.Tr key={`${p.kind}-${p.position}-${p.rowId ?? ''}`}>
                      <Table.Td>{t(`policies.verify.kind.${p.kind}`, { defaultValue: p.kind })}{p.missing ? ` (${t('policies.verify.missing', { count: p.missing })})` : ''}</Table.Td>
                      <Table.Td>{p.position}</Table.Td>
                      <Table.Td>
                        <Text span ff="monospace" size="sm">
                          {p.rowId ?? '—'}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          ) : null}
        </Stack>
      ) : null}
    </Stack>
  );
}
