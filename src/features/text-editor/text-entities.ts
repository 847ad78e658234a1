/**
 * Where entities sit in the text, for selection sync: which node, context or link block holds an offset,
 * and the range of an entity's block. Uses the `yaml` package's parse ranges, which also work for JSON
 * (JSON is YAML flow syntax); broken text still parses as far as it can, so this is best-effort and
 * never throws.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';

export type EntityCollection = 'nodes' | 'groups' | 'links';

export interface EntityRef {
  collection: EntityCollection;
  id: string;
}

export interface TextRange {
  /** Offset of the first character. */
  start: number;
  /** Offset just past the last character (trailing whitespace excluded). */
  end: number;
}

interface EntityBlock extends EntityRef, TextRange {}

const COLLECTIONS: readonly EntityCollection[] = ['groups', 'nodes', 'links'];

let cache: { text: string; blocks: EntityBlock[] } | undefined;

/** Every entity block in `text`, in document order (memoized for the last text: cursor moves are frequent). */
function blocksOf(text: string): EntityBlock[] {
  if (cache?.text === text) return cache.blocks;
  let blocks: EntityBlock[] = [];
  try {
    blocks = scan(text, parseDocument(text, { uniqueKeys: false, strict: false, prettyErrors: false }));
  } catch {
    // Best effort: no blocks found.
  }
  cache = { text, blocks };
  return blocks;
}

function scan(text: string, doc: Document): EntityBlock[] {
  const blocks: EntityBlock[] = [];
  const root = doc.contents;
  if (!isMap(root)) return blocks;
  for (const pair of root.items) {
    const key = isScalar(pair.key) ? pair.key.value : undefined;
    if (typeof key !== 'string' || !(COLLECTIONS as readonly string[]).includes(key) || !isSeq(pair.value)) continue;
    for (const item of pair.value.items) {
      if (!isMap(item) || !item.range) continue;
      const id = item.get('id');
      if (typeof id !== 'string' || id === '') continue;
      blocks.push({ collection: key as EntityCollection, id, start: withDash(text, item.range[0]), end: trimEnd(text, item.range[1]) });
    }
  }
  return blocks;
}

/** A block item's range starts at its first key; the `- ` before it belongs to the block too. */
function withDash(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t')) i--;
  return text[i - 1] === '-' ? i - 1 : offset;
}

function trimEnd(text: string, end: number): number {
  let i = Math.min(end, text.length);
  while (i > 0 && /\s/.test(text[i - 1] ?? '')) i--;
  return i;
}

/** The innermost node, context or link block containing `offset`, if any. */
export function entityAt(text: string, offset: number): EntityRef | undefined {
  const block = blocksOf(text).find((b) => offset >= b.start && offset <= b.end);
  return block && { collection: block.collection, id: block.id };
}

/**
 * The range of the block of the entity with this id. Nodes and contexts share one id space and links
 * have their own, so `collections` says where to look (all three by default, contexts and nodes first).
 */
export function rangeOf(text: string, id: string, collections: readonly EntityCollection[] = COLLECTIONS): TextRange | undefined {
  const block = blocksOf(text).find((b) => b.id === id && collections.includes(b.collection));
  return block && { start: block.start, end: block.end };
}

/** The ids of the nodes, contexts and links written in `text` (as far as it parses), in order. */
export function idsIn(text: string): Record<EntityCollection, string[]> {
  const ids: Record<EntityCollection, string[]> = { nodes: [], groups: [], links: [] };
  for (const block of blocksOf(text)) ids[block.collection].push(block.id);
  return ids;
}
