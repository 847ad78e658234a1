/** Markdown helpers for the report: user text is escaped so a name can never become markup. */

/**
 * Inline text: CommonMark lets any ASCII punctuation be backslash-escaped; these are the characters
 * that can start emphasis, links, HTML, headings' closing `#`s, tables, strikethrough or code. Line
 * breaks become spaces, since a report line must stay one line.
 */
export function mdText(text: string): string {
  return text.replace(/\r\n?|\n/g, ' ').replace(/[\\`*_[\]<>#|~&!]/g, (c) => `\\${c}`);
}

/** An inline code span holding `text` as is, however many backticks it contains. */
export function mdCode(text: string): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  const longest = Math.max(0, ...[...flat.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = flat.startsWith('`') || flat.endsWith('`') || flat === '' ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A GitHub-flavoured table; cells are already escaped Markdown. */
export function mdTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly ('left' | 'right')[] = []): string[] {
  const rule = header.map((_, i) => (align[i] === 'right' ? '---:' : '---'));
  return [`| ${header.join(' | ')} |`, `| ${rule.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)];
}
