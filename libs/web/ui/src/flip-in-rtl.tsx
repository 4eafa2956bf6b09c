import type { ReactNode } from 'react';
import classes from './flip-in-rtl.module.css';

/** Wraps a directional icon so it mirrors in RTL layouts. */
export function FlipInRtl({ children }: { children: ReactNode }) {
  return (
    <span className={classes.flip} style={{ display: 'inline-flex' }} aria-hidden="true">
      {children}
    </span>
  );
}
