import { parseYaml } from './parse-yaml.ts';
import { parseTextWith } from './syntax.ts';
import type { ParseOutcome } from './types.ts';

export { detectSyntax, type Syntax } from './syntax.ts';

/** Parses `text` as JSON or YAML (see detectSyntax) into a plain value plus a path locator. */
export function parseText(text: string, fileName?: string): ParseOutcome {
  return parseTextWith(text, fileName, parseYaml);
}
