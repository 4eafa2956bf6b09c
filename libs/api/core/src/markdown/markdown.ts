import MarkdownIt, { type Token } from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

/**
 * The one Markdown renderer of the API (every pillar stores what this returns): markdown-it with
 * raw HTML off, then sanitize-html with an allow-list, so a gap in one is caught by the other.
 * Mentions `@[Name](user:<uuid>)` / `@[Name](team:<uuid>)` and `#topics` become links on the
 * token stream, never by string pasting into HTML; a mention the caller does not allow becomes
 * plain text `@Name` (see docs/decisions.md).
 */

export type MentionKind = 'user' | 'team';
export interface MentionRef {
  kind: MentionKind;
  id: string;
}
export interface RenderOptions {
  /** Which mentioned ids may become links; others stay plain text. Default: none. */
  allowMention?: (ref: MentionRef) => boolean;
}
export interface RenderedMarkdown {
  html: string;
  mentionedUserIds: string[];
  mentionedTeamIds: string[];
  topics: string[];
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const MENTION_HREF = new RegExp(`^(user|team):(${UUID})$`, 'i');
// A topic starts after a non-word character and holds letters, digits, marks, `_` and `-`.
const TOPIC = /(^|[^\p{L}\p{N}\p{M}_&/#])#([\p{L}\p{N}\p{M}_][\p{L}\p{N}\p{M}_-]{0,49})/gu;
const TOPIC_MAX = 50;

/** A topic's one spelling: NFC, lower-case, at most 50 characters; null if nothing remains. */
export function normalizeTopic(raw: string): string | null {
  const t = raw.normalize('NFC').replace(/^#/, '').trim().toLocaleLowerCase('und');
  if (!t || t.length > TOPIC_MAX || !/^[\p{L}\p{N}\p{M}_][\p{L}\p{N}\p{M}_-]*$/u.test(t)) return null;
  return t;
}

/** Links may go to the web (https/http), mail, our own paths; images only to https or /files/. */
const SAFE_LINK = /^(https?:\/\/|mailto:|\/(?!\/)|#)/i;
const SAFE_IMAGE = /^(https:\/\/|\/files\/)/i;

function createParser() {
  const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });
  // markdown-it's default lets `data:image/...` through; we never want data: URLs at all. The
  // URL here is already entity-decoded and normalised (`jav&#x09;ascript:` arrives as one word).
  md.validateLink = (url: string) => {
    const u = url.trim();
    return SAFE_LINK.test(u) || MENTION_HREF.test(u);
  };
  md.core.ruler.push('pillars_mentions_topics', (state) => {
    const env = state.env as unknown as Env;
    for (const block of state.tokens) if (block.type === 'inline' && block.children) block.children = rewriteInline(block.children, env, state.Token);
  });
  return md;
}

interface Env {
  [key: string | symbol]: unknown;
  allow: (ref: MentionRef) => boolean;
  users: Set<string>;
  teams: Set<string>;
  topics: Set<string>;
}

type TokenCtor = new (type: string, tag: string, nesting: Token['nesting']) => Token;

function rewriteInline(tokens: Token[], env: Env, T: TokenCtor): Token[] {
  const out: Token[] = [];
  let linkDepth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (tok.type === 'link_open') {
      const href = String(tok.attrGet('href') ?? '');
      const m = MENTION_HREF.exec(href);
      if (m) {
        // Collect the label up to the matching link_close.
        let j = i + 1;
        let label = '';
        while (j < tokens.length && tokens[j].type !== 'link_close') {
          label += tokens[j].content;
          j++;
        }
        const ref: MentionRef = { kind: m[1].toLowerCase() as MentionKind, id: m[2].toLowerCase() };
        const prev = out.at(-1);
        const hasAt = prev?.type === 'text' && prev.content.endsWith('@');
        if (hasAt && prev) prev.content = prev.content.slice(0, -1);
        if (env.allow(ref)) {
          (ref.kind === 'user' ? env.users : env.teams).add(ref.id);
          const open = new T('link_open', 'a', 1);
          open.attrSet('href', ref.kind === 'user' ? `/people/${ref.id}` : `/teams/${ref.id}`);
          open.attrSet('class', 'mention');
          open.attrSet(`data-mention-${ref.kind}`, ref.id);
          const text = new T('text', '', 0);
          text.content = `@${label}`;
          out.push(open, text, new T('link_close', 'a', -1));
        } else {
          const text = new T('text', '', 0);
          text.content = `@${label}`;
          out.push(text);
        }
        i = j;
        continue;
      }
      linkDepth++;
      out.push(tok);
      continue;
    }
    if (tok.type === 'link_close') {
      linkDepth = Math.max(0, linkDepth - 1);
      out.push(tok);
      continue;
    }
    if (tok.type === 'text' && linkDepth === 0 && tok.content.includes('#')) {
      out.push(...splitTopics(tok.content, env, T));
      continue;
    }
    out.push(tok);
  }
  return out;
}

function splitTopics(content: string, env: Env, T: TokenCtor): Token[] {
  const parts: Token[] = [];
  let last = 0;
  const text = (s: string) => {
    if (!s) return;
    const t = new T('text', '', 0);
    t.content = s;
    parts.push(t);
  };
  for (const m of content.matchAll(TOPIC)) {
    const topic = normalizeTopic(m[2]);
    if (!topic) continue;
    const start = (m.index ?? 0) + m[1].length;
    text(content.slice(last, start));
    env.topics.add(topic);
    const open = new T('link_open', 'a', 1);
    open.attrSet('href', `/topics/${encodeURIComponent(topic)}`);
    open.attrSet('class', 'topic');
    parts.push(open);
    text(`#${m[2]}`);
    parts.push(new T('link_close', 'a', -1));
    last = start + 1 + m[2].length;
  }
  text(content.slice(last));
  return parts;
}

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'p', 'br', 'hr', 'strong', 'em', 's', 'del', 'blockquote', 'code', 'pre', 'ul', 'ol', 'li', 'a', 'img',
    'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  ],
  allowedAttributes: {
    a: ['href', 'class', 'data-mention-user', 'data-mention-team', 'rel', 'target'],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    th: ['style'],
    td: ['style'],
    code: ['class'],
  },
  allowedClasses: { a: ['mention', 'topic'], code: [/^language-[a-z0-9_+-]{1,30}$/] },
  // Tables' column alignment only; anything else in style (expression(), url()) is dropped.
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['https'] },
  allowedSchemesAppliedToAttributes: ['href', 'src'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    a: (tagName, attribs) => {
      const href = attribs['href'] ?? '';
      const external = /^https?:\/\//i.test(href);
      const attrs: Record<string, string> = { ...attribs };
      delete attrs['target'];
      delete attrs['rel'];
      if (external) Object.assign(attrs, { target: '_blank', rel: 'noopener noreferrer nofollow' });
      return { tagName, attribs: attrs };
    },
    img: (tagName, attribs) => {
      const src = attribs['src'] ?? '';
      const attrs: Record<string, string> = { ...attribs };
      if (!SAFE_IMAGE.test(src)) delete attrs['src'];
      return { tagName, attribs: attrs };
    },
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !frame.attribs['src'],
};

const parser = createParser();

/** The mention references a body names, before any check (to look up who may be mentioned). */
export function mentionCandidates(markdown: string): MentionRef[] {
  const found = new Map<string, MentionRef>();
  const env: Env = {
    allow: (ref) => {
      found.set(`${ref.kind}:${ref.id}`, ref);
      return false;
    },
    users: new Set(),
    teams: new Set(),
    topics: new Set(),
  };
  parser.parse(markdown, env);
  return [...found.values()];
}

/** Markdown → sanitised HTML plus what it mentions (allowed ones only) and its topics. */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): RenderedMarkdown {
  const env: Env = { allow: options.allowMention ?? (() => false), users: new Set(), teams: new Set(), topics: new Set() };
  const raw = parser.render(markdown, env);
  return {
    html: sanitizeHtml(raw, SANITIZE).trim(),
    mentionedUserIds: [...env.users],
    mentionedTeamIds: [...env.teams],
    topics: [...env.topics],
  };
}
