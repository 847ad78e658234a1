/**
 * A tiny Markdown parser for lesson instructions and library text: headings, paragraphs, **bold**,
 * *italic*, `code`, fenced code blocks, lists (nested), block quotes, rules and links. It produces a
 * plain tree that `Markdown.tsx` turns into React elements — never HTML strings — so any raw HTML in the
 * source stays text. Links keep only http(s) targets; anything else (javascript:, data:, relative) is
 * shown as its text. Linear-ish on hostile input: nesting depth is capped and failed searches remembered.
 */

export type Inline =
  | { type: 'text'; text: string }
  | { type: 'code'; text: string }
  | { type: 'strong'; children: Inline[] }
  | { type: 'em'; children: Inline[] }
  | { type: 'link'; href: string; children: Inline[] };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'code'; lang: string; text: string }
  | { type: 'list'; ordered: boolean; start: number; items: Block[][] }
  | { type: 'quote'; children: Block[] }
  | { type: 'rule' };

/** Deeper nesting (quotes in lists in quotes…, emphasis in emphasis…) is kept as text. */
const MAX_BLOCK_DEPTH = 6;
const MAX_INLINE_DEPTH = 8;
/** Longer sources are cut: instructions are limited to 20,000 characters by the lesson schema anyway. */
export const MAX_SOURCE = 100_000;
const MAX_URL = 2_048;

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([^`\s]*)[^`]*$/;
const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const ITEM = /^( *)([-*+]|\d{1,9}[.)])(?:[ \t]+(.*))?$/;
const QUOTE = /^ {0,3}>[ ]?(.*)$/;

/** Parses Markdown source into blocks. Never throws. */
export function parseMarkdown(source: string): Block[] {
  const text = source.length > MAX_SOURCE ? source.slice(0, MAX_SOURCE) : source;
  const lines = text.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n');
  return parseBlocks(lines, 0);
}

function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** Where a paragraph stops: a blank line or the start of another block. */
function startsBlock(line: string): boolean {
  return FENCE.test(line) || HEADING.test(line) || RULE.test(line) || QUOTE.test(line) || isListStart(line);
}

function isListStart(line: string): boolean {
  const m = ITEM.exec(line);
  return m !== null && m[1]!.length <= 3 && m[3] !== undefined && m[3].trim() !== '';
}

