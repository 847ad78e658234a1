import { componentSize } from '../../graph/index.ts';
import type { Finding, Rule } from '../types.ts';
import { listNames, plural } from '../text.ts';
import { breakCycleFix } from '../fixes/insert-broker.ts';

/** Services caught in a cycle of synchronous calls, once per strongly connected component. */
export const distributedMonolith: Rule = {
  id: 'distributed-monolith',
  title: 'Distributed monolith',
  defaultSeverity: 'error',
  explanation:
    'These services call each other synchronously in a cycle, so none of them can be deployed, scaled or ' +
    'fail on its own: a change to one needs the others, and an outage in one loops back to all. That is a ' +
    'monolith with network calls in between — the costs of both and the benefits of neither. Break the ' +
    'cycle with events, or merge the services back into one.',
  pattern: { name: 'Asynchronous events', catalogueSection: 'Communication Patterns › Pattern 2: Asynchronous (Events)' },
  never: 'Distributed Monolith: Services that must deploy together',
  quickFix: breakCycleFix,
  check(ctx) {
    const { emit } = ctx.use(distributedMonolith);
    const g = ctx.sync;
    const scc = ctx.syncScc;
    const inside: (string[] | undefined)[] = new Array<string[] | undefined>(scc.count);
    for (let v = 0; v < g.n; v++) {
      const c = scc.comp[v]!;
      for (let s = g.offsets[v]!; s < g.offsets[v + 1]!; s++) {
        if (scc.comp[g.targets[s]!] !== c || g.targets[s] === v) continue;
        (inside[c] ??= []).push(ctx.linkIds[g.edges[s]!]!);
      }
    }
    const findings: Finding[] = [];
    for (let c = scc.count - 1; c >= 0; c--) {
      const size = componentSize(scc, c);
      if (size < 2) continue;
      const members = Array.from(scc.members.subarray(scc.start[c]!, scc.start[c + 1]!));
      members.sort((a, b) => a - b);
      findings.push(
        emit({
          message: `${listNames(members.map((v) => ctx.label(v)))} call each other synchronously in a cycle (${plural(size, 'service')}): none can be deployed or fail without the others.`,
          nodes: members.map((v) => ctx.nodeIds[v]!),
          links: inside[c] ?? [],
          data: { size },
        }),
      );
    }
    return findings;
  },
};
