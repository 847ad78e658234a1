/**
 * Renders Markdown (lesson instructions, library text) as React elements. No HTML strings anywhere:
 * every piece of the source reaches the DOM as a text node, so `<script>` or `<img onerror>` in a lesson
 * file is shown, never run. Links open http(s) targets only, in a new tab, with rel="noopener noreferrer".
 */
import { Fragment, memo, useMemo, type ReactNode } from 'react';
import { parseMarkdown, type Block, type Inline } from './parse.ts';
import './markdown.css';

export interface MarkdownProps {
  source: string;
  /** The heading level "#" maps to (so a lesson's "#" fits under the panel's own title). Default 3. */
  headingBase?: number;
  className?: string;
  testId?: string;
}

/** Markdown source as React elements. */
export const Markdown = memo(function Markdown({ source, headingBase = 3, className, testId }: MarkdownProps) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return (
    <div className={`md${className ? ` ${className}` : ''}`} data-testid={testId}>
      {renderBlocks(blocks, headingBase, false)}
    </div>
  );
});

/** Inline Markdown only (one line: a hint, a summary), as a fragment. */
export const MarkdownInline = memo(function MarkdownInline({ source }: { source: string }) {
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return <>{blocks.map((block, i) => (block.type === 'paragraph' || block.type === 'heading' ? <span key={i}>{i > 0 && ' '}{renderInline(block.children)}</span> : null))}</>;
});

type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

function renderBlocks(blocks: readonly Block[], headingBase: number, tight: boolean): ReactNode[] {
  return blocks.map((block, key) => {
    switch (block.type) {
      case 'heading': {
        const level = Math.max(1, Math.min(6, headingBase + block.level - 1));
        const Tag = `h${level}` as HeadingTag;
        return <Tag key={key} className={`md__h md__h${block.level}`}>{renderInline(block.children)}</Tag>;
      }
      case 'paragraph':
        // In a tight list item the paragraph is just its text, as in the Markdown people write.
        return tight ? <span key={key}>{renderInline(block.children)}</span> : <p key={key}>{renderInline(block.children)}</p>;
      case 'code':
        return (
          <pre key={key} className="md__pre" data-lang={block.lang || undefined}>
            <code>{block.text}</code>
          </pre>
        );
      case 'list': {
        const items = block.items.map((item, i) => {
          const itemTight = item.length <= 1 || item.every((b, n) => n === 0 || b.type === 'list');
          return <li key={i}>{renderBlocks(item, headingBase, itemTight)}</li>;
        });
        return block.ordered
          ? <ol key={key} start={block.start === 1 ? undefined : block.start}>{items}</ol>
          : <ul key={key}>{items}</ul>;
      }
      case 'quote':
        return <blockquote key={key}>{renderBlocks(block.children, headingBase, false)}</blockquote>;
      case 'rule':
        return <hr key={key} />;
    }
    return null;
  });
}

function renderInline(nodes: readonly Inline[]): ReactNode[] {
  return nodes.map((node, key) => {
    switch (node.type) {
      case 'text':
        return lines(node.text, key);
      case 'code':
        return <code key={key} className="md__code">{node.text}</code>;
      case 'strong':
        return <strong key={key}>{renderInline(node.children)}</strong>;
      case 'em':
        return <em key={key}>{renderInline(node.children)}</em>;
      case 'link':
        return (
          <a key={key} href={node.href} target="_blank" rel="noopener noreferrer" className="md__link">
            {renderInline(node.children)}
          </a>
        );
    }
    return null;
  });
}

/** Soft line breaks are spaces, as Markdown has them. */
function lines(text: string, key: number): ReactNode {
  return <Fragment key={key}>{text.replace(/\n/g, ' ')}</Fragment>;
}
