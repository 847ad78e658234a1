/**
 * Turn a sync call into publish/subscribe: A → B becomes A publishes → broker → B subscribes, so B can be
 * down while A carries on and the broker queues the work. A publisher that already publishes to a broker
 * reuses it (its subscribers share its events); otherwise a new broker is drawn between the two.
 */
import { uniqueId } from '../../model/ids.ts';
import type { AsyncLink, BrokerNode, Link, Model, ModelNode, SyncLink } from '../../model/types.ts';
import { nameStem } from '../../rules/text.ts';
import { between, freeSpot } from './place.ts';
import type { ApplyAction, Selection } from './types.ts';

/** Only calls between services (or to an external system) can become events: a client or gateway waits for its answer. */
const decouplable = (node: ModelNode | undefined) => node?.kind === 'service' || node?.kind === 'external';

/** Selected sync links, or with no links selected, the sync calls between selected nodes. */
function candidates(model: Model, selection: Selection): SyncLink[] {
  const links = new Set(selection.links);
  const nodes = new Set(selection.nodes);
  return model.links.filter((l): l is SyncLink => l.kind === 'sync' && (links.size > 0 ? links.has(l.id) : nodes.has(l.from) && nodes.has(l.to)));
}

function targets(model: Model, selection: Selection): SyncLink[] {
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  return candidates(model, selection).filter((l) => byId.get(l.from)?.kind === 'service' && decouplable(byId.get(l.to)));
}

export const publishSubscribeAction: ApplyAction = {
  id: 'publish-subscribe',
  title: 'Publish an event instead',
  summary: 'Replaces the selected sync calls with publish → broker → subscribe, so the callee can fail or lag without failing the caller.',
  canApply(model, selection) {
    if (candidates(model, selection).length === 0) return 'Select a sync call between two services.';
    if (targets(model, selection).length === 0) return 'Only a call from one service to another can become an event: a client or gateway waits for its answer.';
    return true;
  },
  apply(model, selection) {
    if (publishSubscribeAction.canApply(model, selection) !== true) return model;
    const calls = targets(model, selection);
    const byId = new Map(model.nodes.map((n) => [n.id, n]));
    const taken = new Set([...model.nodes.map((n) => n.id), ...model.groups.map((g) => g.id), ...model.links.map((l) => l.id)]);
    const fresh = (base: string) => {
      const id = uniqueId(base, taken);
      taken.add(id);
      return id;
    };
    const brokers: BrokerNode[] = [];
    const added: Link[] = [];
    let current: Model = model;
    const has = (from: string, to: string) => [...model.links, ...added].some((l) => l.kind === 'async' && l.from === from && l.to === to);

    for (const call of calls) {
      const publisher = byId.get(call.from)!;
      const subscriber = byId.get(call.to)!;
      let broker = brokerOf(model, added, byId, brokers, publisher.id);
      if (!broker) {
        const id = fresh(`${nameStem(publisher.name || publisher.id)}-events`);
        const at = freeSpot(current, between([publisher.position, subscriber.position]), 'broker');
        broker = { kind: 'broker', id, name: id, engine: 'kafka', ...(at ? { position: at } : {}) };
        brokers.push(broker);
        current = { ...current, nodes: [...current.nodes, broker] };
      }
      if (!has(publisher.id, broker.id)) added.push(event(fresh(`${publisher.id}-to-${broker.id}`), publisher.id, broker.id));
      if (!has(broker.id, subscriber.id)) {
        added.push({ ...event(fresh(`${broker.id}-to-${subscriber.id}`), broker.id, subscriber.id), description: `Was a synchronous call${call.operation ? ` (${call.operation})` : ''}` });
      }
    }
    const removed = new Set(calls.map((c) => c.id));
    return { ...model, nodes: [...model.nodes, ...brokers], links: [...model.links.filter((l) => !removed.has(l.id)), ...added] };
  },
};

/** The broker `publisher` already publishes to (in the model or added by this edit), if any. */
function brokerOf(model: Model, added: readonly Link[], byId: ReadonlyMap<string, ModelNode>, brokers: readonly BrokerNode[], publisher: string): BrokerNode | undefined {
  for (const link of [...model.links, ...added]) {
    if (link.kind !== 'async' || link.from !== publisher) continue;
    const to = byId.get(link.to) ?? brokers.find((b) => b.id === link.to);
    if (to?.kind === 'broker') return to;
  }
  return undefined;
}

function event(id: string, from: string, to: string): AsyncLink {
  return { kind: 'async', id, from, to };
}
