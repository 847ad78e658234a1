import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCsr, reverseCsr } from './csr.ts';
import { tarjanScc, componentSize } from './tarjan.ts';

function graph(n: number, edges: readonly (readonly [number, number])[]) {
  return buildCsr(n, edges.map((e) => e[0]), edges.map((e) => e[1]));
}

/** Reachability by brute force: u and v share a component iff each reaches the other. */
function naiveSameComponent(n: number, edges: readonly (readonly [number, number])[]): boolean[][] {
  const reach = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => i === j));
  for (const [a, b] of edges) reach[a]![b] = true;
  for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) if (reach[i]![k] && reach[k]![j]) reach[i]![j] = true;
  return reach.map((row, i) => row.map((r, j) => r && reach[j]![i]!));
}

const arbGraph = fc.integer({ min: 1, max: 12 }).chain((n) =>
  fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 30 })),
);

describe('tarjanScc', () => {
  it('agrees with brute-force mutual reachability', () => {
    fc.assert(
      fc.property(arbGraph, ([n, edges]) => {
        const scc = tarjanScc(graph(n, edges));
        const same = naiveSameComponent(n, edges);
        for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) expect(scc.comp[i] === scc.comp[j]).toBe(same[i]![j]);
      }),
    );
  });

  it('numbers components sinks first (every cross edge goes to a lower number)', () => {
    fc.assert(
      fc.property(arbGraph, ([n, edges]) => {
        const scc = tarjanScc(graph(n, edges));
        for (const [a, b] of edges) if (scc.comp[a] !== scc.comp[b]) expect(scc.comp[a]!).toBeGreaterThan(scc.comp[b]!);
      }),
    );
  });

  it('lists each node once in members, grouped by component', () => {
    const scc = tarjanScc(graph(5, [[0, 1], [1, 0], [2, 3], [3, 4], [4, 2]]));
    expect(scc.count).toBe(2);
    expect([...scc.members].sort()).toEqual([0, 1, 2, 3, 4]);
    expect(componentSize(scc, scc.comp[0]!)).toBe(2);
    expect(componentSize(scc, scc.comp[2]!)).toBe(3);
  });

  it('handles a 20,000-node chain and ring without recursion', () => {
    const n = 20_000;
    const chain = Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as const);
    expect(tarjanScc(graph(n, chain)).count).toBe(n);
    const ring = [...chain, [n - 1, 0] as const];
    expect(tarjanScc(graph(n, ring)).count).toBe(1);
  });

  it('reverseCsr flips every edge and keeps edge ids', () => {
    const g = buildCsr(3, [0, 0, 1], [1, 2, 2], [10, 11, 12]);
    const r = reverseCsr(g);
    const edges: string[] = [];
    for (let v = 0; v < 3; v++) for (let s = r.offsets[v]!; s < r.offsets[v + 1]!; s++) edges.push(`${v}<-${r.targets[s]}#${r.edges[s]}`);
    expect(edges.sort()).toEqual(['1<-0#10', '2<-0#11', '2<-1#12']);
  });
});
