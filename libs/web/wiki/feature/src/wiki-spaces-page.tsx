import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useErrorMessages } from '@pillars/web/core/data-access';
import { CardGridSkeleton, EmptyView, ErrorView } from '@pillars/web/ui';
import { usePageTitle } from '@pillars/web/util';
import { WikiSpacesDocument, WikiViewerDocument } from '@pillars/web/wiki/data-access';
import { IconBooks, IconPlus, IconTemplate } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CreateSpaceModal } from './wiki-create-space';
import { PAGE_SIZE } from './wiki-format';
import { WIKI_TEMPLATES_PATH, wikiSpacePath } from './wiki-paths';

/** The spaces the viewer may read; HR and admins create new ones. */
export function WikiSpacesPage() {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const headingId = useId();
  const [creating, createModal] = useDisclosure(false);
  const { data, error, refetch, fetchMore, loading } = useQuery(WikiSpacesDocument, { variables: { first: PAGE_SIZE, after: null } });
  usePageTitle(t('wiki.spaces.title'));
  const connection = data?.wikiSpaces;
  const spaces = connection?.edges.map((e) => e.node) ?? [];
  const viewer = useQuery(WikiViewerDocument);
  const mayCreate = viewer.data?.abilities?.canCreateWikiSpaces === true;

  return (
    <Stack gap="lg" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Stack gap={2}>
          <Title order={1} id={headingId}>
            {t('wiki.spaces.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('wiki.spaces.intro')}
          </Text>
        </Stack>
        <Group gap="xs" wrap="wrap">
          {viewer.data?.abilities?.canManageWikiTemplates ? (
            <Button component={Link} to={WIKI_TEMPLATES_PATH} variant="default" leftSection={<IconTemplate size={16} aria-hidden="true" />}>
              {t('wiki.templates.button')}
            </Button>
          ) : null}
          {mayCreate ? (
            <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={createModal.open}>
              {t('wiki.spaces.create')}
            </Button>
          ) : null}
        </Group>
      </Group>
      {error && !connection ? (
        <ErrorView title={t('wiki.spaces.title')} messages={messages(error)} retryLabel={t('common.retry')} onRetry={() => void refetch()} />
      ) : !connection ? (
        <CardGridSkeleton label={t('common.loading')} />
      ) : spaces.length === 0 ? (
        <EmptyView
          icon={<IconBooks size={30} />}
          title={t('wiki.spaces.empty')}
          description={mayCreate ? t('wiki.spaces.emptyCreate') : t('wiki.spaces.emptyAsk')}
          action={
            mayCreate ? (
              <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={createModal.open}>
                {t('wiki.spaces.create')}
              </Button>
            ) : undefined
          }
        />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {spaces.map((space) => (
            <Card key={space.id} withBorder radius="md" padding="md" component="li">
              <Stack gap={6}>
                <Anchor component={Link} to={wikiSpacePath(space.key)} fw={600} dir="auto">
                  {space.name}
                </Anchor>
                {space.description ? (
                  <Text size="sm" c="dimmed" dir="auto" lineClamp={3}>
                    {space.description}
                  </Text>
                ) : null}
                <Group gap={6}>
                  <Badge variant="light" color="gray" tt="none">
                    {t(`wiki.visibility.${space.visibility}`)}
                  </Badge>
                  {space.viewerRole ? (
                    <Badge variant="outline" color="blue.9" tt="none">
                      {t(`wiki.role.${space.viewerRole}`)}
                    </Badge>
                  ) : null}
                </Group>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
      {connection?.pageInfo.hasNextPage ? (
        <Button variant="default" w="fit-content" loading={loading} onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
          {t('wiki.loadMore')}
        </Button>
      ) : null}
      {mayCreate ? <CreateSpaceModal opened={creating} onClose={createModal.close} /> : null}
    </Stack>
  );
}
