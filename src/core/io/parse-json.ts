import { formatPath } from './json-path.ts';
import { scanJson } from './json-scan.ts';
import { createJsonLocator } from './json-locator.ts';
import { createLineIndex, lineColumnAt } from './text-position.ts';
import type { LoadError, ParseOutcome } from './types.ts';

/** Parses strict JSON: values come from JSON.parse (exact JSON semantics, fast on big files). */
export function parseJson(text: string): ParseOutcome {
  const scan = scanJson(text);
  if (scan.error) {
    return { ok: false, errors: [{ path: '(root)', message: `invalid JSON: ${scan.error.message}`, ...lineColumnAt(text, scan.error.offset) }] };
  }
  // JSON.parse would silently keep the second of two equal keys; the reader should decide which one is meant.
  const position = createLineIndex(text);
  const errors: LoadError[] = scan.duplicates.map((dup) => ({
    path: formatPath([...dup.path, dup.key]),
    message: `the key "${dup.key}" appears more than once in the same object`,
    ...position(dup.offset),
  }));
  return { ok: true, value: JSON.parse(text) as unknown, locate: createJsonLocator(text), warnings: [], errors };
}
