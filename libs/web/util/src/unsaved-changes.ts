import { useCallback, useEffect, useRef } from 'react';
import { useBlocker } from 'react-router-dom';

export interface UnsavedChanges {
  /** A navigation away is waiting for the person's answer. */
  asking: boolean;
  stay: () => void;
  leave: () => void;
  /** Call before navigating after a successful save, so that navigation is not held. */
  allowNext: () => void;
}

/**
 * Holds in-app navigation while `dirty` and asks (react-router's blocker, so it needs a data
 * router); a reload or closing the tab gets the browser's own question.
 */
export function useUnsavedChanges(dirty: boolean): UnsavedChanges {
  const allowed = useRef(false);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && !allowed.current && (currentLocation.pathname !== nextLocation.pathname || currentLocation.search !== nextLocation.search));
  useEffect(() => {
    if (!dirty) return undefined;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);
  const stay = useCallback(() => blocker.reset?.(), [blocker]);
  const leave = useCallback(() => blocker.proceed?.(), [blocker]);
  const allowNext = useCallback(() => {
    allowed.current = true;
  }, []);
  return { asking: blocker.state === 'blocked', stay, leave, allowNext };
}
