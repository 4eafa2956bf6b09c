import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router-dom';

/** A text field mirrored into the URL (`?name=`), debounced, replacing history entries. */
export function useSearchParamInput(name: string, delay = 300) {
  const [params, setParams] = useSearchParams();
  const fromUrl = params.get(name) ?? '';
  const [text, setText] = useState(fromUrl);
  const [debounced] = useDebouncedValue(text, delay);

  useEffect(() => {
    if (debounced.trim() === fromUrl) return;
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (debounced.trim()) next.set(name, debounced.trim());
        else next.delete(name);
        return next;
      },
      { replace: true },
    );
    // Only the typed value drives the URL; back/forward is handled below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  useEffect(() => {
    // Back/forward or a link changed the URL: show what it says.
    setText((current) => (current.trim() === fromUrl ? current : fromUrl));
  }, [fromUrl]);

  return { text, setText, value: fromUrl };
}

/** A single-value URL parameter set at once (selects). */
export function useSearchParamValue(name: string) {
  const [params, setParams] = useSearchParams();
  const value = params.get(name);
  const set = (next: string | null) =>
    setParams(
      (prev) => {
        const copy = new URLSearchParams(prev);
        if (next) copy.set(name, next);
        else copy.delete(name);
        return copy;
      },
      { replace: true },
    );
  return [value, set] as const;
}