function parseBlocks(lines: readonly string[], depth: number): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line)) {
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1]!;
      const indent = line.length - line.trimStart().length;
      const body: string[] = [];
      i++;
      while (i < lines.length) {
        const l = lines[i]!;
        const trimmed = l.trim();
        if (trimmed.startsWith(marker[0]!.repeat(marker.length)) && /^([`~])\1*$/.test(trimmed) && trimmed[0] === marker[0]) {
          i++;
          break;
        }
        body.push(stripIndent(l, indent));
        i++;
      }
      blocks.push({ type: 'code', lang: fence[2] ?? '', text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ type: 'heading', level: heading[1]!.length as 1 | 2 | 3 | 4 | 5 | 6, children: parseInline(heading[2] ?? '') });
      i++;
      continue;
    }
    if (RULE.test(line)) {
      blocks.push({ type: 'rule' });
      i++;
      continue;
    }
    if (QUOTE.test(line)) {
      const inner: string[] = [];
      while (i < lines.length && !isBlank(lines[i]!)) {
        const m = QUOTE.exec(lines[i]!);
        // A line without ">" continues the quote's paragraph (lazy continuation).
        if (!m && startsBlock(lines[i]!)) break;
        inner.push(m ? m[1]! : lines[i]!);
        i++;
      }
      blocks.push(depth >= MAX_BLOCK_DEPTH ? paragraph(inner) : { type: 'quote', children: parseBlocks(inner, depth + 1) });
      continue;
    }
    if (isListStart(line)) {
      const { block, next } = parseList(lines, i, depth);
      blocks.push(block);
      i = next;
      continue;
    }
    const para: string[] = [];
    while (i < lines.length && !isBlank(lines[i]!) && (para.length === 0 || !startsBlock(lines[i]!))) {
      para.push(lines[i]!);
      i++;
    }
    blocks.push(paragraph(para));
  }
  return blocks;
}

function paragraph(lines: readonly string[]): Block {
  return { type: 'paragraph', children: parseInline(lines.map((l) => l.trim()).join('\n')) };
}

function stripIndent(line: string, indent: number): string {
  let n = 0;
  while (n < indent && line[n] === ' ') n++;
  return line.slice(n);
}

function parseList(lines: readonly string[], from: number, depth: number): { block: Block; next: number } {
  const first = ITEM.exec(lines[from]!)!;
  const ordered = /\d/.test(first[2]!);
  const start = ordered ? Math.min(Number.parseInt(first[2]!, 10), 999_999_999) : 1;
  const items: string[][] = [];
  let i = from;
  while (i < lines.length) {
    const m = ITEM.exec(lines[i]!);
    if (!m || m[1]!.length > 3 || /\d/.test(m[2]!) !== ordered || m[3] === undefined) break;
    const contentIndent = m[1]!.length + m[2]!.length + 1;
    const item = [m[3]];
    i++;
    // The item goes on while lines are indented under it, or continue its paragraph lazily.
    while (i < lines.length) {
      const l = lines[i]!;
      if (isBlank(l)) {
        const next = lines[i + 1];
        if (next !== undefined && !isBlank(next) && indentOf(next) >= contentIndent) {
          item.push('');
          i++;
          continue;
        }
        break;
      }
      if (indentOf(l) >= Math.min(contentIndent, 4) || (!startsBlock(l) && !isBlank(item[item.length - 1]!))) {
        item.push(stripIndent(l, contentIndent));
        i++;
        continue;
      }
      break;
    }
    items.push(item);
    // A blank line between items keeps the list going.
    if (i < lines.length && isBlank(lines[i]!) && lines[i + 1] !== undefined && isListStart(lines[i + 1]!)) {
      const n = ITEM.exec(lines[i + 1]!)!;
      if (/\d/.test(n[2]!) === ordered && n[1]!.length <= 3) i++;
    }
  }
  const blocks = items.map((item) => (depth >= MAX_BLOCK_DEPTH ? [paragraph(item)] : parseBlocks(item, depth + 1)));
  return { block: { type: 'list', ordered, start, items: blocks }, next: i };
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The target a link may have: an absolute http(s) URL, normalised; undefined for anything else. */
export function safeHref(raw: string): string | undefined {
  const trimmed = raw.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    const url = new URL(trimmed);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const PUNCTUATION = /[!-/:-@[-`{-~]/;

/** Parses inline Markdown: code spans, emphasis, links, backslash escapes; everything else is text. */
export function parseInline(source: string): Inline[] {
  return new InlineParser(source).parse(0, source.length, 0);
}

class InlineParser {
  /** Per delimiter, the smallest start position from which a search found no closer: later ones fail too. */
  private readonly noCloserFrom = new Map<string, number>();

  constructor(private readonly src: string) {}

  parse(from: number, to: number, depth: number): Inline[] {
    const out: Inline[] = [];
    let text = '';
    const flush = () => {
      if (text) out.push({ type: 'text', text });
      text = '';
    };
    const s = this.src;
    let i = from;
    while (i < to) {
      const ch = s[i]!;
      if (ch === '\\' && i + 1 < to && PUNCTUATION.test(s[i + 1]!)) {
        text += s[i + 1];
        i += 2;
        continue;
      }
      if (ch === '`') {
        let run = 1;
        while (i + run < to && s[i + run] === '`') run++;
        const close = this.findCodeClose(i + run, to, run);
        if (close >= 0) {
          flush();
          let code = s.slice(i + run, close).replace(/\n/g, ' ');
          if (code.length > 1 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') code = code.slice(1, -1);
          out.push({ type: 'code', text: code });
          i = close + run;
        } else {
          text += s.slice(i, i + run);
          i += run;
        }
        continue;
      }
      if (ch === '[' && depth < MAX_INLINE_DEPTH) {
        const link = this.tryLink(i, to);
        if (link) {
          flush();
          const children = this.parse(i + 1, link.labelEnd, depth + 1);
          if (link.href !== undefined) out.push({ type: 'link', href: link.href, children: withoutLinks(children) });
          else out.push(...children);
          i = link.end;
          continue;
        }
      }
      if ((ch === '*' || ch === '_') && depth < MAX_INLINE_DEPTH) {
        const double = s[i + 1] === ch;
        const delim = double ? ch + ch : ch;
        if (this.canOpen(i, delim.length, to, ch)) {
          const close = this.findEmphasisClose(i + delim.length, to, delim);
          if (close >= 0) {
            flush();
            const children = this.parse(i + delim.length, close, depth + 1);
            out.push(double ? { type: 'strong', children } : { type: 'em', children });
            i = close + delim.length;
            continue;
          }
        }
        // An unmatched run is text, all of it (so "***" does not try three times).
        let run = 1;
        while (i + run < to && s[i + run] === ch) run++;
        text += s.slice(i, i + run);
        i += run;
        continue;
      }
      text += ch;
      i++;
    }
    flush();
    return out;
  }

  private findCodeClose(from: number, to: number, run: number): number {
    const key = `code:${run}@${to}`;
    if ((this.noCloserFrom.get(key) ?? Infinity) <= from) return -1;
    const s = this.src;
    let j = s.indexOf('`', from);
    while (j >= 0 && j < to) {
      let len = 1;
      while (j + len < to && s[j + len] === '`') len++;
      if (len === run) return j;
      j = s.indexOf('`', j + len);
    }
    this.noCloserFrom.set(key, Math.min(from, this.noCloserFrom.get(key) ?? Infinity));
    return -1;
  }

  /** An opener is followed by a non-space; "_" must not sit inside a word (snake_case stays as typed). */
  private canOpen(i: number, len: number, to: number, ch: string): boolean {
    const s = this.src;
    const after = s[i + len];
    if (after === undefined || i + len >= to || /\s/.test(after)) return false;
    if (ch === '_' && i > 0 && /[\p{L}\p{N}]/u.test(s[i - 1]!)) return false;
    return true;
  }

  private findEmphasisClose(from: number, to: number, delim: string): number {
    // For a fixed end, a search that found no closer from `from` finds none from any later start either.
    const key = `em:${delim}@${to}`;
    if ((this.noCloserFrom.get(key) ?? Infinity) <= from) return -1;
    const s = this.src;
    const ch = delim[0]!;
    const single = delim.length === 1;
    let j = s.indexOf(delim, from + 1);
    while (j >= 0 && j + delim.length <= to) {
      const before = s[j - 1]!;
      const after = s[j + delim.length];
      const valid = !/\s/.test(before) && before !== '\\'
        // A single "*" next to another belongs to a "**" run.
        && !(single && (after === ch || before === ch))
        && !(ch === '_' && after !== undefined && /[\p{L}\p{N}]/u.test(after));
      if (valid) return j;
      j = s.indexOf(delim, j + 1);
    }
    this.noCloserFrom.set(key, Math.min(from, this.noCloserFrom.get(key) ?? Infinity));
    return -1;
  }

  /** `[label](http://…)`: the label's end, the whole link's end, and its safe target (undefined if unsafe). */
  private tryLink(i: number, to: number): { labelEnd: number; end: number; href: string | undefined } | undefined {
    const s = this.src;
    const j = this.brackets()[i] ?? -1;
    if (j < 0 || j >= to || s[j + 1] !== '(') return undefined;
    const close = closingParen(s, j + 2, to);
    if (close < 0) return undefined;
    const target = s.slice(j + 2, close).trim();
    // A target is one token (an optional "title" after it is dropped).
    const url = target.split(/\s+/)[0] ?? '';
    return { labelEnd: j, end: close + 1, href: safeHref(url.replace(/^<(.*)>$/, '$1')) };
  }

  private matches: Int32Array | undefined;

  /** For each "[", the index of its matching "]" (-1 when none), found in one pass with a stack. */
  private brackets(): Int32Array {
    if (this.matches) return this.matches;
    const s = this.src;
    const matches = new Int32Array(s.length).fill(-1);
    const open: number[] = [];
    for (let k = 0; k < s.length; k++) {
      const c = s[k];
      if (c === '\\') k++;
      else if (c === '[') open.push(k);
      else if (c === ']') {
        const from = open.pop();
        if (from !== undefined) matches[from] = k;
      }
    }
    this.matches = matches;
    return matches;
  }
}

/** The ")" that closes a link target starting at `from` (parentheses inside it balance), or -1. */
function closingParen(s: string, from: number, to: number): number {
  let depth = 0;
  // A link target is a URL: a bounded search keeps "[x](" repeated thousands of times linear.
  const end = Math.min(to, from + MAX_URL);
  for (let k = from; k < end; k++) {
    const c = s[k];
    if (c === '\\') k++;
    else if (c === '\n') return -1;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (depth === 0) return k;
      depth--;
    }
  }
  return -1;
}

/** Links never nest: a link inside a link's label keeps only its text. */
function withoutLinks(nodes: Inline[]): Inline[] {
  return nodes.flatMap((n): Inline[] => {
    if (n.type === 'link') return withoutLinks(n.children);
    if (n.type === 'strong' || n.type === 'em') return [{ ...n, children: withoutLinks(n.children) }];
    return [n];
  });
}
