/**
 * The one way a lesson gets in, from a file, a pasted text or a link. Parse (JSON or YAML) → the
 * envelope → the start model through the model loader's own steps (migrate, validate, references) →
 * each step's check → cross-references. Every error names its path, and its line when it can be found.
 * Like the model loader, this file has no `yaml` import: load-lesson.ts passes the parser in, and the
 * app can fetch it only when a YAML lesson arrives (loadLessonLazy).
 */
import { z } from 'zod';
import { closestMatch } from '../../io/closest-match.ts';
import { formatPath, valueAt } from '../../io/json-path.ts';
import { migrate } from '../../io/migrate.ts';
import { normalizeModel } from '../../io/normalize.ts';
import { parseTextWith, type YamlParser } from '../../io/syntax.ts';
import type { LoadError, Locate, PathSegment, Problem } from '../../io/types.ts';
import { checkReferences } from '../../io/validate-references.ts';
import { validateSchema } from '../../io/validate-schema.ts';
import { FORMAT, LIMITS } from '../../model/constants.ts';
import type { Model } from '../../model/types.ts';
import { checkProblems } from '../checks/validate-check.ts';
import { PATTERN_IDS } from '../patterns/library.ts';
import { isObject, zodProblems } from '../problems.ts';
import { scenarioReferenceWarnings } from './lesson-references.ts';
import { LESSON_FORMAT, LESSON_VERSION, lessonSchema, slugSchema, type Lesson } from './schema.ts';

export type LessonLoadError = LoadError;
export type LoadLessonResult = { ok: true; lesson: Lesson; warnings: string[] } | { ok: false; errors: LessonLoadError[] };

/** More than this many errors means the text is not a lesson at all; listing them all helps nobody. */
const MAX_ERRORS = 50;

/** The envelope with the start model and the checks left to their own validators. */
const shellSchema = z.strictObject({
  ...lessonSchema.shape,
  // Optional here only so the shell stays quiet about them: startModel and checkProblems say it better.
  start: z.unknown().optional(),
  steps: z
    .array(z.strictObject({ ...lessonSchema.shape.steps.element.shape, check: z.unknown().optional() }))
    .min(1, 'a lesson needs at least one step')
    .max(50),
});

export interface LoadLessonOptions {
  /** Tells JSON from YAML by extension; content sniffing decides when absent. */
  fileName?: string;
}

/** Parses and validates a lesson; YAML text needs `parseYaml`. Never throws for bad input. */
export function loadLessonWith(text: string, opts: LoadLessonOptions, parseYaml: YamlParser | undefined): LoadLessonResult {
  try {
    return run(text, opts.fileName, parseYaml);
  } catch (error) {
    return { ok: false, errors: [{ path: '(root)', message: `could not read this lesson: ${error instanceof Error ? error.message : String(error)}` }] };
  }
}

function run(text: string, fileName: string | undefined, parseYaml: YamlParser | undefined): LoadLessonResult {
  if (text.length > LIMITS.maxFileBytes) return failed([{ path: '(root)', message: 'the lesson file is too large' }]);
  const parsed = parseTextWith(text, fileName, parseYaml);
  if (!parsed.ok) return failed(parsed.errors);
  const root = parsed.value;
  const marker = formatProblem(root);
  if (marker) return failed(place([marker], parsed.locate));

  const problems: Problem[] = zodProblems(shellSchema, root, []);
  const start = startModel(root, problems);
  const steps = valueAt(root, ['steps']);
  if (Array.isArray(steps)) {
    steps.forEach((_, i) => {
      if (isObject(steps[i])) problems.push(...checkProblems(root, ['steps', i, 'check']));
    });
    problems.push(...duplicateStepIds(steps));
  }
  problems.push(...unknownPatterns(valueAt(root, ['patterns'])));
  if (problems.length > 0) return failed([...parsed.errors, ...place(problems, parsed.locate)]);

  // Everything was checked piece by piece; the whole schema now only types it (and fills defaults).
  const typed = lessonSchema.safeParse({ ...(root as object), start: start ?? valueAt(root, ['start']) });
  if (!typed.success) return failed(place(typed.error.issues.map((i) => ({ path: i.path as PathSegment[], message: i.message })), parsed.locate));
  const normalized = normalizeModel(typed.data.start);
  const lesson: Lesson = { ...typed.data, start: normalized.model };
  return { ok: true, lesson, warnings: [...parsed.warnings, ...normalized.warnings, ...scenarioReferenceWarnings(lesson)] };
}

