import { parseText } from '../../io/parse-text.ts';
import type { Problem, TextPosition } from '../../io/types.ts';

const COLLECTIONS = ['nodes', 'links', 'sagas', 'groups'] as const;

/**
 * Where each wanted id is declared (`"id": "…"` of a node, link, saga or group) in a model file's text,
 * JSON or YAML, so CI annotations point at the line. Reads the raw document, since loading may reorder.
 */
export function locateIds(text: string, fileName: string | undefined, ids: Iterable<string>): Map<string, TextPosition> {
  const wanted = new Set(ids);
  const found = new Map<string, TextPosition>();
  const parsed = parseText(text, fileName);
  if (!parsed.ok || wanted.size === 0) return found;
  const root = parsed.value as Record<string, unknown> | null;
  if (typeof root !== 'object' || root === null) return found;
  const problems: Problem[] = [];
  const order: string[] = [];
  for (const collection of COLLECTIONS) {
    const items = root[collection];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, i) => {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id !== 'string' || !wanted.has(id) || order.includes(id)) return;
      wanted.delete(id);
      order.push(id);
      problems.push({ path: [collection, i, 'id'], message: '' });
    });
  }
  parsed.locate(problems).forEach((position, i) => {
    if (position) found.set(order[i]!, position);
  });
  return found;
}
