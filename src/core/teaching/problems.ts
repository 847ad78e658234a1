/**
 * zod issues in plain words, for lesson files. The model loader's wording (io/zod-messages.ts) is reused
 * for types, values and bounds; unknown keys get their "did you mean" from the schema that applies here,
 * since the loader's own suggestions come from the model schema.
 */
import type { z } from 'zod';
import { closestMatch } from '../io/closest-match.ts';
import { describeValue } from '../io/describe-value.ts';
import { valueAt } from '../io/json-path.ts';
import { declaredKeys, schemaAt } from '../io/schema-walk.ts';
import type { PathSegment, Problem } from '../io/types.ts';
import { EXPLAINED_CODES, explainIssue } from '../io/zod-messages.ts';

/** Marks issues that carry zod's generic words (the schema gave no message of its own). */
const GENERIC = '\u0000generic';

/** Every problem of `root` at `base` against `schema`, with paths from the root of the document (its top level). */
export function zodProblems(schema: z.ZodType, root: unknown, base: readonly PathSegment[]): Problem[] {
  const value = valueAt(root, base);
  const result = schema.safeParse(value, { error: (issue) => (EXPLAINED_CODES.has(issue.code ?? '') ? GENERIC : undefined) });
  if (result.success) return [];
  return result.error.issues.flatMap((issue): Problem[] => {
    const inner = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
    const path = [...base, ...inner];
    if (issue.code === 'unrecognized_keys') {
      const known = declaredKeys(schemaAt(schema, value, inner), valueAt(value, inner));
      return issue.keys.map((key) => {
        const guess = closestMatch(key, known);
        return { path: [...path, key], message: `unknown field "${key}"${guess === undefined ? '' : `; did you mean "${guess}"?`}`, at: 'key' as const };
      });
    }
    if (issue.code === 'invalid_union' && issue.message === GENERIC) {
      return [{ path, message: `${describeValue(valueAt(root, path))} does not match any allowed form` }];
    }
    return issue.message === GENERIC ? explainIssue(issue, path, root) : [{ path, message: issue.message }];
  });
}

/** True for a plain JSON object (not null, not a list). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
