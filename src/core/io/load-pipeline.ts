/**
 * The one way a model gets in: parse → migrate → validate → normalize. A file that fails any step
 * yields errors, never a model, so a broken file cannot touch the model being edited. This file has
 * no `yaml` import: `loadModel` (load-model.ts) passes the YAML parser in, and the app loads it only
 * when a YAML file arrives (load-model-lazy.ts).
 */
import { LIMITS } from '../model/constants.ts';
import { formatBytes, utf8ByteLength } from './byte-size.ts';
import { formatPath } from './json-path.ts';
import { migrate } from './migrate.ts';
import { normalizeModel } from './normalize.ts';
import { parseTextWith, type YamlParser } from './syntax.ts';
import { checkReferences } from './validate-references.ts';
import { validateSchema } from './validate-schema.ts';
import type { LoadError, LoadResult, Locate, Problem } from './types.ts';

/** More than this many errors means the file is not what we think it is; listing them all helps nobody. */
export const MAX_ERRORS = 100;

export interface LoadOptions {
  /** Used to tell JSON from YAML by extension; content sniffing decides when absent. */
  fileName?: string;
}

/**
 * Parses, upgrades, validates and tidies a Faultline file; never throws for bad input. YAML text needs
 * `parseYaml` (without it, only JSON loads).
 */
export function loadModelWith(text: string, opts: LoadOptions, parseYaml: YamlParser | undefined): LoadResult {
  try {
    return runPipeline(text, opts, parseYaml);
  } catch (error) {
    // A parser bug or a pathological input (e.g. nesting deep enough to exhaust the stack) is still bad input.
    return fail([{ path: '(root)', message: `could not read this file: ${error instanceof Error ? error.message : String(error)}` }]);
  }
}

function runPipeline(text: string, opts: LoadOptions, parseYaml: YamlParser | undefined): LoadResult {
  // Cheap bound first: every UTF-16 unit is at least one UTF-8 byte.
  if (text.length > LIMITS.maxFileBytes || (text.length * 3 > LIMITS.maxFileBytes && utf8ByteLength(text) > LIMITS.maxFileBytes)) {
    const size = utf8ByteLength(text);
    return fail([{ path: '(root)', message: `the file is too large: ${formatBytes(size)} (${size} bytes); the limit is ${formatBytes(LIMITS.maxFileBytes)}` }]);
  }

  const parsed = parseTextWith(text, opts.fileName, parseYaml);
  if (!parsed.ok) return fail(parsed.errors);
  const { locate } = parsed;
  const errors = [...parsed.errors];

  const migrated = migrate(parsed.value);
  if (!migrated.ok) return fail([...errors, ...place(migrated.problems, locate)]);

  const validated = validateSchema(migrated.doc);
  if (!validated.ok) return fail([...errors, ...place(validated.problems, locate)]);

  errors.push(...place(checkReferences(validated.model), locate));
  if (errors.length > 0) return fail(errors);

  const normalized = normalizeModel(validated.model);
  return {
    ok: true,
    model: normalized.model,
    warnings: [...parsed.warnings, ...migrated.warnings, ...normalized.warnings],
    needsLayout: normalized.needsLayout,
  };
}

function place(problems: readonly Problem[], locate: Locate): LoadError[] {
  let positions: ReturnType<Locate> = [];
  try {
    positions = locate(problems);
  } catch {
    // A location is a convenience; an error without one is still a complete answer.
  }
  return problems.map((problem, i) => ({ path: formatPath(problem.path), message: problem.message, ...positions[i] }));
}

/** Errors in reading order (top of the file first), capped at MAX_ERRORS. */
function fail(errors: LoadError[]): LoadResult {
  const sorted = errors
    .map((error, index) => ({ error, index }))
    .sort((a, b) => (a.error.line ?? Infinity) - (b.error.line ?? Infinity) || (a.error.column ?? 0) - (b.error.column ?? 0) || a.index - b.index)
    .map(({ error }) => error);
  if (sorted.length <= MAX_ERRORS) return { ok: false, errors: sorted };
  const shown = sorted.slice(0, MAX_ERRORS - 1);
  shown.push({ path: '(root)', message: `…and ${sorted.length - shown.length} more errors not shown; fix these first` });
  return { ok: false, errors: shown };
}
