/**
 * Rewrites zod's generic messages ("Too big: expected number to be <=3600000") into plain words that say
 * what was found and what is expected. Messages the schema wrote itself are kept as they are; this only
 * sees the issue codes the validator asks it to explain.
 */
import type { z } from 'zod';
import { modelSchema } from '../model/schema.ts';
import { closestMatch } from './closest-match.ts';
import { describeValue } from './describe-value.ts';
import { valueAt } from './json-path.ts';
import { declaredKeys, schemaAt } from './schema-walk.ts';
import type { PathSegment, Problem } from './types.ts';

/** The issue codes explainIssue has better words for; zod's own text is kept for the rest. */
export const EXPLAINED_CODES: ReadonlySet<string> = new Set(['invalid_type', 'invalid_union', 'invalid_value', 'unrecognized_keys', 'too_small', 'too_big']);

/** Plain-words problems for one zod issue on the raw document `root` (one per unknown key). */
export function explainIssue(issue: z.core.$ZodIssue, path: readonly PathSegment[], root: unknown): Problem[] {
  const value = valueAt(root, path);
  const field = lastName(path);
  const one = (message: string): Problem[] => [{ path, message }];

  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED_WORDS[issue.expected] ?? issue.expected;
      if (value === undefined) return one(`missing "${field}": expected ${expected}`);
      return one(`expected ${expected} but found ${describeValue(value)}`);
    }
    case 'invalid_union': {
      if (issue.discriminator === undefined) return one(`${describeValue(value)} does not match any allowed form`);
      const label = discriminatorLabel(path, issue.discriminator);
      const options = 'options' in issue && issue.options ? ` expected one of ${issue.options.map(String).join(', ')}` : '';
      if (value === undefined) return one(`missing ${label};${options}`);
      return one(`unknown ${label} ${describeValue(value)};${options}`);
    }
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v));
      if (values.length === 1) return one(`expected ${values[0]} but found ${describeValue(value)}`);
      const allowed = issue.values.map(String).join(', ');
      if (value === undefined) return one(`missing "${field}": expected one of ${allowed}`);
      return one(`unknown ${field} ${describeValue(value)}; expected one of ${allowed}`);
    }
    case 'unrecognized_keys': {
      const known = declaredKeys(schemaAt(modelSchema, root, path), value);
      return issue.keys.map((key) => {
        const guess = closestMatch(key, known);
        const hint = guess === undefined ? '' : `; did you mean "${guess}"?`;
        return { path: [...path, key], message: `unknown field "${key}"${hint}`, at: 'key' as const };
      });
    }
    case 'too_small':
      return one(tooSmall(issue, value));
    case 'too_big':
      return one(tooBig(issue, value));
    default:
      return one(issue.message);
  }
}

const EXPECTED_WORDS: Readonly<Record<string, string>> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

function tooSmall(issue: z.core.$ZodIssueTooSmall, value: unknown): string {
  const min = Number(issue.minimum);
  if (issue.origin === 'string') return min === 1 ? 'must not be empty' : `must be at least ${min} characters long`;
  if (issue.origin === 'array') return `must have at least ${plural(min, 'item')}`;
  if (min === 0 && issue.inclusive !== false) return `must not be negative (found ${describeValue(value)})`;
  return `must be ${issue.inclusive === false ? 'greater than' : 'at least'} ${min} (found ${describeValue(value)})`;
}

function tooBig(issue: z.core.$ZodIssueTooBig, value: unknown): string {
  const max = Number(issue.maximum);
  const size = typeof value === 'string' || Array.isArray(value) ? value.length : undefined;
  if (issue.origin === 'string') return `must be at most ${max} characters long (this one has ${size ?? '?'})`;
  if (issue.origin === 'array') return `must have at most ${plural(max, 'item')} (found ${size ?? '?'})`;
  return `must be ${issue.inclusive === false ? 'less than' : 'at most'} ${max} (found ${describeValue(value)})`;
}

function discriminatorLabel(path: readonly PathSegment[], discriminator: string): string {
  // path is [..., collection, index, 'kind']
  const collection = path[path.length - 3];
  if (collection === 'nodes') return `node ${discriminator}`;
  if (collection === 'links') return `link ${discriminator}`;
  return `"${discriminator}"`;
}

function lastName(path: readonly PathSegment[]): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') return segment;
  }
  return 'value';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
