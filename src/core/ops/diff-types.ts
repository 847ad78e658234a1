/**
 * The vocabulary of model edits. A diff is a list of per-entity and per-field changes, each holding the
 * whole before and after value, so it can be applied, inverted, squashed, rebased and sent to another
 * tab without knowing which operation produced it.
 */
import type { Group, Link, Model, ModelNode, Saga } from '../model/types.ts';

/** The entity type stored in each id-keyed collection of a model. */
export interface EntityTypes {
  nodes: ModelNode;
  links: Link;
  groups: Group;
  sagas: Saga;
}

export type EntityCollection = keyof EntityTypes;

/**
 * One entity's change. `before: null` inserts, `after: null` removes, both set replaces in place.
 * The indices keep array order reversible: React Flow draws in array order and files diff better when a
 * removed-then-restored node comes back where it was.
 */
export interface EntityChangeOf<C extends EntityCollection> {
  collection: C;
  id: string;
  before: EntityTypes[C] | null;
  after: EntityTypes[C] | null;
  /** Index in the array before the change; recorded when the entity leaves its place (removed or moved). */
  beforeIndex?: number;
  /** Index in the array after the change; set for inserted or moved entities (an insert without it is appended). */
  afterIndex?: number;
}

export type EntityChange = { [C in EntityCollection]: EntityChangeOf<C> }[EntityCollection];

/** Model-level fields that edits may change (format and version are fixed); `scenarios` are the simulator's saved runs. */
export type MetaKey = 'name' | 'description' | 'decision' | 'settings' | 'scenarios';

/** A model-level field change; `undefined` means the field is absent. */
export interface MetaChange {
  collection: 'meta';
  key: MetaKey;
  before: unknown;
  after: unknown;
}

export type Change = EntityChange | MetaChange;

/**
 * An edit. At most one change per entity and per meta key (composeDiffs merges steps into that shape);
 * if a hand-made diff repeats one, the last wins.
 */
export interface ModelDiff {
  changes: Change[];
}

/** The model fields a MetaChange may touch, with their types. */
export type MetaFields = Pick<Model, MetaKey>;
