import { Anchor, AppShell, Burger, Group, NavLink, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure, useWindowEvent } from '@mantine/hooks';
import { LanguageSwitcher } from '@pillars/web/auth/feature';
import { NotificationLinksProvider, useRealtime, useSession } from '@pillars/web/core/data-access';
import { ColorSchemeToggle, PageSkeleton, SkipLink } from '@pillars/web/ui';
import { IconBuildingCommunity } from '@tabler/icons-react';
import { Suspense, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { headerItems, notificationLinks, realtimeOptions } from '../features';
import { visibleSections } from '../nav.config';
import { ProfileMenu } from './profile-menu';

export const MAIN_ID = 'main';

/** While a page loaded on demand arrives (admin pages, audiences), or the session on a cold load. */
function PageLoader() {
  const { t } = useTranslation();
  return <PageSkeleton label={t('common.loading')} />;
}

/**
 * Header, pillar navigation (a drawer below `sm`) and the page in a `main` landmark. `loading`:
 * the session is still on its way, so the frame shows with a placeholder page.
 */
export function AppFrame({ loading = false }: { loading?: boolean }) {
  const { t } = useTranslation();
  const { me, can } = useSession();
  const [opened, nav] = useDisclosure(false);
  const burger = useRef<HTMLButtonElement>(null);
  // Escape closes the phone menu and gives focus back to the button that opened it.
  useWindowEvent('keydown', (event) => {
    if (event.key !== 'Escape' || !opened) return;
    nav.close();
    burger.current?.focus();
  });
  const { pathname } = useLocation();
  useRealtime(Boolean(me), realtimeOptions);

  const sections = visibleSections(can);
  // The deepest item that contains the page is current: /training/matrix is not also "My training" (/training).
  const matches = (to: string) => pathname === to || pathname.startsWith(`${to}/`);
  const current = sections.flatMap((s) => s.items.map((i) => i.to)).filter(matches).sort((a, b) => b.length - a.length)[0];
  return (
    <>
      <SkipLink targetId={MAIN_ID} label={t('shell.skipToContent')} />
      <AppShell header={{ height: 60 }} navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding={{ base: 'sm', sm: 'lg' }}>
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="xs">
            <Group gap="xs" wrap="nowrap">
              <Burger ref={burger} opened={opened} onClick={nav.toggle} hiddenFrom="sm" size="sm" aria-label={opened ? t('shell.closeNav') : t('shell.openNav')} aria-expanded={opened} aria-controls="app-nav" />
              <Anchor component={Link} to="/people" underline="never" c="var(--mantine-color-text)">
                <Group gap={8} wrap="nowrap">
                  <IconBuildingCommunity size={26} aria-hidden="true" color="var(--mantine-primary-color-filled)" />
                  <Text fw={700} fz="lg">
                    {t('app.name')}
                  </Text>
                </Group>
              </Anchor>
            </Group>
            <Group gap={4} wrap="nowrap">
              <Group visibleFrom="xs" gap={4}>
                <LanguageSwitcher />
              </Group>
              <Group hiddenFrom="xs" gap={4}>
                <LanguageSwitcher compact />
              </Group>
              {me ? headerItems.map((Item, i) => <Item key={i} />) : null}
              <ColorSchemeToggle toDarkLabel={t('theme.toDark')} toLightLabel={t('theme.toLight')} />
              {me ? <ProfileMenu me={me} /> : null}
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" id="app-nav" aria-label={t('shell.mainNav')}>
          <AppShell.Section grow component={ScrollArea}>
            <Stack gap="md">
              {sections.map((section) => (
                <div key={section.label}>
                  <Text size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" mb={4} id={`nav-${section.label}`}>
                    {t(section.label)}
                  </Text>
                  <Stack gap={2} component="ul" aria-labelledby={`nav-${section.label}`} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                    {section.items.map((item) => {
                      const active = item.to === current;
                      return (
                        <li key={item.to}>
                          <NavLink
                            component={Link}
                            to={item.to}
                            label={t(item.label)}
                            leftSection={<item.icon size={18} aria-hidden="true" />}
                            active={active}
                            aria-current={active ? 'page' : undefined}
                            variant="light"
                            onClick={nav.close}
                            style={{ borderRadius: 'var(--mantine-radius-md)' }}
                          />
                        </li>
                      );
                    })}
                  </Stack>
                </div>
              ))}
            </Stack>
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main id={MAIN_ID} tabIndex={-1} style={{ outline: 'none' }}>
          <div style={{ maxWidth: 1200, marginInline: 'auto' }}>
            <NotificationLinksProvider links={notificationLinks}>
              {loading ? (
                <PageLoader />
              ) : (
                <Suspense fallback={<PageLoader />}>
                  <Outlet />
                </Suspense>
              )}
            </NotificationLinksProvider>
          </div>
        </AppShell.Main>
      </AppShell>
    </>
  );
}
