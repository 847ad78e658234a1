import { followPath, longestPathsFrom } from '../../graph/index.ts';
import type { Finding, Rule } from '../types.ts';
import { chain, plural } from '../text.ts';

/**
 * The longest chain of synchronous calls, once per connected part of the call graph: reporting every
 * entry point's chain would repeat the same tail and cost O(entries × length); one chain per part keeps
 * the pass linear, and the next-longest surfaces once this one is fixed.
 */
export const syncChain: Rule = {
  id: 'sync-chain',
  title: 'Synchronous call chain',
  defaultSeverity: 'warning',
  defaultThreshold: 3,
  thresholdMeaning: 'hops; a chain of this many synchronous calls or more is flagged (A → B → C → D is 3)',
  explanation:
    'A request waits on a chain of synchronous calls. Latencies add up, availability multiplies down ' +
    '(four services at 99.9% give 99.6%), and any link that slows or fails stalls the whole chain. Return ' +
    'what you can without the deep calls, cache reference data, or turn the downstream work into events.',
  pattern: { name: 'Asynchronous events', catalogueSection: 'Communication Patterns › Pattern 2: Asynchronous (Events)' },
  never: 'Synchronous Chains: A → B → C → D = fragile, slow',
  check(ctx) {
    const { threshold, emit } = ctx.use(syncChain);
    const g = ctx.sync;
    const paths = longestPathsFrom(g, ctx.syncScc);
    const { hops } = paths;
    const parts = ctx.syncParts;
    const best = new Int32Array(parts.count).fill(-1);
    const longEntries = new Int32Array(parts.count);
    const inDegree = new Int32Array(g.n);
    for (let s = 0; s < g.targets.length; s++) inDegree[g.targets[s]!]!++;
    for (let v = 0; v < g.n; v++) {
      const part = parts.comp[v]!;
      const b = best[part]!;
      if (b === -1 || hops[v]! > hops[b]!) best[part] = v;
      if (inDegree[v] === 0 && hops[v]! >= threshold) longEntries[part]!++;
    }
    const findings: Finding[] = [];
    for (let part = 0; part < parts.count; part++) {
      const start = best[part]!;
      const length = hops[start]!;
      if (length < threshold || length === 0) continue;
      const path = followPath(g, paths, start);
      const others = Math.max(0, longEntries[part]! - 1);
      const also = others > 0 ? ` ${plural(others, 'other entry point')} also start chains of ${threshold} hops or more.` : '';
      findings.push(
        emit({
          message:
            `A chain of ${length} synchronous calls: ${chain(path.nodes.map((v) => ctx.label(v)))}. ` +
            `Each hop adds latency and a way to fail (flagged at ${threshold} hops).${also}`,
          nodes: path.nodes.map((v) => ctx.nodeIds[v]!),
          links: path.slots.map((s) => ctx.linkIds[g.edges[s]!]!),
          data: { hops: length },
        }),
      );
    }
    return findings;
  },
};
