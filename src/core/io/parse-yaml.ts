import { LineCounter, parseDocument } from 'yaml';
import { findExcessiveNesting } from './nesting-guard.ts';
import { createYamlLocator } from './source-locator.ts';
import { lineColumnAt } from './text-position.ts';
import type { LoadError, ParseOutcome } from './types.ts';

/** Aliases can expand a small file into a huge value ("billion laughs"); no real model needs many. */
const MAX_ALIAS_COUNT = 100;

/** Parses YAML 1.2 (core schema), reporting every syntax error with its line and column. */
export function parseYaml(text: string): ParseOutcome {
  const tooDeep = findExcessiveNesting(text);
  if (tooDeep) return { ok: false, errors: [{ path: '(root)', message: `invalid YAML: ${tooDeep.message}`, ...lineColumnAt(text, tooDeep.offset) }] };
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    const errors: LoadError[] = doc.errors.map((e) => ({ path: '(root)', message: `invalid YAML: ${e.message}`, ...at(e.pos[0]) }));
    return { ok: false, errors };
  }
  const warnings = doc.warnings.map((w) => `line ${at(w.pos[0]).line}: ${w.message}`);
  try {
    const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, value, locate: createYamlLocator(doc, lineCounter), warnings, errors: [] };
  } catch (error) {
    return { ok: false, errors: [{ path: '(root)', message: `invalid YAML: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}
