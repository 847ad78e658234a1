import type { Csr } from './csr.ts';
import type { Scc } from './tarjan.ts';

/**
 * For every node, the longest path starting there (in edges), and how to follow it. A path may take at
 * most one edge inside each strongly connected component it crosses: the longest simple path through a
 * cycle is NP-hard, but one hop in (entering a → b of the cycle, then leaving from b) is both linear and
 * always simple, and it keeps a chain like A → B ⇄ C → D at its real length of 3.
 */
export interface LongestPaths {
  readonly hops: Int32Array;
  /** First slot of the path from each node (inside or out of its component), -1 at an end. */
  readonly next: Int32Array;
  /** Best slot leaving the node's component, -1 if none: followed after an edge inside a component. */
  readonly exit: Int32Array;
  readonly comp: Int32Array;
}

/** Longest paths over the DAG of components, allowing one hop inside each (see LongestPaths). */
export function longestPathsFrom(g: Csr, scc: Scc): LongestPaths {
  const { n, offsets, targets } = g;
  const { comp, members, start, count } = scc;
  const hops = new Int32Array(n);
  const exitHops = new Int32Array(n);
  const next = new Int32Array(n).fill(-1);
  const exit = new Int32Array(n).fill(-1);
  // Components are numbered sinks first, so every successor component is final before it is read.
  for (let c = 0; c < count; c++) {
    const first = start[c]!;
    const end = start[c + 1]!;
    for (let i = first; i < end; i++) {
      const v = members[i]!;
      let best = 0;
      for (let s = offsets[v]!; s < offsets[v + 1]!; s++) {
        const w = targets[s]!;
        if (comp[w] === c) continue;
        if (hops[w]! + 1 > best) {
          best = hops[w]! + 1;
          exit[v] = s;
        }
      }
      exitHops[v] = best;
    }
    for (let i = first; i < end; i++) {
      const v = members[i]!;
      let best = exitHops[v]!;
      let slot = exit[v]!;
      if (end - first > 1) {
        for (let s = offsets[v]!; s < offsets[v + 1]!; s++) {
          const w = targets[s]!;
          if (comp[w] !== c || w === v) continue;
          if (exitHops[w]! + 1 > best) {
            best = exitHops[w]! + 1;
            slot = s;
          }
        }
      }
      hops[v] = best;
      next[v] = slot;
    }
  }
  return { hops, next, exit, comp };
}

/** Follows the path from `start`: its nodes and its slots (edges). */
export function followPath(g: Csr, paths: LongestPaths, start: number): { nodes: number[]; slots: number[] } {
  const nodes = [start];
  const slots: number[] = [];
  let v = start;
  let s = paths.next[v]!;
  while (s !== -1) {
    slots.push(s);
    const w = g.targets[s]!;
    nodes.push(w);
    // After the one hop inside a component, the path must leave it.
    s = paths.comp[w] === paths.comp[v] ? paths.exit[w]! : paths.next[w]!;
    v = w;
  }
  return { nodes, slots };
}
