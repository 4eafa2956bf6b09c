import { ActionIcon, Button, Group, Image, Progress, Stack, Text, ThemeIcon } from '@mantine/core';
import { LIMITS } from '@pillars/shared/validation';
import { uploadFile, useErrorMessages, type UploadedFile } from '@pillars/web/core/data-access';
import { IconFileTypePdf, IconPaperclip, IconPhoto, IconX } from '@tabler/icons-react';
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The API's cap per post (post-attachments.ts `MAX_POST_ATTACHMENTS`). */
export const MAX_ATTACHMENTS = 10;
/** What the API accepts (it judges by magic bytes; this is only the hint before sending). */
export const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf'];

type Status = 'uploading' | 'done' | 'failed';
export interface PendingAttachment {
  key: string;
  name: string;
  bytes: number;
  mime: string;
  status: Status;
  /** 0..1 while uploading. */
  progress: number;
  file?: UploadedFile;
  /** A client-side refusal (translation key) or the server's error. */
  hint?: string;
  error?: unknown;
  abort?: AbortController;
}

let keys = 0;

/** The composer's files: uploaded as soon as they are picked, removable until the post is sent. */
export function useComposerAttachments() {
  const [items, setItems] = useState<PendingAttachment[]>([]);
  const live = useRef(items);
  live.current = items;
  useEffect(() => () => live.current.forEach((i) => i.abort?.abort()), []);
  const patch = (key: string, change: Partial<PendingAttachment>) => setItems((list) => list.map((i) => (i.key === key ? { ...i, ...change } : i)));

  const add = useCallback((files: readonly File[]) => {
    const room = MAX_ATTACHMENTS - live.current.filter((i) => i.status !== 'failed').length;
    const next = files.map((f, n): PendingAttachment => {
      const base = { key: `a${++keys}`, name: f.name, bytes: f.size, mime: f.type, progress: 0 };
      if (n >= room) return { ...base, status: 'failed', hint: 'feeds.attachments.tooMany' };
      if (!ACCEPTED_TYPES.includes(f.type)) return { ...base, status: 'failed', hint: 'feeds.attachments.wrongType' };
      if (f.size > LIMITS.uploadBytes) return { ...base, status: 'failed', hint: 'feeds.attachments.tooLarge' };
      const abort = new AbortController();
      uploadFile(f, f.name, { signal: abort.signal, onProgress: (sent, total) => patch(base.key, { progress: total ? sent / total : 0 }) })
        .then((file) => patch(base.key, { status: 'done', progress: 1, file, abort: undefined }))
        .catch((error: unknown) => {
          if (error instanceof DOMException && error.name === 'AbortError') return;
          patch(base.key, { status: 'failed', error, abort: undefined });
        });
      return { ...base, status: 'uploading', abort };
    });
    setItems((list) => [...list, ...next]);
  }, []);

  const remove = useCallback((key: string) => {
    live.current.find((i) => i.key === key)?.abort?.abort();
    setItems((list) => list.filter((i) => i.key !== key));
  }, []);
  const clear = useCallback(() => setItems([]), []);

  return {
    items,
    add,
    remove,
    clear,
    uploading: items.some((i) => i.status === 'uploading'),
    attachmentIds: items.flatMap((i) => (i.status === 'done' && i.file ? [i.file.id] : [])),
  };
}

const sizeText = (bytes: number, locale: string) =>
  bytes >= 1024 * 1024
    ? new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }).format(bytes / (1024 * 1024))
    : new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }).format(Math.max(1, Math.round(bytes / 1024)));

/** "Attach files" and the list of picked files: progress, thumbnail or name, errors, remove. */
export function ComposerAttachments({ items, onAdd, onRemove, disabled }: { items: PendingAttachment[]; onAdd: (files: File[]) => void; onRemove: (key: string) => void; disabled?: boolean }) {
  const { t, i18n } = useTranslation();
  const { messages } = useErrorMessages();
  const input = useRef<HTMLInputElement>(null);
  const hintId = useId();
  const full = items.filter((i) => i.status !== 'failed').length >= MAX_ATTACHMENTS;
  return (
    <Stack gap="xs">
      <Group gap="xs" wrap="wrap">
        <Button variant="default" size="xs" leftSection={<IconPaperclip size={14} aria-hidden="true" />} onClick={() => input.current?.click()} disabled={disabled || full} aria-describedby={hintId}>
          {t('feeds.attachments.add')}
        </Button>
        <Text size="xs" c="dimmed" id={hintId}>
          {t('feeds.attachments.hint', { max: MAX_ATTACHMENTS, size: sizeText(LIMITS.uploadBytes, i18n.language) })}
        </Text>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          accept={ACCEPTED_TYPES.join(',')}
          data-testid="attachment-input"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            if (files.length) onAdd(files);
          }}
        />
      </Group>
      {items.length > 0 ? (
        <Stack component="ul" gap={6} aria-label={t('feeds.attachments.listLabel')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((item) => (
            <Group component="li" key={item.key} gap="sm" wrap="nowrap" align="center">
              {item.file?.thumbnailUrl ? (
                <Image src={item.file.thumbnailUrl} alt="" w={40} h={40} radius="sm" fit="cover" />
              ) : (
                <ThemeIcon variant="light" color={item.status === 'failed' ? 'red' : 'gray'} size={40} aria-hidden="true">
                  {item.mime === 'application/pdf' ? <IconFileTypePdf size={20} /> : <IconPhoto size={20} />}
                </ThemeIcon>
              )}
              <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                <Text size="sm" dir="auto" truncate="end">
                  {item.name}
                </Text>
                {item.status === 'uploading' ? (
                  <Progress value={Math.round(item.progress * 100)} size="sm" aria-label={t('feeds.attachments.uploading', { name: item.name })} />
                ) : item.status === 'failed' ? (
                  <Text size="xs" c="red" role="alert">
                    {item.hint ? t(item.hint, { max: MAX_ATTACHMENTS, size: sizeText(LIMITS.uploadBytes, i18n.language) }) : messages(item.error).join(' ')}
                  </Text>
                ) : (
                  <Text size="xs" c="dimmed">
                    {sizeText(item.file?.bytes ?? item.bytes, i18n.language)}
                  </Text>
                )}
              </Stack>
              <ActionIcon variant="subtle" color="gray" onClick={() => onRemove(item.key)} aria-label={t('feeds.attachments.remove', { name: item.name })}>
                <IconX size={16} aria-hidden="true" />
              </ActionIcon>
            </Group>
          ))}
        </Stack>
      ) : null}
    </Stack>
  );
}
