import { ActionIcon, Tooltip, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';

export interface ColorSchemeToggleProps {
  toDarkLabel: string;
  toLightLabel: string;
}

/** Light/dark switch; Mantine persists the choice in localStorage. */
export function ColorSchemeToggle({ toDarkLabel, toLightLabel }: ColorSchemeToggleProps) {
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: true });
  const dark = computed === 'dark';
  const label = dark ? toLightLabel : toDarkLabel;
  return (
    <Tooltip label={label} withinPortal>
      <ActionIcon variant="subtle" color="gray" size="lg" aria-label={label} onClick={() => setColorScheme(dark ? 'light' : 'dark')}>
        {dark ? <IconSun size={20} aria-hidden="true" /> : <IconMoon size={20} aria-hidden="true" />}
      </ActionIcon>
    </Tooltip>
  );
}
