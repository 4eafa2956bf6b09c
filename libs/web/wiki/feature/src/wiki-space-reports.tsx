import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { ErrorView, PageSkeleton } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { WikiSpaceReportsDocument } from '@pillars/web/wiki/data-access';
import { IconUserShare } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useWikiDates } from './wiki-format';
import { wikiPagePath } from './wiki-paths';
import { SpaceAdminsOnly } from './wiki-space-admin-links';
import { useWikiSpace } from './wiki-space-context';
import { WikiStewardshipDialog } from './wiki-stewardship-dialog';

/** A space admin's reports: links that name no live page, and pages whose owner has left (handed on from here). */
export function WikiSpaceReportsPage() {
  const { space } = useWikiSpace();
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const { day } = useWikiDates();
  const headingId = useId();
  usePageTitle(t('wiki.reports.title'));
  const { data, error, refetch } = useQuery(WikiSpaceReportsDocument, { variables: { spaceId: space.id }, skip: !space.abilities.canAdmin, fetchPolicy: 'cache-and-network' });
  const [handing, setHanding] = useState<{ id: string; title: string } | null>(null);

  if (!space.abilities.canAdmin) return <SpaceAdminsOnly spaceKey={space.key} />;
  if (error && !data) return <ErrorView title={t('wiki.reports.title')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />;
  if (!data) return <PageSkeleton label={t('common.loading')} />;
  const broken = data.wikiBrokenLinks;
  const departed = data.wikiDepartedOwnerPages;

  return (
    <Stack gap="lg" component="section" aria-labelledby={headingId}>
      <Stack gap={2}>
        <Title order={1} id={headingId}>
          {t('wiki.reports.title')}
        </Title>
        <Text size="sm" c="dimmed" dir="auto">
          {space.name}
        </Text>
      </Stack>

      <Card withBorder radius="md" padding="md" component="section" aria-labelledby={`${headingId}-broken`}>
        <Stack gap="sm">
          <Title order={2} fz="h4" id={`${headingId}-broken`}>
            {t('wiki.reports.broken', { count: broken.length })}
          </Title>
          {broken.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('wiki.reports.noBroken')}
            </Text>
          ) : (
            <Table.ScrollContainer minWidth={320}>
              <Table verticalSpacing="xs" aria-labelledby={`${headingId}-broken`}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('wiki.reports.page')}</Table.Th>
                    <Table.Th>{t('wiki.reports.linkText')}</Table.Th>
                    <Table.Th>{t('wiki.reports.target')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {broken.map((link, i) => (
                    <Table.Tr key={`${link.page.id}-${link.target}-${i}`}>
                      <Table.Td>
                        <Anchor component={Link} to={wikiPagePath(link.page.spaceKey, link.page.slug)} size="sm" dir="auto">
                          {link.page.title}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" dir="auto">
                          {link.label}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm" dir="ltr" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                          {link.target}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </Stack>
      </Card>

      <Card withBorder radius="md" padding="md" component="section" aria-labelledby={`${headingId}-departed`}>
        <Stack gap="sm">
          <Title order={2} fz="h4" id={`${headingId}-departed`}>
            {t('wiki.reports.departed', { count: departed.length })}
          </Title>
          {departed.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('wiki.reports.noDeparted')}
            </Text>
          ) : (
            <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby={`${headingId}-departed`}>
              {departed.map((page) => (
                <li key={page.id}>
                  <Group justify="space-between" wrap="wrap" gap="xs">
                    <Stack gap={0} miw={0}>
                      <Anchor component={Link} to={wikiPagePath(space.key, page.slug)} dir="auto" lang={page.language}>
                        {page.title}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {t('wiki.reports.leftBy')} <bdi>{page.owner?.name ?? ''}</bdi> · {t('wiki.reports.updated', { date: day(page.updatedAt) })}
                      </Text>
                    </Stack>
                    <Button variant="default" size="sm" leftSection={<IconUserShare size={16} aria-hidden="true" />} aria-label={t('wiki.reports.handOverName', { title: page.title })} onClick={() => setHanding({ id: page.id, title: page.title })}>
                      {t('wiki.stewardship.handOver')}
                    </Button>
                  </Group>
                </li>
              ))}
            </Stack>
          )}
        </Stack>
      </Card>
      {handing ? <WikiStewardshipDialog opened onClose={() => setHanding(null)} page={handing} onHandedOver={() => void refetch()} /> : null}
    </Stack>
  );
}
