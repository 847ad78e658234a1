import { isMap, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { Locate, PathSegment } from './types.ts';

/**
 * Maps a JSON path to a line and column in a YAML file using its syntax tree. A path that does not exist in the text — a missing field — points at the
 * nearest ancestor that does, which is where the reader has to add it.
 */
export function createYamlLocator(doc: Document, lineCounter: LineCounter): Locate {
  return (problems) =>
    problems.map(({ path, at }) => {
      const offset = offsetOf(doc.contents, path, at);
      if (offset === undefined) return undefined;
      const { line, col } = lineCounter.linePos(offset);
      return { line, column: col };
    });
}

function offsetOf(root: unknown, path: readonly PathSegment[], at: 'key' | undefined): number | undefined {
  let node: unknown = root;
  let offset = startOf(root);
  for (let i = 0; i < path.length; i++) {
    const segment = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (!pair) return offset;
      const keyStart = startOf(pair.key);
      const valueStart = startOf(pair.value);
      // A key written with no value (`name:`) has no value node to point at; its key is the next best place.
      if (last && (at === 'key' || valueStart === undefined)) return keyStart ?? offset;
      node = pair.value;
      offset = valueStart ?? keyStart ?? offset;
    } else if (isSeq(node) && typeof segment === 'number') {
      const item: unknown = node.items[segment];
      const itemStart = startOf(item);
      if (itemStart === undefined) return offset;
      node = item;
      offset = itemStart;
    } else {
      return offset;
    }
  }
  return offset;
}

function startOf(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
