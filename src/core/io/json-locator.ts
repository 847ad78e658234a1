import { pathKey, scanJson } from './json-scan.ts';
import { createLineIndex } from './text-position.ts';
import type { Locate, PathSegment } from './types.ts';

/**
 * Finds problem paths in JSON text with one scan for the whole batch (building a syntax tree of a large
 * file just to point at a few lines took seconds). A path that does not exist in the text — a missing
 * field — points at the nearest ancestor that does, which is where the reader has to add it.
 */
export function createJsonLocator(text: string): Locate {
  return (problems) => {
    if (problems.length === 0) return [];
    const want = new Set<string>();
    for (const { path } of problems) for (let n = 0; n <= path.length; n++) want.add(pathKey(path.slice(0, n)));
    const { found } = scanJson(text, { want });
    const position = createLineIndex(text);
    return problems.map(({ path, at }) => {
      for (let n = path.length; n >= 0; n--) {
        const offsets = found.get(pathKey(path.slice(0, n) as PathSegment[]));
        if (!offsets) continue;
        const exact = n === path.length;
        return position(exact && at === 'key' && offsets.key !== undefined ? offsets.key : offsets.value);
      }
      return undefined;
    });
  };
}
