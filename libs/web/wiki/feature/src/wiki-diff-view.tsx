import { SegmentedControl, Stack, Text, VisuallyHidden } from '@mantine/core';
import type { WikiDiffKind } from '@pillars/web/graphql';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './wiki-diff-view.module.css';

export interface WikiDiffPart {
  kind: WikiDiffKind;
  value: string;
}

export interface WikiDiffViewProps {
  parts: readonly WikiDiffPart[];
  /** Names of the two sides ("Revision 3", "Their version"). */
  fromLabel: string;
  toLabel: string;
  /** Starting layout; the user can switch. */
  initialMode?: 'inline' | 'sideBySide';
}

/**
 * A word-level diff from the API's parts. Added and removed words are marked with colour and
 * with a "+"/"−" sign and underline/strike-through, and each change carries a hidden word for
 * screen readers, so nothing depends on colour alone.
 */
export function WikiDiffView({ parts, fromLabel, toLabel, initialMode = 'sideBySide' }: WikiDiffViewProps) {
  const { t } = useTranslation();
  const [mode, setMode] = useState(initialMode);
  const id = useId();
  const changed = parts.some((p) => p.kind !== 'SAME');
  const piece = (p: WikiDiffPart, i: number) => {
    if (p.kind === 'SAME') return <span key={i}>{p.value}</span>;
    const added = p.kind === 'ADDED';
    const Tag = added ? 'ins' : 'del';
    return (
      <Tag key={i} className={added ? classes.added : classes.removed}>
        <span className={classes.mark} aria-hidden="true">
          {added ? '+' : '−'}
        </span>
        <VisuallyHidden component="span">{added ? t('wiki.diff.addedSr') : t('wiki.diff.removedSr')}</VisuallyHidden>
        {p.value}
      </Tag>
    );
  };
  return (
    <Stack gap="sm">
      <SegmentedControl
        w="fit-content"
        value={mode}
        onChange={(v) => setMode(v === 'inline' ? 'inline' : 'sideBySide')}
        aria-label={t('wiki.diff.layout')}
        data={[
          { value: 'sideBySide', label: t('wiki.diff.sideBySide') },
          { value: 'inline', label: t('wiki.diff.inline') },
        ]}
      />
      <Text size="xs" c="dimmed" id={`${id}-legend`}>
        {t('wiki.diff.legend')}
      </Text>
      {!changed ? (
        <Text c="dimmed">{t('wiki.diff.noChanges')}</Text>
      ) : mode === 'inline' ? (
        <pre className={classes.diff} dir="auto" aria-label={t('wiki.diff.inlineLabel', { from: fromLabel, to: toLabel })} aria-describedby={`${id}-legend`} tabIndex={0}>
          {parts.map(piece)}
        </pre>
      ) : (
        <div className={classes.sides}>
          <Stack gap={4}>
            <Text size="sm" fw={600} id={`${id}-from`}>
              {fromLabel}
            </Text>
            <pre className={classes.diff} dir="auto" aria-labelledby={`${id}-from`} aria-describedby={`${id}-legend`} tabIndex={0} data-side="from">
              {parts.map((p, i) => (p.kind === 'ADDED' ? null : piece(p, i)))}
            </pre>
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={600} id={`${id}-to`}>
              {toLabel}
            </Text>
            <pre className={classes.diff} dir="auto" aria-labelledby={`${id}-to`} aria-describedby={`${id}-legend`} tabIndex={0} data-side="to">
              {parts.map((p, i) => (p.kind === 'REMOVED' ? null : piece(p, i)))}
            </pre>
          </Stack>
        </div>
      )}
    </Stack>
  );
}
