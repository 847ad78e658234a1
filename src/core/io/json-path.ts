import type { PathSegment } from './types.ts';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** Formats a path the way a reader writes it: `nodes[3].retry.attempts`, or `(root)` when empty. */
export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    // Rule ids and other record keys may hold dashes or spaces; quote them so the path stays unambiguous.
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/** The value at `path` inside `root`, or undefined when any step is missing. */
export function valueAt(root: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = root;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.prototype.hasOwnProperty.call(current, segment)) return undefined;
    current = (current as Record<PathSegment, unknown>)[segment];
  }
  return current;
}
