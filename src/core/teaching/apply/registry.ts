/** Every apply-to-selection action, and the one entry point the store calls. */
import type { Model } from '../../model/types.ts';
import { replaceModel } from '../../ops/meta.ts';
import type { ModelDiff } from '../../ops/diff-types.ts';
import { addBreakerAction } from './breaker.ts';
import { publishSubscribeAction } from './broker.ts';
import { gatewayInFrontAction } from './gateway.ts';
import { wrapInSagaAction } from './saga.ts';
import type { ApplyAction, ApplyActionId, Selection } from './types.ts';

export const APPLY_ACTIONS: readonly ApplyAction[] = Object.freeze([addBreakerAction, gatewayInFrontAction, publishSubscribeAction, wrapInSagaAction]);

const BY_ID: ReadonlyMap<string, ApplyAction> = new Map(APPLY_ACTIONS.map((a) => [a.id, a]));

/** The action with this id, if any. */
export function getApplyAction(id: string): ApplyAction | undefined {
  return BY_ID.get(id);
}

export type ApplyResult = { ok: true; model: Model; diff: ModelDiff } | { ok: false; reason: string };

/** Applies action `id` to the selection as one edit (`diff` is one undo step), or says why it cannot. */
export function applyToSelection(id: ApplyActionId, model: Model, selection: Selection): ApplyResult {
  const action = BY_ID.get(id);
  if (!action) return { ok: false, reason: `There is no action “${id}”.` };
  const can = action.canApply(model, selection);
  if (can !== true) return { ok: false, reason: can };
  return { ok: true, ...replaceModel(model, action.apply(model, selection)) };
}
