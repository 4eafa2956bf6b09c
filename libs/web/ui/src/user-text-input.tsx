import { Textarea, TextInput, type TextareaProps, type TextInputProps } from '@mantine/core';
import type { Ref } from 'react';

/**
 * `dir="auto"` for the field element itself. Mantine hands a `dir` prop to the input's wrapper
 * `<div>`, where `auto` finds no text (a field's value does not count) and leaves a Hebrew entry
 * left-to-right; its Styles API `attributes` reach the `<input>`/`<textarea>`.
 */
function withAutoDir<A extends { input?: Record<string, unknown> }>(attributes: A | undefined) {
  return { ...attributes, input: { ...attributes?.input, dir: 'auto' } };
}

/** A Mantine TextInput for user content (names, titles, reasons): the input follows what is typed. */
export function UserTextInput({ attributes, ...props }: Omit<TextInputProps, 'dir'> & { ref?: Ref<HTMLInputElement> }) {
  return <TextInput {...props} attributes={withAutoDir(attributes)} />;
}

/** A Mantine Textarea for user content (descriptions, posts, comments): the textarea follows what is typed. */
export function UserTextarea({ attributes, ...props }: Omit<TextareaProps, 'dir'> & { ref?: Ref<HTMLTextAreaElement> }) {
  return <Textarea {...props} attributes={withAutoDir(attributes)} />;
}
