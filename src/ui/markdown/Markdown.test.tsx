// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Markdown, MarkdownInline } from './Markdown.tsx';
import { parseInline, parseMarkdown, safeHref } from './parse.ts';

afterEach(cleanup);

const html = (source: string) => render(<Markdown source={source} testId="md" />).getByTestId('md');

describe('parseMarkdown', () => {
  it('reads headings, paragraphs, lists, code blocks, quotes and rules', () => {
    const blocks = parseMarkdown([
      '# Title',
      '',
      'A paragraph',
      'over two lines.',
      '',
      '- one',
      '- two',
      '  - nested',
      '',
      '3. three',
      '4. four',
      '',
      '```yaml',
      'kind: service',
      '  id: x',
      '```',
      '',
      '> quoted',
      '',
      '---',
    ].join('\n'));
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'list', 'list', 'code', 'quote', 'rule']);
    const [, , bullets, numbers, code] = blocks;
    expect(bullets?.type === 'list' && bullets.items.length).toBe(2);
    expect(bullets?.type === 'list' && bullets.items[1]?.map((b) => b.type)).toEqual(['paragraph', 'list']);
    expect(numbers?.type === 'list' && [numbers.ordered, numbers.start]).toEqual([true, 3]);
    expect(code).toEqual({ type: 'code', lang: 'yaml', text: 'kind: service\n  id: x' });
  });

  it('reads inline code, emphasis and links, and backslash escapes', () => {
    expect(parseInline('**bold** and *it* and `a*b*c` and [docs](https://example.com/x) \\*not\\*')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'bold' }] },
      { type: 'text', text: ' and ' },
      { type: 'em', children: [{ type: 'text', text: 'it' }] },
      { type: 'text', text: ' and ' },
      { type: 'code', text: 'a*b*c' },
      { type: 'text', text: ' and ' },
      { type: 'link', href: 'https://example.com/x', children: [{ type: 'text', text: 'docs' }] },
      { type: 'text', text: ' *not*' },
    ]);
  });

  it('leaves snake_case and lone stars alone', () => {
    expect(parseInline('order_service_v2 costs 2 * 3')).toEqual([{ type: 'text', text: 'order_service_v2 costs 2 * 3' }]);
  });
});

describe('safeHref', () => {
  it('keeps http and https only', () => {
    expect(safeHref('https://example.com')).toBe('https://example.com/');
    expect(safeHref(' HTTP://example.com/a?b=1 ')).toBe('http://example.com/a?b=1');
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox', '//evil.example', '/relative', 'mailto:a@b.c', 'file:///etc/passwd', 'https://', '']) {
      expect(safeHref(bad), bad).toBeUndefined();
    }
  });
});

describe('<Markdown>', () => {
  it('renders the structure as elements', () => {
    const root = html('# Step\n\nUse **a breaker** and `timeoutMs`.\n\n1. first\n2. second\n\nSee [the catalogue](https://example.com/patterns).');
    expect(root.querySelector('h3')?.textContent).toBe('Step');
    expect(root.querySelector('strong')?.textContent).toBe('a breaker');
    expect(root.querySelector('code')?.textContent).toBe('timeoutMs');
    expect([...root.querySelectorAll('ol > li')].map((li) => li.textContent)).toEqual(['first', 'second']);
    const link = root.querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://example.com/patterns');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.getAttribute('target')).toBe('_blank');
  });

  it('keeps raw HTML as text: nothing hostile reaches the DOM as markup', () => {
    const hostile = [
      '<script>window.__pwned = true</script>',
      '<img src=x onerror="window.__pwned = true">',
      '<a href="javascript:alert(1)">click</a>',
      '<iframe src="https://evil.example"></iframe>',
      '<style>body{display:none}</style>',
      '**<b onmouseover=alert(1)>bold</b>**',
      '`<svg onload=alert(1)>`',
      '```\n<script>alert(2)</script>\n```',
    ].join('\n\n');
    const root = html(hostile);
    for (const tag of ['script', 'img', 'iframe', 'style', 'b', 'svg']) expect(root.querySelector(tag), tag).toBeNull();
    expect(root.querySelectorAll('a')).toHaveLength(0);
    expect(root.querySelectorAll('[onerror], [onload], [onmouseover], [onclick]')).toHaveLength(0);
    expect(root.textContent).toContain('<script>window.__pwned = true</script>');
    expect(root.textContent).toContain('<img src=x onerror="window.__pwned = true">');
    expect(root.querySelector('pre code')?.textContent).toBe('<script>alert(2)</script>');
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('never links to a dangerous target: the label stays as text', () => {
    const root = html([
      '[a](javascript:alert(1))',
      '[b](JAVASCRIPT:alert(1))',
      '[c](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
      '[d](vbscript:x)',
      '[e](//evil.example/x)',
      '[f]( javascript:alert(1) "title")',
      '[g](<javascript:alert(1)>)',
    ].join('\n\n'));
    expect(root.querySelectorAll('a')).toHaveLength(0);
    expect(root.textContent).toBe('abcdefg');
  });

  it('an attribute-breaking URL is still one href, properly encoded', () => {
    const root = html('[x](https://example.com/"onmouseover="alert(1))');
    const link = root.querySelector('a')!;
    expect(link.getAttributeNames().sort()).toEqual(['class', 'href', 'rel', 'target']);
    expect(link.getAttribute('href')).toBe('https://example.com/%22onmouseover=%22alert(1)');
  });

  it('links do not nest', () => {
    const root = html('[outer [inner](https://b.example) text](https://a.example)');
    expect(root.querySelectorAll('a a')).toHaveLength(0);
  });

  it('stays fast and bounded on pathological input', () => {
    const inputs = [
      '*'.repeat(20_000),
      '_a '.repeat(10_000),
      '['.repeat(20_000),
      '[x]('.repeat(5_000),
      '`'.repeat(20_000),
      '**a'.repeat(7_000),
      '> '.repeat(5_000) + 'deep',
      Array.from({ length: 500 }, (_, i) => `${' '.repeat(i % 40)}- item`).join('\n'),
      '*'.repeat(500) + 'x' + '*'.repeat(500),
    ];
    for (const input of inputs) {
      const started = performance.now();
      html(input);
      expect(performance.now() - started, input.slice(0, 20)).toBeLessThan(1500);
      cleanup();
    }
  });

  it('caps nesting depth (deep quotes and emphasis render, as text past the cap)', () => {
    const deep = `${'>'.repeat(200)} bottom`;
    expect(html(deep).textContent).toContain('bottom');
    cleanup();
    const nested = `${'*a '.repeat(50)}x${' b*'.repeat(50)}`;
    expect(html(nested).textContent).toContain('x');
  });

  it('renders inline Markdown without blocks', () => {
    const { container } = render(<p><MarkdownInline source="Try **the breaker** `x`" /></p>);
    expect(container.querySelector('p > span > strong')?.textContent).toBe('the breaker');
    expect(container.querySelector('p')?.textContent).toBe('Try the breaker x');
  });

  it('shifts heading levels under the panel title', () => {
    const { container } = render(<Markdown source={'# A\n\n###### F'} headingBase={2} />);
    expect(container.querySelector('h2')?.textContent).toBe('A');
    expect(container.querySelector('h6')?.textContent).toBe('F');
  });
});
