import { DirectionProvider, MantineProvider } from '@mantine/core';
import type { ReactNode } from 'react';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UserTextarea, UserTextInput } from './user-text-input';

const inRtl = (ui: ReactNode) =>
  render(
    <DirectionProvider initialDirection="rtl">
      <MantineProvider env="test">{ui}</MantineProvider>
    </DirectionProvider>,
  );

describe('user-content fields', () => {
  it('put dir="auto" on the <input> and <textarea> themselves, not on Mantine’s wrapper', () => {
    inRtl(
      <>
        <UserTextInput label="Team name" defaultValue="Design צוות" attributes={{ input: { 'data-extra': 'kept' } }} />
        <UserTextarea label="Description" defaultValue="שלום, world" />
      </>,
    );
    const input = screen.getByRole('textbox', { name: 'Team name' });
    const textarea = screen.getByRole('textbox', { name: 'Description' });
    expect(input.tagName).toBe('INPUT');
    expect(input.getAttribute('dir')).toBe('auto');
    expect(input.getAttribute('data-extra')).toBe('kept');
    expect(textarea.tagName).toBe('TEXTAREA');
    expect(textarea.getAttribute('dir')).toBe('auto');
    // The wrappers carry no dir: on a <div> `auto` finds no text and would read as left-to-right.
    expect(input.parentElement?.getAttribute('dir')).toBeNull();
    expect(textarea.parentElement?.getAttribute('dir')).toBeNull();
  });
});
