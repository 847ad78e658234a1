/**
 * Validates a check from a lesson file by hand, one operator at a time. A zod union of a dozen object
 * shapes reports "does not match any allowed form" with every branch's complaint; walking the check by
 * its operator key instead says exactly what is wrong where ("unknown check "finding"; did you mean …").
 */
import { z } from 'zod';
import { closestMatch } from '../../io/closest-match.ts';
import { describeValue } from '../../io/describe-value.ts';
import { valueAt } from '../../io/json-path.ts';
import type { PathSegment, Problem } from '../../io/types.ts';
import { scenarioSchema } from '../../model/schema.ts';
import { isObject, zodProblems } from '../problems.ts';
import { CHECK_KEYS, EXPECTATION_SCHEMAS, LEAF_CHECK_SCHEMAS } from './schema.ts';

/** Checks nest through all / any / not; deeper than this is a mistake (or an attack), not a lesson. */
const MAX_DEPTH = 16;

const OPERATORS: ReadonlySet<string> = new Set(CHECK_KEYS);
const SUBJECTS = Object.keys(EXPECTATION_SCHEMAS) as (keyof typeof EXPECTATION_SCHEMAS)[];

const simulationShell = z.strictObject({
  simulation: z.strictObject({ scenario: scenarioSchema, expect: z.array(z.unknown()).min(1).max(20) }),
  label: z.string().min(1).max(300).optional(),
});

/** Every problem with the check at `path` in `root` (empty when it is a valid check). */
export function checkProblems(root: unknown, path: readonly PathSegment[], depth = 0): Problem[] {
  const value = valueAt(root, path);
  if (depth > MAX_DEPTH) return [{ path, message: `checks are nested more than ${MAX_DEPTH} deep` }];
  if (value === undefined) return [{ path, message: `missing check: expected an object with one of ${CHECK_KEYS.join(', ')}` }];
  if (!isObject(value)) return [{ path, message: `expected a check (an object with one of ${CHECK_KEYS.join(', ')}) but found ${describeValue(value)}` }];
  const keys = Object.keys(value).filter((k) => k !== 'label');
  const operators = keys.filter((k) => OPERATORS.has(k));
  if (operators.length > 1) return [{ path, message: `a check has exactly one operator, but this one has ${operators.join(' and ')}; combine them with {"all": [...]}` }];
  return dispatch(root, path, value, operators[0], keys, depth);
}

function dispatch(root: unknown, path: readonly PathSegment[], value: Record<string, unknown>, operator: string | undefined, keys: string[], depth: number): Problem[] {
  if (operator === undefined) {
    const stray = keys[0];
    if (stray === undefined) return [{ path, message: `a check needs one of ${CHECK_KEYS.join(', ')}` }];
    const guess = closestMatch(stray, CHECK_KEYS);
    return [{ path: [...path, stray], message: `unknown check "${stray}"${guess ? `; did you mean "${guess}"?` : `; expected one of ${CHECK_KEYS.join(', ')}`}`, at: 'key' }];
  }
  if (operator === 'all' || operator === 'any' || operator === 'not') {
    const problems = strayKeys(path, keys, operator);
    if (value['label'] !== undefined && (typeof value['label'] !== 'string' || value['label'] === '')) problems.push({ path: [...path, 'label'], message: 'a label is a non-empty text' });
    if (operator === 'not') return [...problems, ...checkProblems(root, [...path, 'not'], depth + 1)];
    const list = value[operator];
    if (!Array.isArray(list)) return [...problems, { path: [...path, operator], message: `expected a list of checks but found ${describeValue(list)}` }];
    if (list.length === 0) problems.push({ path: [...path, operator], message: `"${operator}" needs at least one check` });
    list.forEach((_, i) => problems.push(...checkProblems(root, [...path, operator, i], depth + 1)));
    return problems;
  }
  if (operator === 'simulation') return simulationProblems(root, path);
  return zodProblems(LEAF_CHECK_SCHEMAS[operator as keyof typeof LEAF_CHECK_SCHEMAS], root, path);
}

function strayKeys(path: readonly PathSegment[], keys: readonly string[], operator: string): Problem[] {
  return keys.filter((k) => k !== operator).map((k) => ({ path: [...path, k], message: `unknown field "${k}" in an "${operator}" check`, at: 'key' as const }));
}

function simulationProblems(root: unknown, path: readonly PathSegment[]): Problem[] {
  const problems = zodProblems(simulationShell, root, path);
  const expect = valueAt(root, [...path, 'simulation', 'expect']);
  if (!Array.isArray(expect)) return problems;
  expect.forEach((item, i) => problems.push(...expectationProblems(root, [...path, 'simulation', 'expect', i], item)));
  return problems;
}

function expectationProblems(root: unknown, path: readonly PathSegment[], value: unknown): Problem[] {
  const expected = `an expectation about one of ${SUBJECTS.join(', ')}`;
  if (!isObject(value)) return [{ path, message: `expected ${expected} but found ${describeValue(value)}` }];
  const subjects = SUBJECTS.filter((s) => s in value);
  if (subjects.length !== 1) {
    return [{ path, message: subjects.length === 0 ? `expected ${expected}, e.g. {"entry": "web-app", "availability": {"min": 0.95}}` : `an expectation is about one subject, but this one names ${subjects.join(' and ')}` }];
  }
  const subject = subjects[0]!;
  const problems = zodProblems(EXPECTATION_SCHEMAS[subject], root, path);
  const metrics = subject === 'messages' ? (isObject(value['messages']) ? Object.keys(value['messages']) : ['?']) : Object.keys(value).filter((k) => k !== subject);
  if (problems.length === 0 && metrics.length === 0) problems.push({ path, message: `say what to expect of ${describeValue(value[subject])}, e.g. "availability": {"min": 0.95}` });
  return problems;
}
