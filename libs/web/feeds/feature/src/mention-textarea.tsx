import { useQuery } from '@apollo/client/react';
import { Group, Paper, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { MentionSuggestionsDocument } from '@pillars/web/feeds/data-access';
import { UserAvatar, UserTextarea } from '@pillars/web/ui';
import { IconUsersGroup } from '@tabler/icons-react';
import { forwardRef, useId, useImperativeHandle, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './mention-textarea.module.css';

/** The `@word` being typed right before the caret, if any. */
export function mentionQueryAt(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|[\s(])@([^\s@[\]()]{1,40})$/u.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[2].length - 1, query: match[2] };
}

interface Option {
  kind: 'user' | 'team';
  id: string;
  name: string;
  initials?: string;
  detail?: string | null;
}

export interface MentionTextareaProps {
  value: string;
  onChange: (value: string) => void;
  /** The team feed written in: mention suggestions are limited to who may be mentioned there. */
  teamId?: string | null;
  label: string;
  hideLabel?: boolean;
  placeholder?: string;
  description?: ReactNode;
  error?: ReactNode;
  disabled?: boolean;
  minRows?: number;
  maxLength?: number;
  /** Focus on mount (a reply box opened by its "Reply" button, which then disappears). */
  autoFocus?: boolean;
  /** Ctrl/Cmd+Enter. */
  onSubmit?: () => void;
}

/**
 * A Markdown textarea with `@` autocomplete (ARIA 1.2 combobox with a listbox popup): arrows move,
 * Enter or Tab inserts `@[Name](user:<id>)`, Escape closes. The server turns that into a link.
 */
export const MentionTextarea = forwardRef<HTMLTextAreaElement, MentionTextareaProps>(function MentionTextarea(
  { value, onChange, teamId, label, hideLabel, placeholder, description, error, disabled, minRows = 3, maxLength, autoFocus, onSubmit },
  forwarded,
) {
  const { t } = useTranslation();
  const listId = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(forwarded, () => ref.current as HTMLTextAreaElement);
  useLayoutEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, []); // once, on mount
  // Where the caret goes once the value with an inserted mention is rendered.
  const pendingCaret = useRef<number | null>(null);
  useLayoutEffect(() => {
    const at = pendingCaret.current;
    if (at === null || !ref.current) return;
    pendingCaret.current = null;
    ref.current.focus();
    ref.current.setSelectionRange(at, at);
  }, [value]);
  const [token, setToken] = useState<{ start: number; query: string } | null>(null);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const [query] = useDebouncedValue(token?.query ?? '', 150);
  const wanted = token !== null && query !== '' && query === token.query && dismissed !== `${token.start}:${token.query}`;
  const { data, loading } = useQuery(MentionSuggestionsDocument, { variables: { query, teamId: teamId ?? null }, skip: !wanted });
  const options: Option[] = wanted
    ? [
        ...(data?.mentionSuggestions.people ?? []).map((p) => ({ kind: 'user' as const, id: p.id, name: p.name, initials: p.initials, detail: p.title })),
        ...(data?.mentionSuggestions.teams ?? []).map((team) => ({ kind: 'team' as const, id: team.id, name: team.name })),
      ]
    : [];
  const open = wanted && (options.length > 0 || !loading);
  const current = Math.min(active, Math.max(options.length - 1, 0));
  const optionId = (i: number) => `${listId}-option-${i}`;

  const track = (text: string, caret: number) => {
    const next = mentionQueryAt(text, caret);
    setToken(next);
    if (next?.query !== token?.query) setActive(0);
  };

  const choose = (option: Option) => {
    const el = ref.current;
    if (!token || !el) return;
    const caret = token.start + 1 + token.query.length;
    // Brackets and parentheses would end the Markdown link early.
    const label = option.name.replace(/[[\]()]/g, '');
    const inserted = `@[${label}](${option.kind}:${option.id}) `;
    const next = value.slice(0, token.start) + inserted + value.slice(caret);
    onChange(next);
    setToken(null);
    pendingCaret.current = token.start + inserted.length;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      onSubmit?.();
      return;
    }
    if (!open || !token) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setDismissed(`${token.start}:${token.query}`);
      return;
    }
    if (options.length === 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + options.length) % options.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      choose(options[current]);
    }
  };

  return (
    <div className={classes.wrapper}>
      <UserTextarea
        ref={ref}
        label={label}
        labelProps={hideLabel ? { className: classes.hiddenLabel } : undefined}
        placeholder={placeholder}
        description={description}
        error={error}
        disabled={disabled}
        autosize
        minRows={minRows}
        maxRows={16}
        maxLength={maxLength}
        value={value}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open && options.length > 0 ? optionId(current) : undefined}
        onChange={(e) => {
          onChange(e.currentTarget.value);
          track(e.currentTarget.value, e.currentTarget.selectionStart ?? e.currentTarget.value.length);
        }}
        onSelect={(e) => track(e.currentTarget.value, e.currentTarget.selectionStart ?? 0)}
        onBlur={() => setTimeout(() => setToken(null), 150)}
        onKeyDown={onKeyDown}
      />
      {open ? (
        <Paper withBorder shadow="md" className={classes.popup}>
          <ul id={listId} role="listbox" aria-label={t('feeds.mention.suggestions')} className={classes.list}>
            {options.length === 0 ? (
              <li role="option" aria-selected={false} aria-disabled="true" className={classes.empty}>
                <Text size="sm" c="dimmed">
                  {t('feeds.mention.none')}
                </Text>
              </li>
            ) : (
              options.map((o, i) => (
                <li
                  key={`${o.kind}:${o.id}`}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === current}
                  className={classes.option}
                  data-active={i === current || undefined}
                  // Keeps the focus in the textarea: the listbox is driven from there.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(o)}
                >
                  <Group gap="xs" wrap="nowrap">
                    {o.kind === 'user' ? <UserAvatar initials={o.initials ?? ''} seed={o.id} size="sm" /> : <IconUsersGroup size={20} aria-hidden="true" />}
                    <div style={{ minWidth: 0 }}>
                      <Text size="sm" dir="auto" truncate>
                        {o.name}
                      </Text>
                      <Text size="xs" c="dimmed" dir="auto" truncate>
                        {o.kind === 'team' ? t('feeds.mention.team') : (o.detail ?? t('feeds.mention.person'))}
                      </Text>
                    </div>
                  </Group>
                </li>
              ))
            )}
          </ul>
        </Paper>
      ) : null}
    </div>
  );
});
