import type { MouseEvent } from 'react';
import classes from './skip-link.module.css';

/**
 * The first focusable element: moves focus to the page's main landmark. It stays on the page
 * (no hash navigation, which a router would treat as a new location); the href is the no-script fallback.
 */
export function SkipLink({ targetId, label }: { targetId: string; label: string }) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
    target.scrollIntoView({ block: 'start' });
  };
  return (
    <a className={classes.skip} href={`#${targetId}`} onClick={skip}>
      {label}
    </a>
  );
}
