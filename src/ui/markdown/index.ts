/** A tiny, safe Markdown renderer: React elements only, never raw HTML. */
export { Markdown, MarkdownInline, type MarkdownProps } from './Markdown.tsx';
export { parseInline, parseMarkdown, safeHref, type Block, type Inline } from './parse.ts';
