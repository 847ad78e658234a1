import { LINK, NODE } from '../context.ts';
import type { RuleContext } from '../context.ts';
import type { Finding, Rule } from '../types.ts';
import { listNames } from '../text.ts';

// Kind and policy codes as module constants: hot loops compare plain numbers, not object properties.
const LINK_DATA = LINK.data;
const NODE_DATABASE = NODE.database;
const NODE_SERVICE = NODE.service;

/** Datastores one service may own before it is flagged, whatever the threshold. */
export const MAX_DATASTORES = 3;

/**
 * A service with too many distinct neighbours (callers and subscribed-to brokers in, callees and
 * published-to brokers out) or owning too many datastores. Gateways are exempt: fan-out is their job.
 */
export const godService: Rule = {
  id: 'god-service',
  title: 'God service',
  defaultSeverity: 'warning',
  defaultThreshold: 10,
  thresholdMeaning: `fan-in plus fan-out; more is flagged (as is owning more than ${MAX_DATASTORES} datastores)`,
  explanation:
    'One service talks to a large share of the system or owns many datastores. It has become the place ' +
    'where every feature lands: every team needs it changed, every release waits on it, and when it goes ' +
    'down most of the system goes with it. Split it along business capabilities so each part has one ' +
    'reason to change.',
  pattern: { name: 'Decompose by business capability', catalogueSection: 'Service Decomposition Patterns › Pattern 1: By Business Capability' },
  check(ctx) {
    const { threshold, emit } = ctx.use(godService);
    const { out, in: incoming, nodes, nodeKind, linkKind } = ctx;
    const n = nodes.length;
    const seenOut = new Int32Array(n).fill(-1);
    const seenIn = new Int32Array(n).fill(-1);
    const seenStore = new Int32Array(n).fill(-1);
    const findings: Finding[] = [];
    for (let v = 0; v < n; v++) {
      if (nodeKind[v] !== NODE_SERVICE) continue;
      let fanOut = 0;
      let fanIn = 0;
      let stores = 0;
      for (let s = out.offsets[v]!; s < out.offsets[v + 1]!; s++) {
        const w = out.targets[s]!;
        if (linkKind[out.edges[s]!] === LINK_DATA) {
          if (nodeKind[w] === NODE_DATABASE && seenStore[w] !== v) {
            seenStore[w] = v;
            stores++;
          }
        } else if (seenOut[w] !== v && w !== v) {
          seenOut[w] = v;
          fanOut++;
        }
      }
      for (let s = incoming.offsets[v]!; s < incoming.offsets[v + 1]!; s++) {
        const w = incoming.targets[s]!;
        if (linkKind[incoming.edges[s]!] === LINK_DATA) {
          if (nodeKind[w] === NODE_DATABASE && seenStore[w] !== v) {
            seenStore[w] = v;
            stores++;
          }
        } else if (seenIn[w] !== v && w !== v) {
          seenIn[w] = v;
          fanIn++;
        }
      }
      const busy = fanIn + fanOut > threshold;
      const hoarding = stores > MAX_DATASTORES;
      if (!busy && !hoarding) continue;
      const why = [
        busy ? `${fanIn} in + ${fanOut} out = ${fanIn + fanOut} connections (more than ${threshold})` : '',
        hoarding ? `owns ${stores} datastores (${listNames(storeNames(ctx, v))}; more than ${MAX_DATASTORES})` : '',
      ].filter(Boolean);
      findings.push(
        emit({
          message: `${ctx.label(v)} does too much: ${why.join(' and ')}. Split it by business capability.`,
          nodes: [ctx.nodeIds[v]!],
          links: [],
          data: { fanIn, fanOut, datastores: stores },
        }),
      );
    }
    return findings;
  },
};

/** Names of the datastores `v` accesses, in link order: only built for a flagged service. */
function storeNames(ctx: RuleContext, v: number): string[] {
  const { dataByAccessor } = ctx;
  const seen = new Set<number>();
  for (let s = dataByAccessor.offsets[v]!; s < dataByAccessor.offsets[v + 1]!; s++) seen.add(dataByAccessor.targets[s]!);
  return [...seen].map((w) => ctx.label(w));
}
