import type { Csr } from './csr.ts';

/** Weakly connected components (edge direction ignored): a component id per node, numbered 0..count-1. */
export function weakComponents(g: Csr): { count: number; comp: Int32Array } {
  const { n, offsets, targets } = g;
  const parent = new Int32Array(n);
  for (let v = 0; v < n; v++) parent[v] = v;
  const find = (v: number): number => {
    // Path halving keeps the union-find near-constant per call without recursion.
    while (parent[v] !== v) {
      const grand = parent[parent[v]!]!;
      parent[v] = grand;
      v = grand;
    }
    return v;
  };
  for (let v = 0; v < n; v++) {
    for (let s = offsets[v]!; s < offsets[v + 1]!; s++) {
      const a = find(v);
      const b = find(targets[s]!);
      if (a !== b) parent[a < b ? b : a] = a < b ? a : b;
    }
  }
  const comp = new Int32Array(n).fill(-1);
  let count = 0;
  for (let v = 0; v < n; v++) {
    const r = find(v);
    if (comp[r] === -1) comp[r] = count++;
    comp[v] = comp[r]!;
  }
  return { count, comp };
}
