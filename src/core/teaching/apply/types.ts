/** "Apply to selection": a pattern applied to what the user selected on the canvas, as one pure edit. */
import type { Model } from '../../model/types.ts';

/** What is selected on the canvas: node ids and link ids. */
export interface Selection {
  nodes: readonly string[];
  links: readonly string[];
}

export const APPLY_ACTION_IDS = ['add-breaker', 'gateway-in-front', 'publish-subscribe', 'wrap-in-saga'] as const;
export type ApplyActionId = (typeof APPLY_ACTION_IDS)[number];

export interface ApplyAction {
  readonly id: ApplyActionId;
  /** The button's label, e.g. "Add a circuit breaker". */
  readonly title: string;
  /** One sentence: what the edit does to the selection. */
  readonly summary: string;
  /** `true` when the action applies, else a sentence saying why not (shown on the disabled button). */
  canApply(model: Model, selection: Selection): true | string;
  /** The edited model; the model itself (unchanged) when canApply is not true. Pure. */
  apply(model: Model, selection: Selection): Model;
}
