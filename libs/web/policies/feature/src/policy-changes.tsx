import { Box, Button, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { PolicyQuery } from '@pillars/web/graphql';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import classes from './policy-changes.module.css';

type Diff = NonNullable<NonNullable<NonNullable<PolicyQuery['policy']>['currentVersion']>['changesSinceSigned']>;

/**
 * What changed since the version the reader last signed, word by word on the Markdown source.
 * Additions are <ins> (underlined), removals <del> (struck through) — never colour alone — and each
 * run is announced ("added:", "removed:") for screen readers, which mostly ignore ins and del.
 */
export function PolicyChanges({ diff }: { diff: Diff }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(true);
  const headingId = useId();
  const bodyId = useId();
  return (
    <Box component="section" aria-labelledby={headingId} className={classes.box}>
      <Stack gap="xs">
        <Title order={3} fz="h4" id={headingId}>
          {t('policies.changes.title', { version: diff.fromLabel })}
        </Title>
        <Text size="sm">
          {t('policies.changes.summary', { added: t('policies.changes.added', { count: diff.addedWords }), removed: t('policies.changes.removed', { count: diff.removedWords }) })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('policies.changes.legend')}
          {diff.fromLanguage !== diff.toLanguage ? ` ${t('policies.changes.otherLanguage', { language: t(`policies.languages.${diff.fromLanguage}`) })}` : ''}
        </Text>
        <div>
          <Button variant="subtle" size="compact-sm" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls={bodyId}>
            {open ? t('policies.changes.hide') : t('policies.changes.show')}
          </Button>
        </div>
        <div id={bodyId} hidden={!open} className={classes.text} dir="auto" lang={diff.toLanguage}>
          {diff.changes.map((c, i) =>
            c.kind === 'ADDED' ? (
              <ins key={i} className={classes.added}>
                <VisuallyHidden>{t('policies.changes.addedStart')}</VisuallyHidden>
                {c.text}
                <VisuallyHidden>{t('policies.changes.end')}</VisuallyHidden>
              </ins>
            ) : c.kind === 'REMOVED' ? (
              <del key={i} className={classes.removed}>
                <VisuallyHidden>{t('policies.changes.removedStart')}</VisuallyHidden>
                {c.text}
                <VisuallyHidden>{t('policies.changes.end')}</VisuallyHidden>
              </del>
            ) : (
              <span key={i}>{c.text}</span>
            ),
          )}
        </div>
      </Stack>
    </Box>
  );
}
