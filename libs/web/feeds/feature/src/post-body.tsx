import { Typography } from '@mantine/core';
import { type MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import classes from './post-body.module.css';

/**
 * The server's sanitised HTML (bodyHtml, rendered and cleaned on write: the only HTML ever set
 * this way). Internal links (mentions, #topics) navigate inside the app.
 */
export function PostBody({ html, language }: { html: string; language?: string | null }) {
  const navigate = useNavigate();
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const anchor = (event.target as HTMLElement).closest('a');
    const href = anchor?.getAttribute('href');
    if (!anchor || !href || !href.startsWith('/') || href.startsWith('//') || event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <Typography className={classes.body}>
      <div dir="auto" lang={language ?? undefined} onClick={onClick} dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
