/**
 * Load errors as editor markers: at the error's line and column, underlining the token there (a key, a
 * value, a quoted string); the whole line when the error has no column; the first line when it has no
 * place at all (a problem with the file as a whole). Plain data, so Monaco is not needed to test it.
 */
import type { LoadError } from '../../core/io/index.ts';

export interface MarkerSpec {
  startLineNumber: number;
  startColumn: number;
  endLineNumber: number;
  endColumn: number;
  message: string;
  /** The JSON path of the problem, shown beside the message. */
  source: string;
}

/** Where each error is shown in a text whose lines are `lines` (1-based lines and columns). */
export function toMarkers(errors: readonly LoadError[], lines: readonly string[]): MarkerSpec[] {
  const count = Math.max(1, lines.length);
  return errors.map((error) => {
    const lineNumber = Math.min(Math.max(1, error.line ?? 1), count);
    const text = lines[lineNumber - 1] ?? '';
    const source = error.path === '(root)' ? 'faultline' : error.path;
    if (error.line === undefined || error.column === undefined) {
      const first = text.search(/\S/);
      return {
        startLineNumber: lineNumber,
        startColumn: first < 0 ? 1 : first + 1,
        endLineNumber: lineNumber,
        endColumn: Math.max(text.length + 1, first < 0 ? 2 : first + 2),
        message: error.message,
        source,
      };
    }
    const start = Math.min(Math.max(1, error.column), text.length + 1);
    return { startLineNumber: lineNumber, startColumn: start, endLineNumber: lineNumber, endColumn: start + tokenLength(text, start - 1), message: error.message, source };
  });
}

/** Length of the token starting at `index` (at least 1, so the marker is visible even at a line's end). */
function tokenLength(text: string, index: number): number {
  const char = text[index];
  if (char === undefined) return 1;
  if (char === '"' || char === "'") {
    for (let i = index + 1; i < text.length; i++) {
      if (text[i] === '\\' && char === '"') i++;
      else if (text[i] === char) return i - index + 1;
    }
    return text.length - index;
  }
  const match = /^[^\s,:{}[\]]+/.exec(text.slice(index));
  return Math.max(1, match?.[0].length ?? 1);
}
