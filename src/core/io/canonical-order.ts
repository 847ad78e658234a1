/**
 * Puts keys in one fixed order so the same model always serializes to the same text, whatever order an
 * edit happened to create its keys in: clean diffs in version control, stable share links.
 */
import { modelSchema } from '../model/schema.ts';
import type { Model } from '../model/types.ts';
import { childSchema, declaredKeys, schemaType } from './schema-walk.ts';

/** The order a reader wants at the top of a file: what it is, then the small parts, then the big lists. */
const TOP_LEVEL_ORDER = ['$schema', 'format', 'version', 'name', 'description', 'decision', 'settings', 'groups', 'nodes', 'links', 'sagas', 'scenarios'];
/** Inside an entity, what identifies it comes first; the rest follows the schema's declaration order. */
const ENTITY_LEAD = ['id', 'kind', 'name'];

/** A copy of `model` whose object keys are in canonical order (top level, then schema order, then any extras). */
export function canonicalize(model: Model): unknown {
  return reorder(model, modelSchema, TOP_LEVEL_ORDER);
}

function reorder(value: unknown, schema: unknown, lead: readonly string[]): unknown {
  if (Array.isArray(value)) return value.map((item, i) => reorder(item, childSchema(schema, value, i), ENTITY_LEAD));
  if (value === null || typeof value !== 'object') return value;
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  // A record's keys are data (rule ids), so their order is alphabetical. Otherwise keys the schema does
  // not know (there should be none in a valid model) are kept, not dropped, at the end.
  const keys =
    schemaType(schema, value) === 'record' ? Object.keys(source).sort() : new Set([...lead, ...declaredKeys(schema, value), ...Object.keys(source)]);
  for (const key of keys) {
    if (!Object.prototype.hasOwnProperty.call(source, key) || source[key] === undefined) continue;
    out[key] = reorder(source[key], childSchema(schema, value, key), ENTITY_LEAD);
  }
  return out;
}
