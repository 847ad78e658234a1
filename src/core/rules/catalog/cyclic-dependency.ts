import { LINK, NODE } from '../context.ts';
import type { Finding, Rule } from '../types.ts';
import { listNames } from '../text.ts';

// Kind and policy codes as module constants: hot loops compare plain numbers, not object properties.
const LINK_ASYNC = LINK.async;
const NODE_BROKER = NODE.broker;

/**
 * A dependency cycle through events (sync and async links, publisher → broker → subscriber). Cycles made
 * of sync calls alone are the distributed monolith's and are not repeated here; a service that consumes
 * its own topic is not a cycle between services, so a cycle needs two non-broker members.
 */
export const cyclicDependency: Rule = {
  id: 'cyclic-dependency',
  title: 'Cyclic dependency',
  defaultSeverity: 'warning',
  explanation:
    'These services depend on each other in a loop, through events as well as calls. Asynchrony hides the ' +
    'coupling but does not remove it: a change to one event can ripple round the loop, an event can ' +
    'trigger itself again, and no service in the cycle can be understood, tested or released alone. ' +
    'Make the dependency flow one way — often by letting one side own the data the other keeps asking for.',
  pattern: { name: 'Decompose by business capability', catalogueSection: 'Service Decomposition Patterns › Pattern 1: By Business Capability' },
  check(ctx) {
    const { emit } = ctx.use(cyclicDependency);
    const g = ctx.deps;
    const { comp, count, start, members } = ctx.depsScc;
    const inside: (string[] | undefined)[] = new Array<string[] | undefined>(count);
    const hasAsync = new Uint8Array(count);
    for (let v = 0; v < g.n; v++) {
      const c = comp[v]!;
      for (let s = g.offsets[v]!; s < g.offsets[v + 1]!; s++) {
        const w = g.targets[s]!;
        if (comp[w] !== c || w === v) continue;
        const l = g.edges[s]!;
        if (ctx.linkKind[l] === LINK_ASYNC) hasAsync[c] = 1;
        (inside[c] ??= []).push(ctx.linkIds[l]!);
      }
    }
    const findings: Finding[] = [];
    for (let c = count - 1; c >= 0; c--) {
      if (!hasAsync[c]) continue;
      const nodes = Array.from(members.subarray(start[c]!, start[c + 1]!));
      const services = nodes.filter((v) => ctx.nodeKind[v] !== NODE_BROKER);
      if (services.length < 2) continue;
      const brokers = nodes.filter((v) => ctx.nodeKind[v] === NODE_BROKER);
      const via = brokers.length > 0 ? ` through ${listNames(brokers.map((v) => ctx.label(v)))}` : '';
      findings.push(
        emit({
          message: `${listNames(services.map((v) => ctx.label(v)))} depend on each other in a cycle${via}: a change to one can ripple round to all of them.`,
          nodes: nodes.map((v) => ctx.nodeIds[v]!),
          links: inside[c] ?? [],
        }),
      );
    }
    return findings;
  },
};
