/**
 * "Put a broker between two services": a sync call A → B becomes A publishes → broker → B subscribes.
 * One broker per publisher, so several calls out of A share A's topic, as in the catalogue's EventBus.
 */
import type { AsyncLink, BrokerNode, Link, Model, ModelNode, SyncLink } from '../../model/index.ts';
import type { QuickFix } from '../types.ts';
import { nameStem } from '../text.ts';
import { freshId, midpoint, offset, replaceLinks, takenIds, withPosition } from './edit.ts';


/** Replaces the sync links with ids in `linkIds` by publisher → broker → subscriber events. */
export function decoupleWithEvents(model: Model, linkIds: readonly string[]): Model {
  const wanted = new Set(linkIds);
  const calls = model.links.filter((l): l is SyncLink => l.kind === 'sync' && wanted.has(l.id));
  if (calls.length === 0) return model;
  const nodeById = new Map(model.nodes.map((n) => [n.id, n]));
  const taken = takenIds(model);
  const brokers = new Map<string, BrokerNode>();
  const added: Link[] = [];
  const subscribed = new Set<string>();

  for (const call of calls) {
    const publisher = nodeById.get(call.from);
    const subscriber = nodeById.get(call.to);
    if (!publisher || !subscriber) continue;
    let broker = brokers.get(publisher.id);
    if (!broker) {
      const name = `${nameStem(publisher.name || publisher.id)}-events`;
      const id = freshId(name, taken);
      broker = withPosition<BrokerNode>({ kind: 'broker', id, name, engine: 'kafka' }, brokerPosition(publisher, subscriber));
      brokers.set(publisher.id, broker);
      added.push(asyncLink(freshId(`${publisher.id}-to-${id}`, taken), publisher.id, id));
    }
    const key = `${broker.id}\u0000${subscriber.id}`;
    if (subscribed.has(key)) continue;
    subscribed.add(key);
    const link = asyncLink(freshId(`${broker.id}-to-${subscriber.id}`, taken), broker.id, subscriber.id);
    added.push({ ...link, description: `Was a synchronous call${call.operation ? ` (${call.operation})` : ''}` });
  }
  const next = replaceLinks(model, new Set(calls.map((c) => c.id)), added);
  return { ...next, nodes: [...next.nodes, ...brokers.values()] };
}

function asyncLink(id: string, from: string, to: string): AsyncLink {
  return { kind: 'async', id, from, to };
}

function brokerPosition(publisher: ModelNode, subscriber: ModelNode) {
  // Halfway along the old arrow, nudged aside so it does not sit on top of another call's line.
  return offset(midpoint([publisher.position, subscriber.position]), 40, 0);
}

/**
 * The sync links to convert so that the calls among `nodes` have no cycle left: the back edges of a
 * depth-first search (removing a DFS's back edges always leaves a DAG). Iterative, like the core's Tarjan.
 */
export function cycleBreakingLinks(model: Model, nodes: readonly string[], links: readonly string[]): string[] {
  const wanted = new Set(links);
  const members = new Set(nodes);
  const out = new Map<string, SyncLink[]>();
  for (const l of model.links) {
    if (l.kind !== 'sync' || !wanted.has(l.id) || !members.has(l.from) || !members.has(l.to)) continue;
    const list = out.get(l.from) ?? [];
    list.push(l);
    out.set(l.from, list);
  }
  const state = new Map<string, 'open' | 'done'>();
  const back: string[] = [];
  for (const root of nodes) {
    if (state.has(root)) continue;
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!;
      const edges = out.get(top.id) ?? [];
      const edge = edges[top.next++];
      if (!edge) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      const s = state.get(edge.to);
      if (s === 'open') back.push(edge.id);
      else if (s === undefined) {
        state.set(edge.to, 'open');
        stack.push({ id: edge.to, next: 0 });
      }
    }
  }
  return back;
}

export const breakCycleFix: QuickFix = {
  label: 'Replace the calls that close the cycle with events (add a broker)',
  apply: (model, finding) => decoupleWithEvents(model, cycleBreakingLinks(model, finding.nodes, finding.links)),
};

export const insertBrokerFix: QuickFix = {
  label: 'Put a broker between them (publish an event instead)',
  apply: (model, finding) => decoupleWithEvents(model, finding.links),
};
