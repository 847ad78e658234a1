/** What every op returns, and the one way ops build it (so the diff always describes the new model). */
import type { Model } from '../model/types.ts';
import { applyDiff } from './apply.ts';
import type { Change, ModelDiff } from './diff-types.ts';

/** A pure edit's outcome: the new model and the diff from the old one (apply it to the old model to get the new). */
export interface OpResult {
  model: Model;
  diff: ModelDiff;
}

/** An edit that creates entities; `ids` are the new ids, in creation order. */
export interface CreateResult extends OpResult {
  ids: string[];
}

/** The result of applying `changes` to `model`. */
export function commit(model: Model, changes: Change[]): OpResult {
  const diff: ModelDiff = { changes };
  return { model: applyDiff(model, diff), diff };
}

/** The result of an edit that changes nothing (an unknown id, a value already set). */
export function unchanged(model: Model): OpResult {
  return { model, diff: { changes: [] } };
}
