/**
 * Reads compose YAML: anchors, aliases and `<<` merge keys (which compose files use to share logging and
 * deploy blocks, and which plain YAML 1.2 does not expand), duplicate keys refused as compose does.
 */
import { LineCounter, parseDocument } from 'yaml';
import { findExcessiveNesting } from '../../io/nesting-guard.ts';
import { createYamlLocator } from '../../io/source-locator.ts';
import { lineColumnAt } from '../../io/text-position.ts';
import type { LoadError, Locate } from '../../io/types.ts';

/**
 * Aliases can expand a small file into a huge value ("billion laughs"). Compose files alias a shared
 * block once per service, so the bound is higher than a model file's but still finite.
 */
const MAX_ALIAS_COUNT = 2_000;

export type ComposeYaml = { ok: true; value: unknown; locate: Locate } | { ok: false; errors: LoadError[] };

/** Parses `text` as YAML with merge keys; every syntax error comes back with its line and column. */
export function parseComposeYaml(text: string): ComposeYaml {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: [{ path: '(root)', message: 'the file is empty: expected a docker-compose file' }] };
  const tooDeep = findExcessiveNesting(body);
  if (tooDeep) return { ok: false, errors: [{ path: '(root)', message: `invalid YAML: ${tooDeep.message}`, ...lineColumnAt(body, tooDeep.offset) }] };

  const lineCounter = new LineCounter();
  const doc = parseDocument(body, { lineCounter, uniqueKeys: true, merge: true, prettyErrors: false });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    return { ok: false, errors: doc.errors.map((e) => ({ path: '(root)', message: `invalid YAML: ${e.message}`, ...at(e.pos[0]) })) };
  }
  try {
    const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    return { ok: true, value, locate: createYamlLocator(doc, lineCounter) };
  } catch (error) {
    return { ok: false, errors: [{ path: '(root)', message: `invalid YAML: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}