/** A clear answer for a file that is not a lesson at all (or is a model opened in the wrong place). */
function formatProblem(root: unknown): Problem | undefined {
  if (!isObject(root)) return { path: [], message: `expected a Faultline lesson (an object with "format": "${LESSON_FORMAT}") but found ${Array.isArray(root) ? 'a list' : 'something else'}` };
  const format = root['format'];
  if (format === FORMAT) return { path: ['format'], message: 'this is a Faultline model, not a lesson: open it as a model, or put it under "start" in a lesson' };
  if (format === undefined) return { path: ['format'], message: `missing "format": a lesson starts with "format": "${LESSON_FORMAT}"` };
  if (format !== LESSON_FORMAT) return { path: ['format'], message: `expected "format": "${LESSON_FORMAT}"; this is not a Faultline lesson` };
  const version = root['version'];
  if (typeof version === 'number' && Number.isInteger(version) && version > LESSON_VERSION) {
    return { path: ['version'], message: `this lesson was written for a newer Faultline (lesson format ${version}); this build reads version ${LESSON_VERSION}` };
  }
  return undefined;
}

/** The start model through the model loader's migrate → validate → references, problems under `start`. */
function startModel(root: unknown, problems: Problem[]): Model | undefined {
  const raw = valueAt(root, ['start']);
  if (raw === undefined) {
    problems.push({ path: ['start'], message: 'missing "start": a lesson needs the model the learner starts from' });
    return undefined;
  }
  const under = (list: readonly Problem[]) => list.map((p) => ({ ...p, path: ['start', ...p.path] }));
  const migrated = migrate(structuredClone(raw));
  if (!migrated.ok) {
    problems.push(...under(migrated.problems));
    return undefined;
  }
  const validated = validateSchema(migrated.doc);
  if (!validated.ok) {
    problems.push(...under(validated.problems));
    return undefined;
  }
  problems.push(...under(checkReferences(validated.model)));
  return validated.model;
}

function duplicateStepIds(steps: readonly unknown[]): Problem[] {
  const seen = new Map<string, number>();
  const problems: Problem[] = [];
  steps.forEach((step, i) => {
    const id = isObject(step) ? step['id'] : undefined;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else problems.push({ path: ['steps', i, 'id'], message: `duplicate step id "${id}": already used by steps[${first}]` });
  });
  return problems;
}

function unknownPatterns(patterns: unknown): Problem[] {
  if (!Array.isArray(patterns)) return [];
  return patterns.flatMap((id, i): Problem[] => {
    if (typeof id !== 'string' || !slugSchema.safeParse(id).success || PATTERN_IDS.includes(id)) return [];
    const guess = closestMatch(id, PATTERN_IDS);
    return [{ path: ['patterns', i], message: `no pattern "${id}" in the library${guess ? `; did you mean "${guess}"?` : ''}` }];
  });
}

function place(problems: readonly Problem[], locate: Locate): LessonLoadError[] {
  let positions: ReturnType<Locate> = [];
  try {
    positions = locate(problems);
  } catch {
    // A line number is a convenience; the path alone still says where.
  }
  return problems.map((problem, i) => ({ path: formatPath(problem.path), message: problem.message, ...positions[i] }));
}

/** Errors top of the file first, capped. */
function failed(errors: LessonLoadError[]): LoadLessonResult {
  const sorted = errors
    .map((error, index) => ({ error, index }))
    .sort((a, b) => (a.error.line ?? Infinity) - (b.error.line ?? Infinity) || (a.error.column ?? 0) - (b.error.column ?? 0) || a.index - b.index)
    .map(({ error }) => error);
  if (sorted.length <= MAX_ERRORS) return { ok: false, errors: sorted };
  return { ok: false, errors: [...sorted.slice(0, MAX_ERRORS - 1), { path: '(root)', message: `…and ${sorted.length - MAX_ERRORS + 1} more errors not shown` }] };
}
