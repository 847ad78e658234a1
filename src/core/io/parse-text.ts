import { parseJson } from './parse-json.ts';
import { parseYaml } from './parse-yaml.ts';
import type { ParseOutcome } from './types.ts';

export type Syntax = 'json' | 'yaml';

/**
 * JSON or YAML? The file name decides when it says; otherwise a document that opens with `{` or `[` is
 * JSON (every Faultline file we write does), anything else YAML. Treating JSON-looking text as strict
 * JSON keeps YAML's leniency (`{"a": }` meaning null) from hiding a broken JSON file.
 */
export function detectSyntax(text: string, fileName?: string): Syntax {
  const lower = fileName?.toLowerCase() ?? '';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.yaml') || lower.endsWith('.yml')) return 'yaml';
  const first = /\S/.exec(text)?.[0];
  return first === '{' || first === '[' ? 'json' : 'yaml';
}

/** Parses `text` as JSON or YAML (see detectSyntax) into a plain value plus a path locator. */
export function parseText(text: string, fileName?: string): ParseOutcome {
  // Editors on Windows may save a byte-order mark; it is not part of the document.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: [{ path: '(root)', message: 'the file is empty: expected a Faultline model' }] };
  return detectSyntax(body, fileName) === 'json' ? parseJson(body) : parseYaml(body);
}
