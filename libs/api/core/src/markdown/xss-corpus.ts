/**
 * The XSS corpus every renderer test and every pillar's body-bearing mutation runs through (posts,
 * comments, file names later): script tags, dangerous URL schemes with entity and whitespace
 * tricks, handlers, SVG, style expressions, malformed and nested Markdown.
 */
const U = '0b7e2a9c-1f0e-4a7d-9c3e-2f1a6b5c4d3e';

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

const TAGS = new Set(['p', 'br', 'hr', 'strong', 'em', 's', 'del', 'blockquote', 'code', 'pre', 'ul', 'ol', 'li', 'a', 'img', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody', 'tr', 'th', 'td']);

/**
 * What a sanitised render must never contain, as readable findings (empty = safe): tags outside
 * the allow-list, event handlers, style expressions, URLs outside the allowed schemes. Escaped
 * text (`&lt;a href="javascript:…"&gt;`) is harmless: only real tags are checked.
 */
export function unsafeHtmlFindings(html: string): string[] {
  const findings: string[] = [];
  for (const [whole, rawTag, attrs] of html.matchAll(/<([a-z0-9]+)([^>]*)>/gi)) {
    const tag = rawTag.toLowerCase();
    if (!TAGS.has(tag)) findings.push(`tag ${whole}`);
    if (/\son[a-z]+\s*=/i.test(attrs)) findings.push(`handler ${whole}`);
    if (/style\s*=\s*"[^"]*(expression|url\()/i.test(attrs)) findings.push(`style ${whole}`);
    for (const [, url] of attrs.matchAll(/\s(?:href|src)="([^"]*)"/gi)) {
      if (!/^(https?:\/\/|mailto:|\/(?!\/)|#)/i.test(url)) findings.push(`url ${whole}`);
      if (tag === 'img' && !/^(https:\/\/|\/files\/)/i.test(url)) findings.push(`image ${whole}`);
    }
  }
  return findings;
}
