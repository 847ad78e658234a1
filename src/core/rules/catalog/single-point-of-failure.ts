import { LINK, NODE } from '../context.ts';
import type { Finding, Rule } from '../types.ts';
import { listNames, plural } from '../text.ts';
import { addReplicaFix } from '../fixes/node-fixes.ts';

// Kind and policy codes as module constants: hot loops compare plain numbers, not object properties.
const LINK_ASYNC = LINK.async;
const LINK_DATA = LINK.data;
const NODE_BROKER = NODE.broker;
const NODE_DATABASE = NODE.database;
const NODE_GATEWAY = NODE.gateway;
const NODE_SERVICE = NODE.service;

/**
 * One replica of something many depend on. Who depends on whom: a caller on its callee, a publisher and
 * a subscriber on their broker, an accessor on its datastore.
 */
export const singlePointOfFailure: Rule = {
  id: 'single-point-of-failure',
  title: 'Single point of failure',
  defaultSeverity: 'warning',
  defaultThreshold: 3,
  thresholdMeaning: 'dependents; a single-replica node with this many or more is flagged',
  explanation:
    'Many parts of the system depend on a node that runs as a single replica. A deploy, a crash or a node ' +
    'drain takes it away, and everything that depends on it fails at the same moment. Run at least two ' +
    'replicas behind a load balancer, in different zones, so losing one is routine.',
  pattern: { name: 'Redundancy', catalogueSection: 'Resilience Patterns' },
  quickFix: addReplicaFix,
  check(ctx) {
    const { threshold, emit } = ctx.use(singlePointOfFailure);
    const { nodes, nodeKind, linkKind, out, in: incoming } = ctx;
    const owner = new Int32Array(nodes.length).fill(-1);
    // Scratch buffers reused for every node, so a node that is not flagged allocates nothing.
    const who = new Int32Array(nodes.length);
    const via = new Int32Array(ctx.links.length);
    const findings: Finding[] = [];
    for (let v = 0; v < nodes.length; v++) {
      const kind = nodeKind[v]!;
      if (kind !== NODE_SERVICE && kind !== NODE_GATEWAY && kind !== NODE_BROKER && kind !== NODE_DATABASE) continue;
      const node = nodes[v]!;
      if (node.kind === 'client' || (node.replicas ?? 1) > 1) continue;
      let dependents = 0;
      let links = 0;
      // Incoming links make the source a dependent, except a broker delivering or a datastore drawn
      // pointing at its reader: there the arrow runs against the dependency.
      for (let s = incoming.offsets[v]!; s < incoming.offsets[v + 1]!; s++) {
        const u = incoming.targets[s]!;
        const l = incoming.edges[s]!;
        if ((linkKind[l] === LINK_ASYNC && nodeKind[u] === NODE_BROKER) || (linkKind[l] === LINK_DATA && nodeKind[u] === NODE_DATABASE)) continue;
        via[links++] = l;
        if (u === v || owner[u] === v) continue;
        owner[u] = v;
        who[dependents++] = u;
      }
      if (kind === NODE_BROKER || kind === NODE_DATABASE) {
        const along = kind === NODE_BROKER ? LINK_ASYNC : LINK_DATA;
        for (let s = out.offsets[v]!; s < out.offsets[v + 1]!; s++) {
          const w = out.targets[s]!;
          const l = out.edges[s]!;
          if (linkKind[l] !== along) continue;
          via[links++] = l;
          if (w === v || owner[w] === v) continue;
          owner[w] = v;
          who[dependents++] = w;
        }
      }
      if (dependents < threshold || dependents === 0) continue;
      const names = Array.from(who.subarray(0, dependents), (d) => ctx.label(d));
      findings.push(
        emit({
          message: `${ctx.label(v)} runs as a single replica and ${plural(dependents, 'node depends', 'nodes depend')} on it (${listNames(names)}): when it restarts, they all fail.`,
          nodes: [node.id, ...Array.from(who.subarray(0, dependents), (d) => ctx.nodeIds[d]!)],
          links: Array.from(via.subarray(0, links), (l) => ctx.linkIds[l]!),
          data: { dependents },
        }),
      );
    }
    return findings;
  },
};
