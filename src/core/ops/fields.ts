/**
 * Which fields each node and link kind has (model/field-names.ts, checked against the schema), so a
 * patch or a kind conversion can never leave a field the kind does not allow.
 */
import { LINK_FIELD_NAMES, NODE_FIELD_NAMES } from '../model/field-names.ts';
import type { LinkKind, NodeKind } from '../model/types.ts';

function setsOf<K extends string>(names: Readonly<Record<K, readonly string[]>>): Readonly<Record<K, ReadonlySet<string>>> {
  const sets = {} as Record<K, ReadonlySet<string>>;
  for (const kind of Object.keys(names) as K[]) sets[kind] = new Set(names[kind]);
  return sets;
}

export const NODE_FIELDS: Readonly<Record<NodeKind, ReadonlySet<string>>> = setsOf(NODE_FIELD_NAMES);

export const LINK_FIELDS: Readonly<Record<LinkKind, ReadonlySet<string>>> = setsOf(LINK_FIELD_NAMES);
