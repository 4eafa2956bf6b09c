import { Center, Group, Paper, Stack } from '@mantine/core';
import { ColorSchemeToggle } from '@pillars/web/ui';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './language-switcher';

/** The frame of the pages outside the app (sign-in, forgot password, set password). */
export function AuthFrame({ children, footer }: { children: ReactNode; footer?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Center mih="100dvh" p="md" component="main" id="main">
      <Stack w="100%" maw={420} gap="md">
        <Group justify="flex-end" gap="xs">
          <LanguageSwitcher />
          <ColorSchemeToggle toDarkLabel={t('theme.toDark')} toLightLabel={t('theme.toLight')} />
        </Group>
        <Paper withBorder shadow="sm" radius="md" p={{ base: 'lg', sm: 'xl' }}>
          {children}
        </Paper>
        {footer}
      </Stack>
    </Center>
  );
}
