import { Typography } from '@mantine/core';
import { useLayoutEffect, useRef, type MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import classes from './post-body.module.css';

/**
 * The server's sanitised HTML (bodyHtml, rendered and cleaned on write: the only HTML ever set
 * this way). Internal links (mentions, #topics) navigate inside the app.
 */
export function PostBody({ html, language }: { html: string; language?: string | null }) {
  const navigate = useNavigate();
  const ref = useRef<HTMLDivElement>(null);
  // Code blocks and tables scroll sideways on a phone: keyboard users must be able to reach and
  // scroll them (axe scrollable-region-focusable), so they take a place in the tab order.
  useLayoutEffect(() => {
    ref.current?.querySelectorAll<HTMLElement>('pre, table').forEach((el) => {
      el.tabIndex = 0;
    });
  }, [html]);
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const anchor = (event.target as HTMLElement).closest('a');
    const href = anchor?.getAttribute('href');
    if (!anchor || !href || !href.startsWith('/') || href.startsWith('//') || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <Typography className={classes.body}>
      <div ref={ref} dir="auto" lang={language ?? undefined} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
