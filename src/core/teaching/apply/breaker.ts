/**
 * Add a circuit breaker to the selected calls, with the catalogue's CircuitBreaker(5, 30 s, 2) and the
 * 5 s timeout a breaker needs to count a hung callee as failing. With nodes selected and no links, the
 * calls into those nodes are the target ("protect everyone who calls payment").
 */
import { DEFAULT_CIRCUIT_BREAKER, DEFAULT_TIMEOUT_MS } from '../../model/defaults.ts';
import type { Model, SyncLink } from '../../model/types.ts';
import type { ApplyAction, Selection } from './types.ts';

/** The sync calls the action would touch: selected ones, else those into selected nodes; never a client's own. */
function targets(model: Model, selection: Selection): SyncLink[] {
  const kindOf = new Map(model.nodes.map((n) => [n.id, n.kind]));
  const links = new Set(selection.links);
  const nodes = new Set(selection.nodes);
  const picked = (l: SyncLink) => (links.size > 0 ? links.has(l.id) : nodes.has(l.to));
  // Clients are the user's device: the rules leave their calls alone, and so does this action.
  return model.links.filter((l): l is SyncLink => l.kind === 'sync' && picked(l) && kindOf.get(l.from) !== 'client');
}

const protectedAlready = (l: SyncLink) => l.circuitBreaker !== undefined && l.timeoutMs !== undefined;

export const addBreakerAction: ApplyAction = {
  id: 'add-breaker',
  title: 'Add a circuit breaker',
  summary: 'Gives the selected sync calls a circuit breaker (5 failures, 30 s open, 2 trial successes) and a 5 s timeout where they lack one.',
  canApply(model, selection) {
    const calls = targets(model, selection);
    if (calls.length === 0) {
      return selection.links.length > 0 ? 'Select a sync call between backend nodes (a client’s own calls are out of scope).' : 'Select sync calls, or the services whose callers should get a breaker.';
    }
    return calls.every(protectedAlready) ? 'The selected calls already have a circuit breaker and a timeout.' : true;
  },
  apply(model, selection) {
    if (addBreakerAction.canApply(model, selection) !== true) return model;
    const ids = new Set(targets(model, selection).map((l) => l.id));
    const links = model.links.map((l) => {
      if (l.kind !== 'sync' || !ids.has(l.id) || protectedAlready(l)) return l;
      return { ...l, circuitBreaker: l.circuitBreaker ?? { ...DEFAULT_CIRCUIT_BREAKER }, timeoutMs: l.timeoutMs ?? DEFAULT_TIMEOUT_MS };
    });
    return { ...model, links };
  },
};
