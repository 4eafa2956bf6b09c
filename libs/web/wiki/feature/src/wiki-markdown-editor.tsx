import { ActionIcon, Group, Progress, SimpleGrid, Stack, Text, Tooltip } from '@mantine/core';
import { LIMITS } from '@pillars/shared/validation';
import { uploadFile, useErrorMessages } from '@pillars/web/core/data-access';
import { UserTextarea } from '@pillars/web/ui';
import {
  IconBold,
  IconCode,
  IconFileSymlink,
  IconH2,
  IconItalic,
  IconLink,
  IconList,
  IconListNumbers,
  IconPhoto,
  IconTable,
  type Icon,
} from '@tabler/icons-react';
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { WikiPreview } from './wiki-preview';
import { applyMarkdown, imageMarkdown, insertText, type MarkdownAction, type TextSelection, wikiPageLink } from './markdown-edits';
import { WikiLinkPicker } from './wiki-link-picker';

interface Tool {
  action: MarkdownAction | 'pageLink' | 'image';
  icon: Icon;
  /** KeyboardEvent.code with Ctrl/Cmd (and Shift/Alt): layout-independent, so it works on Arabic and Hebrew keyboards. */
  code?: string;
  shift?: boolean;
  alt?: boolean;
}

const TOOLS: Tool[] = [
  { action: 'heading', icon: IconH2, code: 'Digit2', alt: true },
  { action: 'bold', icon: IconBold, code: 'KeyB' },
  { action: 'italic', icon: IconItalic, code: 'KeyI' },
  { action: 'bulletList', icon: IconList, code: 'Digit8', shift: true },
  { action: 'orderedList', icon: IconListNumbers, code: 'Digit7', shift: true },
  { action: 'table', icon: IconTable },
  { action: 'codeBlock', icon: IconCode, code: 'KeyC', alt: true },
  { action: 'link', icon: IconLink, code: 'KeyK' },
  { action: 'pageLink', icon: IconFileSymlink, code: 'KeyK', shift: true },
  { action: 'image', icon: IconPhoto },
];

const isMac = () => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const shortcutLabel = (tool: Tool) => {
  if (!tool.code) return null;
  const key = tool.code.replace(/^Key|^Digit/, '');
  return [isMac() ? '⌘' : 'Ctrl', tool.shift ? 'Shift' : null, tool.alt ? (isMac() ? '⌥' : 'Alt') : null, key].filter(Boolean).join('+');
};

export interface WikiMarkdownEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** The page's space: the `[[page]]` picker prefers its pages. */
  spaceId: string;
  language: string;
  label: string;
  disabled?: boolean;
  error?: string;
}

/**
 * Markdown with a toolbar and shortcuts, for people who are not engineers (docs/decisions.md,
 * "Wiki web"): each button writes the Markdown for them, and the rendered preview sits beside
 * the text (below it on a phone).
 */
export function WikiMarkdownEditor({ value, onChange, spaceId, language, label, disabled, error }: WikiMarkdownEditorProps) {
  const { t } = useTranslation();
  const { messages } = useErrorMessages();
  const area = useRef<HTMLTextAreaElement>(null);
  const file = useRef<HTMLInputElement>(null);
  const pending = useRef<[number, number] | null>(null);
  const [picking, setPicking] = useState(false);
  const [upload, setUpload] = useState<{ sent: number; total: number } | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const saved = useRef<TextSelection | null>(null);

  // After an edit, put the selection where the action said (React has replaced the text by then).
  useLayoutEffect(() => {
    const el = area.current;
    if (el && pending.current) {
      el.focus();
      el.setSelectionRange(...pending.current);
      pending.current = null;
    }
  }, [value]);

  const selection = (): TextSelection => {
    const el = area.current;
    return { value, start: el?.selectionStart ?? value.length, end: el?.selectionEnd ?? value.length };
  };
  const apply = (next: TextSelection) => {
    pending.current = [next.start, next.end];
    onChange(next.value);
  };
  const run = (tool: Tool['action']) => {
    if (disabled) return;
    if (tool === 'pageLink') {
      saved.current = selection();
      setPicking(true);
    } else if (tool === 'image') {
      saved.current = selection();
      file.current?.click();
    } else {
      apply(applyMarkdown(tool, selection(), { text: t('wiki.editor.placeholderText'), url: 'https://', code: t('wiki.editor.placeholderCode'), column: t('wiki.editor.placeholderColumn') }));
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!(event.ctrlKey || event.metaKey)) return;
    const tool = TOOLS.find((x) => x.code === event.code && !!x.shift === event.shiftKey && !!x.alt === event.altKey);
    if (!tool) return;
    event.preventDefault();
    run(tool.action);
  };
  const onFile = (picked: File | undefined) => {
    if (!picked) return;
    const at = saved.current ?? selection();
    setUploadError(null);
    setUpload({ sent: 0, total: picked.size });
    uploadFile(picked, picked.name, { onProgress: (sent, total) => setUpload({ sent, total }) })
      .then((uploaded) => {
        const alt = uploaded.name.replace(/\.[^.]+$/, '');
        apply(insertText({ ...at, value }, imageMarkdown(alt, uploaded.url)));
      })
      .catch((e: unknown) => setUploadError(messages(e).join(' ')))
      .finally(() => setUpload(null));
  };

  return (
    <Stack gap="xs">
      <Group gap={4} role="toolbar" aria-label={t('wiki.editor.toolbar')} wrap="wrap">
        {TOOLS.map((tool) => {
          const shortcut = shortcutLabel(tool);
          const name = t(`wiki.editor.tools.${tool.action}`);
          return (
            <Tooltip key={tool.action} label={shortcut ? `${name} (${shortcut})` : name} withArrow openDelay={300}>
              <ActionIcon variant="default" size="lg" aria-label={name} aria-keyshortcuts={shortcut?.replace('⌘', 'Meta').replace('⌥', 'Alt') ?? undefined} onClick={() => run(tool.action)} disabled={disabled}>
                <tool.icon size={18} aria-hidden="true" />
              </ActionIcon>
            </Tooltip>
          );
        })}
        <input ref={file} type="file" accept="image/*" hidden aria-hidden="true" tabIndex={-1} onChange={(e) => { onFile(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }} />
      </Group>
      {upload ? <Progress value={upload.total ? (100 * upload.sent) / upload.total : 0} aria-label={t('wiki.editor.uploading')} size="sm" /> : null}
      {uploadError ? (
        <Text size="sm" c="red" role="alert">
          {uploadError}
        </Text>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <UserTextarea
          ref={area}
          label={label}
          description={t('wiki.editor.bodyHint')}
          value={value}
          onChange={(e) => onChange(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          autosize
          minRows={16}
          maxRows={40}
          maxLength={LIMITS.wikiPageBytes}
          disabled={disabled}
          error={error}
          lang={language}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
        />
        <WikiPreview body={value} spaceId={spaceId} language={language} />
      </SimpleGrid>
      <WikiLinkPicker
        opened={picking}
        spaceId={spaceId}
        onClose={() => setPicking(false)}
        onPick={(page) => {
          setPicking(false);
          const at = saved.current ?? selection();
          const text = at.value.slice(at.start, at.end) || page.title;
          apply(insertText({ ...at, value }, wikiPageLink(text, page.id)));
        }}
      />
    </Stack>
  );
}
