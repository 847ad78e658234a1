/**
 * Telling JSON from YAML, and parsing either with the YAML parser passed in. Kept apart from
 * parse-text.ts (which wires in the `yaml` package) so the app can load the YAML parser only when a
 * YAML file arrives: JSON — every file Faultline writes, every share link — never needs it.
 */
import { parseJson } from './parse-json.ts';
import type { ParseOutcome } from './types.ts';

export type Syntax = 'json' | 'yaml';

/** Parses YAML text (see parse-yaml.ts). */
export type YamlParser = (text: string) => ParseOutcome;

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

/**
 * Parses `text` as JSON or YAML (see detectSyntax) into a plain value plus a path locator. YAML text
 * needs `parseYaml`; without one it is reported as a file this build cannot read here.
 */
export function parseTextWith(text: string, fileName: string | undefined, parseYaml: YamlParser | undefined): ParseOutcome {
  // Editors on Windows may save a byte-order mark; it is not part of the text.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: [{ path: '(root)', message: 'the file is empty: expected a Faultline model' }] };
  if (detectSyntax(body, fileName) === 'json') return parseJson(body);
  return parseYaml ? parseYaml(body) : { ok: false, errors: [{ path: '(root)', message: 'YAML is not available here: expected JSON' }] };
}
