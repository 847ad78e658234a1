/**
 * Wrap the selected services into a saga: the selected service that calls the others runs it, one step
 * per service it calls (in the order its calls are drawn), each with a compensation placeholder
 * ("undoReserveInventory") for the user to rename to the real operation, as the catalogue pairs
 * reserve_inventory with release_inventory.
 */
import type { Model, SyncLink } from '../../model/types.ts';
import { draftSaga } from '../../rules/fixes/add-compensation.ts';
import type { ApplyAction, Selection } from './types.ts';

interface Plan {
  orchestrator: string;
  calls: SyncLink[];
}

/** The orchestrator (the selected service calling the most other selected services) and its calls, in link order. */
function plan(model: Model, selection: Selection): Plan | undefined {
  const services = new Set(model.nodes.filter((n) => n.kind === 'service' && selection.nodes.includes(n.id)).map((n) => n.id));
  const chosenLinks = new Set(selection.links);
  let best: Plan | undefined;
  for (const id of services) {
    const seen = new Set<string>();
    const calls = model.links.filter((l): l is SyncLink => {
      if (l.kind !== 'sync' || l.from !== id || !services.has(l.to) || l.to === id || seen.has(l.to)) return false;
      if (chosenLinks.size > 0 && !chosenLinks.has(l.id)) return false;
      seen.add(l.to);
      return true;
    });
    if (!best || calls.length > best.calls.length) best = { orchestrator: id, calls };
  }
  return best;
}

export const wrapInSagaAction: ApplyAction = {
  id: 'wrap-in-saga',
  title: 'Wrap in a saga',
  summary: 'Makes the selected service that calls the others run a saga over them, one step per call with a compensation placeholder.',
  canApply(model, selection) {
    const p = plan(model, selection);
    if (!p) return 'Select the service that runs the transaction and the services it calls.';
    if (p.calls.length < 2) return 'A saga spans several services: select a service and at least two services it calls synchronously.';
    const callees = new Set(p.calls.map((c) => c.to));
    const covered = model.sagas.some((s) => (s.orchestrator ?? s.steps[0]?.service) === p.orchestrator && [...callees].every((c) => s.steps.some((step) => step.service === c)));
    return covered ? 'These services already run a saga together.' : true;
  },
  apply(model, selection) {
    if (wrapInSagaAction.canApply(model, selection) !== true) return model;
    const p = plan(model, selection)!;
    return draftSaga(model, p.orchestrator, p.calls.map((c) => c.id));
  },
};
