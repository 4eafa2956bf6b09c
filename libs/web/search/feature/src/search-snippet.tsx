import { Fragment } from 'react';

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const decode = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e);

/**
 * A hit's snippet. The API escapes it and marks matches with <mark> only; this renders it as
 * text and <mark> elements, never as HTML, so nothing else can come through even if it did.
 */
export function SearchSnippet({ html }: { html: string }) {
  const parts = html.split(/(<mark>[\s\S]*?<\/mark>)/g).filter(Boolean);
  return (
    <span dir="auto">
      {parts.map((part, i) =>
        part.startsWith('<mark>') && part.endsWith('</mark>') ? <mark key={i}>{decode(part.slice(6, -7))}</mark> : <Fragment key={i}>{decode(part)}</Fragment>,
      )}
    </span>
  );
}
