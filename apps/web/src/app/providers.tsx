import { ApolloProvider } from '@apollo/client/react';
import type { ApolloClient } from '@apollo/client';
import { DirectionProvider, Drawer, MantineProvider, Menu, mergeThemeOverrides, Modal, Notification, useDirection } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { directionOf } from '@pillars/web/core/data-access';
import type { i18n as I18n } from 'i18next';
import { type ReactNode, useEffect, useMemo } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { cssVariablesResolver, theme } from './theme';

/** Keeps Mantine's direction (portals, menus, drawers) in step with the language. */
function DirectionSync({ i18n }: { i18n: I18n }) {
  const { setDirection } = useDirection();
  useEffect(() => {
    const apply = (lng: string) => setDirection(directionOf(lng));
    apply(i18n.language);
    i18n.on('languageChanged', apply);
    return () => i18n.off('languageChanged', apply);
  }, [i18n, setDirection]);
  return null;
}

/** Mantine with the theme, plus the labels its own controls need (every dialog's and toast's close button has a name). */
function LocalizedMantine({ env, children }: { env: 'default' | 'test'; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const close = t('common.close');
  const localized = useMemo(
    () =>
      mergeThemeOverrides(theme, {
        components: {
          Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': close } } }),
          Drawer: Drawer.extend({ defaultProps: { closeButtonProps: { 'aria-label': close } } }),
          // The toasts (`notifications.show`) too: their close button is an icon only.
          Notification: Notification.extend({ defaultProps: { closeButtonProps: { 'aria-label': close } } }),
          // Mantine's initial-focus placeholder is a focusable role=presentation child of the menu,
          // which axe refuses (aria-required-children); without it focus goes to the first item.
          Menu: Menu.extend({ defaultProps: { withInitialFocusPlaceholder: false } }),
        },
      }),
    // Rebuilt per language: `close` follows it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [close, i18n.language],
  );
  return (
    <MantineProvider theme={localized} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto" env={env}>
      {children}
    </MantineProvider>
  );
}

export interface AppProvidersProps {
  client: ApolloClient;
  i18n: I18n;
  children: ReactNode;
  /** 'test' disables transitions and portals in Mantine. */
  env?: 'default' | 'test';
}

export function AppProviders({ client, i18n, children, env = 'default' }: AppProvidersProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <ApolloProvider client={client}>
        <DirectionProvider initialDirection={directionOf(i18n.language)} detectDirection={false}>
          <DirectionSync i18n={i18n} />
          <LocalizedMantine env={env}>
            <Notifications position="top-center" />
            {children}
          </LocalizedMantine>
        </DirectionProvider>
      </ApolloProvider>
    </I18nextProvider>
  );
}
