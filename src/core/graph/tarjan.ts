import type { Csr } from './csr.ts';

/**
 * Strongly connected components. Components are numbered in the order Tarjan's algorithm completes them,
 * which is a reverse topological order of the condensation: for every edge u → v with comp[u] ≠ comp[v],
 * comp[u] > comp[v]. Rules rely on that to run DAG dynamic programming without a separate sort.
 */
export interface Scc {
  readonly count: number;
  readonly comp: Int32Array;
  /** Members per component, CSR style: members of c are members[start[c] .. start[c + 1] - 1]. */
  readonly start: Int32Array;
  readonly members: Int32Array;
}

/** Tarjan's SCC algorithm with an explicit stack, so a 20,000-node chain cannot overflow the call stack. */
export function tarjanScc(g: Csr): Scc {
  const { n, offsets, targets } = g;
  const index = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const comp = new Int32Array(n).fill(-1);
  const stack = new Int32Array(n); // Tarjan's stack of visited, unassigned nodes
  const calls = new Int32Array(n); // the simulated recursion
  const cursor = new Int32Array(n); // next out-slot to explore, per node on `calls`
  let sp = 0;
  let counter = 0;
  let count = 0;

  for (let root = 0; root < n; root++) {
    if (index[root] !== -1) continue;
    let cp = 0;
    index[root] = low[root] = counter++;
    stack[sp++] = root;
    cursor[root] = offsets[root]!;
    calls[cp++] = root;
    while (cp > 0) {
      const v = calls[cp - 1]!;
      const end = offsets[v + 1]!;
      let descended = false;
      while (cursor[v]! < end) {
        const w = targets[cursor[v]!++]!;
        if (index[w] === -1) {
          index[w] = low[w] = counter++;
          stack[sp++] = w;
          cursor[w] = offsets[w]!;
          calls[cp++] = w;
          descended = true;
          break;
        }
        // Visited but unassigned means w is still on Tarjan's stack: a back or cross edge into this tree.
        if (comp[w] === -1 && index[w]! < low[v]!) low[v] = index[w]!;
      }
      if (descended) continue;
      if (low[v] === index[v]) {
        let w: number;
        do {
          w = stack[--sp]!;
          comp[w] = count;
        } while (w !== v);
        count++;
      }
      cp--;
      if (cp > 0) {
        const parent = calls[cp - 1]!;
        if (low[v]! < low[parent]!) low[parent] = low[v]!;
      }
    }
  }

  const start = new Int32Array(count + 1);
  for (let v = 0; v < n; v++) start[comp[v]! + 1]!++;
  for (let c = 0; c < count; c++) start[c + 1]! += start[c]!;
  const fill = start.slice(0, count);
  const members = new Int32Array(n);
  for (let v = 0; v < n; v++) members[fill[comp[v]!]!++] = v;
  return { count, comp, start, members };
}

/** Size of component c. */
export function componentSize(scc: Scc, c: number): number {
  return scc.start[c + 1]! - scc.start[c]!;
}
