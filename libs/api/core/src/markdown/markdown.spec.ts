import { unsafeHtmlFindings, XSS_CORPUS } from './xss-corpus';
import { mentionCandidates, normalizeTopic, renderMarkdown } from './markdown';

const U = '0b7e2a9c-1f0e-4a7d-9c3e-2f1a6b5c4d3e';
const T = '5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d';

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
    expect(unsafeHtmlFindings(html)).toEqual([]);
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
    expect(unsafeHtmlFindings(renderMarkdown(nested).html)).toEqual([]);
    expect(unsafeHtmlFindings(renderMarkdown('>'.repeat(500) + ' deep\n' + '*'.repeat(3000)).html)).toEqual([]);
    expect(unsafeHtmlFindings(renderMarkdown('[unclosed](javascript:alert(1)\n**bold').html)).toEqual([]);
  });
});
