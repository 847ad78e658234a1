import { modelSchema } from '../model/schema.ts';
import type { Model } from '../model/types.ts';
import { EXPLAINED_CODES, explainIssue } from './zod-messages.ts';
import type { PathSegment, Problem } from './types.ts';

/**
 * zod consults a per-parse error map only for issues whose schema gave no message of its own, so a
 * marker returned here tells "zod's generic words, rewrite them" apart from "the schema's own words, keep".
 */
const GENERIC = '\u0000generic';

export type SchemaOutcome = { ok: true; model: Model } | { ok: false; problems: Problem[] };

/** Checks a (migrated) document against the model schema, returning every problem in plain words. */
export function validateSchema(doc: unknown): SchemaOutcome {
  const result = modelSchema.safeParse(doc, { error: (issue) => (EXPLAINED_CODES.has(issue.code ?? '') ? GENERIC : undefined) });
  if (result.success) return { ok: true, model: result.data };
  const problems = result.error.issues.flatMap((issue) => {
    const path: PathSegment[] = issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment));
    return issue.message === GENERIC || issue.code === 'unrecognized_keys' ? explainIssue(issue, path, doc) : [{ path, message: issue.message }];
  });
  return { ok: false, problems };
}
