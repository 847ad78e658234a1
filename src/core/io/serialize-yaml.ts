/**
 * The model as YAML: the same content and key order as the native JSON file (serializeModel), written
 * for people to read and edit. Small coordinate-like objects (position, size, latency, health checks)
 * stay on one line, and a blank line separates the top-level sections. `loadModel` reads it back to an
 * equal model.
 */
import { Document, isMap, isPair, isScalar, visit } from 'yaml';
import type { Model } from '../model/types.ts';
import { canonicalize } from './canonical-order.ts';

/** Objects short enough to read best on one line: `position: { x: 120, y: 40 }`. */
const INLINE_KEYS = new Set(['position', 'size', 'latency', 'healthChecks']);
/** Top-level sections that get a blank line before them. */
const SPACED_SECTIONS = new Set(['decision', 'settings', 'groups', 'nodes', 'links', 'sagas', 'scenarios']);

/** The model as YAML text (two-space indentation, canonical key order, trailing newline). */
export function serializeModelYaml(model: Model): string {
  const doc = new Document(canonicalize(model), { version: '1.2' });
  if (isMap(doc.contents)) {
    for (const pair of doc.contents.items) {
      if (isScalar(pair.key) && SPACED_SECTIONS.has(String(pair.key.value))) pair.key.spaceBefore = true;
    }
  }
  visit(doc, {
    Pair(_, pair) {
      if (isPair(pair) && isScalar(pair.key) && INLINE_KEYS.has(String(pair.key.value)) && isMap(pair.value)) pair.value.flow = true;
    },
  });
  return doc.toString({ indent: 2, indentSeq: true, lineWidth: 120, minContentWidth: 40, flowCollectionPadding: true });
}
