import { describe, expect, it } from 'vitest';
import { plainText, renderMarkdown } from './markdown.js';
import { changedOnly, diffLines } from './diff.js';

describe('the safe Markdown renderer', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;'],
    ['<img src=x onerror=alert(1)>', '&lt;img'],
    ['<svg onload=alert(1)>', '&lt;svg'],
  ])('shows raw HTML as text: %s', (source, shown) => {
    const html = renderMarkdown(source);
    expect(html).toContain(shown);
    expect(html).not.toMatch(/<(script|img|svg)/i);
  });

  it('keeps only web, mail and own links, and never images', () => {
    expect(renderMarkdown('[a](javascript:alert(1))')).not.toContain('<a');
    expect(renderMarkdown('[a](JaVaScRiPt:alert(1))')).not.toContain('<a');
    expect(renderMarkdown('[a](vbscript:x)')).not.toContain('<a');
    expect(renderMarkdown('[a](data:text/html,x)')).not.toContain('<a');
    expect(renderMarkdown('[a](//evil.example)')).not.toContain('<a');
    expect(renderMarkdown('![a](https://evil.example/x.png)')).not.toContain('<img');
    expect(renderMarkdown('[a](/library)')).toContain('<a href="/library">a</a>');
    expect(renderMarkdown('[a](mailto:hr@example.org)')).toContain('href="mailto:hr@example.org"');
    expect(renderMarkdown('[a](https://example.org)')).toContain('rel="noopener noreferrer nofollow"');
  });

  it('renders the usual Markdown', () => {
    expect(renderMarkdown('## Før\n\n- **fed** og *kursiv*')).toBe(
      '<h2>Før</h2>\n<ul>\n<li><strong>fed</strong> og <em>kursiv</em></li>\n</ul>\n',
    );
    expect(plainText('## Før\n\n**fed** [link](https://x)')).toBe('Før fed link');
  });
});

describe('the line diff', () => {
  it('marks added and removed lines and keeps one line of context', () => {
    const lines = diffLines('a\nb\nc\nd\ne', 'a\nb\nC\nd\ne\nf');
    expect(lines.filter((l) => l.op !== 'same')).toEqual([
      { op: 'removed', text: 'c' },
      { op: 'added', text: 'C' },
      { op: 'added', text: 'f' },
    ]);
    expect(changedOnly(lines).map((l) => l.text)).toEqual(['b', 'c', 'C', 'd', 'e', 'f']);
  });
});
