import type { Model } from '../model/types.ts';

/** One problem with a file, pointing at the JSON path and, when it can be found, the place in the text. */
export interface LoadError {
  /** JSON path such as `nodes[3].retry.attempts`; `(root)` for problems with the file as a whole. */
  path: string;
  message: string;
  /** 1-based. */
  line?: number;
  /** 1-based. */
  column?: number;
}

export type LoadResult =
  | { ok: true; model: Model; warnings: string[]; needsLayout: boolean }
  | { ok: false; errors: LoadError[] };

export type PathSegment = string | number;

/**
 * A problem found after parsing, before it is placed in the source text. `at: 'key'` points the
 * location at the property name (an unknown field) rather than at its value.
 */
export interface Problem {
  path: readonly PathSegment[];
  message: string;
  at?: 'key';
}

export interface TextPosition {
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
}

/**
 * Where each problem's path sits in the source text (undefined when it cannot be found). Batched so a
 * large JSON file is scanned once for all of them.
 */
export type Locate = (problems: readonly Problem[]) => (TextPosition | undefined)[];

/** What the parse step hands on: a plain value and a way to find paths in the text it came from. */
export type ParseOutcome =
  | { ok: true; value: unknown; locate: Locate; warnings: string[]; errors: LoadError[] }
  | { ok: false; errors: LoadError[] };
