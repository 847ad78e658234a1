/**
 * A directed graph over dense node indices in compressed sparse row form. Rules walk thousands of nodes
 * per keystroke, so adjacency lives in typed arrays (one allocation each) instead of Map<string, string[]>.
 */
export interface Csr {
  /** Number of nodes; nodes are 0..n-1. */
  readonly n: number;
  /** Out-edges of v occupy slots offsets[v] .. offsets[v + 1] - 1. Length n + 1. */
  readonly offsets: Int32Array;
  /** Target node of each slot. */
  readonly targets: Int32Array;
  /** The caller's id for each slot's edge (e.g. an index into model.links). */
  readonly edges: Int32Array;
}

/** Builds a CSR graph from parallel edge arrays; edges keep their input order within each source (stable). */
export function buildCsr(n: number, from: ArrayLike<number>, to: ArrayLike<number>, edgeIds?: ArrayLike<number>): Csr {
  const m = from.length;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) offsets[from[e]! + 1]!++;
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  const cursor = offsets.slice(0, n);
  const targets = new Int32Array(m);
  const edges = new Int32Array(m);
  for (let e = 0; e < m; e++) {
    const slot = cursor[from[e]!]!++;
    targets[slot] = to[e]!;
    edges[slot] = edgeIds ? edgeIds[e]! : e;
  }
  return { n, offsets, targets, edges };
}

/** The same edges pointing the other way (slot edge ids preserved), for in-degree and caller lookups. */
export function reverseCsr(g: Csr): Csr {
  const m = g.targets.length;
  const from = new Int32Array(m);
  const to = new Int32Array(m);
  for (let v = 0; v < g.n; v++) {
    for (let s = g.offsets[v]!; s < g.offsets[v + 1]!; s++) {
      from[s] = g.targets[s]!;
      to[s] = v;
    }
  }
  return buildCsr(g.n, from, to, g.edges);
}
