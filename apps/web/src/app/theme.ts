import { createTheme, type CSSVariablesResolver } from '@mantine/core';

const systemFonts =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Arabic", "Noto Sans Hebrew", "Helvetica Neue", Arial, sans-serif';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Darker shades keep filled buttons and links above 4.5:1 contrast in both schemes.
  primaryShade: { light: 7, dark: 4 },
  fontFamily: systemFonts,
  headings: { fontFamily: systemFonts },
  defaultRadius: 'md',
  focusRing: 'auto',
  // People who ask their system for less motion get dialogs, menus and drawers without transitions.
  respectReducedMotion: true,
});

/** Dimmed and light-variant text darker than Mantine's default, which falls below 4.5:1 on white. */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // Error text and danger (filled red) buttons: red 9 is 5.5:1 on white (Mantine's red 6/7 are 3.3/3.8).
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    '--mantine-color-red-filled': 'var(--mantine-color-red-9)',
    '--mantine-color-red-filled-hover': 'color-mix(in srgb, var(--mantine-color-red-9), black 15%)',
    // Filled orange and green (suspend, reactivate) take white text: shade 9 alone is 4.3:1, darkened it passes.
    '--mantine-color-orange-filled': 'color-mix(in srgb, var(--mantine-color-orange-9), black 15%)',
    '--mantine-color-orange-filled-hover': 'color-mix(in srgb, var(--mantine-color-orange-9), black 25%)',
    '--mantine-color-green-filled': 'color-mix(in srgb, var(--mantine-color-green-9), black 15%)',
    '--mantine-color-green-filled-hover': 'color-mix(in srgb, var(--mantine-color-green-9), black 25%)',
    // Text on light (tinted) badges and buttons: shade 9 darkened keeps it above 4.5:1.
    ...Object.fromEntries(Object.keys(t.colors).map((c) => [`--mantine-color-${c}-light-color`, `color-mix(in srgb, var(--mantine-color-${c}-9), black 30%)`])),
  },
  dark: {
    '--mantine-color-dimmed': 'var(--mantine-color-dark-1)',
    // On the dark body: red 5 text is 5.6:1; a filled red button keeps white text at 4.5:1 with red 8.
    '--mantine-color-error': 'var(--mantine-color-red-5)',
    '--mantine-color-red-filled': 'var(--mantine-color-red-8)',
    '--mantine-color-red-filled-hover': 'color-mix(in srgb, var(--mantine-color-red-8), black 15%)',
  },
});
