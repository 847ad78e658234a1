import type { Csr } from './csr.ts';
import type { Scc } from './tarjan.ts';

/** For every node, the largest product of edge factors over a path ending there (1 for no path). */
export interface MaxProducts {
  readonly value: Float64Array;
  /** Walks back from `end` to the path's first node: nodes and slots in path order. */
  path(end: number): { nodes: number[]; slots: number[] };
}

/**
 * Max-product paths ending at each node, over the DAG of components with at most one hop inside each
 * (the same simple-path guarantee as longestPathsFrom). `factor` holds one factor ≥ 1 per slot; values are capped so
 * deep graphs stay finite.
 */
export function maxProductsTo(g: Csr, scc: Scc, factor: ArrayLike<number>, cap = Number.MAX_SAFE_INTEGER): MaxProducts {
  const { n, offsets, targets } = g;
  const { comp, members, start, count } = scc;
  const arrive = new Float64Array(n).fill(1); // best product arriving from other components
  const arriveSlot = new Int32Array(n).fill(-1);
  const arriveFrom = new Int32Array(n).fill(-1);
  const value = new Float64Array(n);
  const viaSlot = new Int32Array(n).fill(-1); // the hop inside the component, when it wins
  const viaFrom = new Int32Array(n).fill(-1);
  // Sources first: components in decreasing number.
  for (let c = count - 1; c >= 0; c--) {
    const first = start[c]!;
    const end = start[c + 1]!;
    for (let i = first; i < end; i++) {
      const v = members[i]!;
      value[v] = arrive[v]!;
    }
    if (end - first > 1) {
      for (let i = first; i < end; i++) {
        const x = members[i]!;
        for (let s = offsets[x]!; s < offsets[x + 1]!; s++) {
          const v = targets[s]!;
          if (comp[v] !== c || v === x) continue;
          const p = Math.min(arrive[x]! * factor[s]!, cap);
          if (p > value[v]!) {
            value[v] = p;
            viaSlot[v] = s;
            viaFrom[v] = x;
          }
        }
      }
    }
    for (let i = first; i < end; i++) {
      const v = members[i]!;
      for (let s = offsets[v]!; s < offsets[v + 1]!; s++) {
        const w = targets[s]!;
        if (comp[w] === c) continue;
        const p = Math.min(value[v]! * factor[s]!, cap);
        if (p > arrive[w]!) {
          arrive[w] = p;
          arriveSlot[w] = s;
          arriveFrom[w] = v;
        }
      }
    }
  }
  const path = (endNode: number) => {
    const nodes = [endNode];
    const slots: number[] = [];
    let v = endNode;
    let inside = viaSlot[v] !== -1; // does v's best value come through the hop inside its component?
    for (;;) {
      const s = inside ? viaSlot[v]! : arriveSlot[v]!;
      if (s === -1) break;
      const u = inside ? viaFrom[v]! : arriveFrom[v]!;
      slots.push(s);
      nodes.push(u);
      // Entered u's component through its inside hop: u must have been reached from outside.
      inside = inside ? false : viaSlot[u] !== -1;
      v = u;
    }
    nodes.reverse();
    slots.reverse();
    return { nodes, slots };
  };
  return { value, path };
}
