import { mentionCandidates, normalizeTopic, renderMarkdown } from './markdown';

const U = '0b7e2a9c-1f0e-4a7d-9c3e-2f1a6b5c4d3e';
const T = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';

/** Payloads that must never yield script, handlers, or dangerous URLs (OWASP cheat sheet style). */
export const XSS_CORPUS: readonly string[] = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//x.test/x.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)><circle r=1 /></svg>',
  '<svg><script>alert(1)</script></svg>',
  '<a href="javascript:alert(1)">x</a>',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](jav&#x09;ascript:alert(1))',
  '[x](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))',
  '[x]( javascript:alert(1))',
  '[x](<javascript:alert(1)>)',
  '[x](vbscript:msgbox(1))',
  '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](data:image/png;base64,iVBORw0KGgo=)',
  '![x](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)',
  '![x](javascript:alert(1))',
  '![x](http://tracker.test/pixel.png)',
  '![x](//evil.test/x.png)',
  '[x](//evil.test/x)',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<p style="width: expression(alert(1))">x</p>',
  '<iframe src="https://evil.test"></iframe>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
  '<a href="#" onclick="alert(1)">x</a>',
  '<body onload=alert(1)>',
  '<details open ontoggle=alert(1)>',
  '<<script>script>alert(1)<</script>/script>',
  '[[x](javascript:alert(1))](https://ok.test)',
  '[x](https://ok.test "title\\" onmouseover=\\"alert(1)")',
  '`<script>alert(1)</script>`',
  '```html\n<script>alert(1)</script>\n```',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  '&#60;script&#62;alert(1)&#60;/script&#62;',
  '<scr<script>ipt>alert(1)</script>',
  '[x](java\0script:alert(1))',
  '[x](java\nscript:alert(1))',
  '<a href="&#x6A;avascript:alert(1)">x</a>',
  '| a |\n|---|\n| <img src=x onerror=alert(1)> |',
  '<style>body{background:red}</style>',
  '<form action="https://evil.test"><input name=x></form>',
  '<base href="https://evil.test/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.test">',
  '[x](https://ok.test/"onmouseover="alert(1))',
  `@[<img src=x onerror=alert(1)>](user:${U})`,
  `@[x](user:${U}" onmouseover="alert(1))`,
];

/** What a sanitised render may never contain. */
export function assertSafeHtml(html: string): void {
  const tags = [...html.matchAll(/<([a-z0-9]+)([^>]*)>/gi)];
  for (const [, tag, attrs] of tags) {
    expect(['p', 'br', 'hr', 'strong', 'em', 's', 'del', 'blockquote', 'code', 'pre', 'ul', 'ol', 'li', 'a', 'img', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td']).toContain(tag.toLowerCase());
    expect(attrs).not.toMatch(/\son[a-z]+\s*=/i);
    expect(attrs).not.toMatch(/style\s*=\s*"[^"]*(expression|url\()/i);
    for (const [, url] of attrs.matchAll(/\s(?:href|src)="([^"]*)"/gi)) {
      expect(url).toMatch(/^(https?:\/\/|mailto:|\/(?!\/)|#)/i);
      if (tag.toLowerCase() === 'img') expect(url).toMatch(/^(https:\/\/|\/files\/)/i);
    }
  }
  expect(html).not.toMatch(/<\s*(script|svg|iframe|object|embed|style|form|input|base|meta|math|body|details|div)\b/i);
  // Escaped text (`&lt;a href="javascript:…"&gt;`) is harmless: only real tags are checked.
  for (const [, , attrs] of tags) expect(attrs).not.toMatch(/(href|src)="\s*(javascript|vbscript|data):/i);
}

describe('renderMarkdown', () => {
  it('renders the supported Markdown', () => {
    const { html } = renderMarkdown('**bold** _em_ `code`\n\n- a\n- b\n\n1. one\n\n| h | i |\n|:-|-:|\n| 1 | 2 |\n\n```ts\nconst a = 1 < 2;\n```\n\n![logo](/files/0b7e2a9c-1f0e-4a7d-9c3e-2f1a6b5c4d3e) ![cat](https://img.test/c.png)');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<em>em</em>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<ul>\n<li>a</li>');
    expect(html).toContain('<ol>');
    expect(html).toContain('<th style="text-align:left">h</th>');
    expect(html).toContain('<code class="language-ts">const a = 1 &lt; 2;');
    expect(html).toContain('<img src="/files/0b7e2a9c-1f0e-4a7d-9c3e-2f1a6b5c4d3e" alt="logo" />');
    expect(html).toContain('<img src="https://img.test/c.png" alt="cat" />');
  });

  it('marks external links, linkifies bare URLs and leaves internal links in the tab', () => {
    const { html } = renderMarkdown('see https://example.test/a and [wiki](/wiki/x) and [mail](mailto:a@b.test)');
    expect(html).toContain('<a href="https://example.test/a" target="_blank" rel="noopener noreferrer nofollow">https://example.test/a</a>');
    expect(html).toContain('<a href="/wiki/x">wiki</a>');
    expect(html).toContain('<a href="mailto:a@b.test">mail</a>');
  });

  it.each(XSS_CORPUS)('neutralises %j', (payload) => {
    const { html } = renderMarkdown(payload, { allowMention: () => true });
    assertSafeHtml(html);
    expect(html).not.toMatch(/<script/i);
  });

  it('escapes raw HTML as text instead of passing it through', () => {
    expect(renderMarkdown('<b>hi</b>').html).toBe('<p>&lt;b&gt;hi&lt;/b&gt;</p>');
  });

  it('turns allowed mentions into links and others into plain text, reporting only the allowed', () => {
    const body = `hi @[Ana](user:${U}) and @[Ops](team:${T}) and @[Eve](user:${T.replace('5a', '6a')})`;
    expect(mentionCandidates(body).map((m) => `${m.kind}:${m.id}`)).toEqual([`user:${U}`, `team:${T}`, `user:${T.replace('5a', '6a')}`]);
    const out = renderMarkdown(body, { allowMention: (m) => m.id !== T.replace('5a', '6a') });
    expect(out.html).toContain(`<a href="/people/${U}" class="mention" data-mention-user="${U}">@Ana</a>`);
    expect(out.html).toContain(`<a href="/teams/${T}" class="mention" data-mention-team="${T}">@Ops</a>`);
    expect(out.html).toContain('and @Eve</p>');
    expect(out.mentionedUserIds).toEqual([U]);
    expect(out.mentionedTeamIds).toEqual([T]);
  });

  it('links #topics outside code and links, normalised to NFC lower case', () => {
    const out = renderMarkdown('Launch #Cafe\u0301x and #Roadmap-2027, not `#code` nor [#link](/x) nor a&#35;b or x#y');
    expect(out.topics.sort()).toEqual(['cafe\u0301x'.normalize('NFC'), 'roadmap-2027']);
    expect(out.html).toContain(`<a href="/topics/roadmap-2027" class="topic">#Roadmap-2027</a>`);
    expect(out.html).toContain('<code>#code</code>');
    expect(normalizeTopic('#ÉTÉ')).toBe('été');
    expect(normalizeTopic('#')).toBeNull();
  });

  it('survives malformed and deeply nested Markdown', () => {
    const nested = '['.repeat(2000) + 'x' + ']'.repeat(2000) + '(https://a.test)';
    assertSafeHtml(renderMarkdown(nested).html);
    assertSafeHtml(renderMarkdown('>'.repeat(500) + ' deep\n' + '*'.repeat(3000)).html);
    assertSafeHtml(renderMarkdown('[unclosed](javascript:alert(1)\n**bold').html);
  });
});
