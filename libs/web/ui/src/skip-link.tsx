import classes from './skip-link.module.css';

/** The first focusable element: jumps past the header to the page's main landmark. */
export function SkipLink({ targetId, label }: { targetId: string; label: string }) {
  return (
    <a className={classes.skip} href={`#${targetId}`}>
      {label}
    </a>
  );
}
