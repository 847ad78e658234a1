import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildCsr } from './csr.ts';
import { tarjanScc } from './tarjan.ts';
import { followPath, longestPathsFrom } from './longest-path.ts';
import { maxProductsTo } from './max-product.ts';
import { weakComponents } from './weak-components.ts';

function graph(n: number, edges: readonly (readonly [number, number])[]) {
  return buildCsr(n, edges.map((e) => e[0]), edges.map((e) => e[1]));
}

const arbGraph = fc.integer({ min: 1, max: 10 }).chain((n) =>
  fc.tuple(fc.constant(n), fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: 25 })),
);

describe('longestPathsFrom', () => {
  it('finds the longest chain and its nodes', () => {
    // 0 → 1 → 2 → 3 and a shortcut 0 → 3
    const g = graph(4, [[0, 3], [0, 1], [1, 2], [2, 3]]);
    const paths = longestPathsFrom(g, tarjanScc(g));
    expect(paths.hops[0]).toBe(3);
    expect(followPath(g, paths, 0).nodes).toEqual([0, 1, 2, 3]);
  });

  it('takes one hop inside a cycle: 0 → 1 ⇄ 2 → 3 is 3 hops', () => {
    const g = graph(4, [[0, 1], [1, 2], [2, 1], [2, 3]]);
    const paths = longestPathsFrom(g, tarjanScc(g));
    expect(paths.hops[0]).toBe(3);
    expect(followPath(g, paths, 0)).toEqual({ nodes: [0, 1, 2, 3], slots: [0, 1, 3] });
    expect(paths.hops[2]).toBe(1);
  });

  it('always follows a simple path whose length is hops[v]', () => {
    fc.assert(
      fc.property(arbGraph, ([n, edges]) => {
        const g = graph(n, edges);
        const paths = longestPathsFrom(g, tarjanScc(g));
        for (let v = 0; v < n; v++) {
          const { nodes, slots } = followPath(g, paths, v);
          expect(slots).toHaveLength(paths.hops[v]!);
          expect(new Set(nodes).size).toBe(nodes.length);
        }
      }),
    );
  });

  it('is linear on a 20,000-node chain', () => {
    const n = 20_000;
    const g = graph(n, Array.from({ length: n - 1 }, (_, i) => [i, i + 1] as const));
    const paths = longestPathsFrom(g, tarjanScc(g));
    expect(paths.hops[0]).toBe(n - 1);
    expect(followPath(g, paths, 0).slots).toHaveLength(n - 1);
  });
});

describe('maxProductsTo', () => {
  it('multiplies factors along the best path, through one hop of a cycle', () => {
    // 0 →×3 1 →×3 2 ⇄ 1, 2 →×3 3
    const g = graph(4, [[0, 1], [1, 2], [2, 1], [2, 3]]);
    const factors = [3, 3, 5, 3];
    const result = maxProductsTo(g, tarjanScc(g), Array.from(g.edges, (e) => factors[e]!));
    expect(result.value[3]).toBe(27);
    expect(result.path(3).nodes).toEqual([0, 1, 2, 3]);
  });

  it('walks back a simple path whose factors multiply to the value', () => {
    fc.assert(
      fc.property(arbGraph, fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 25, maxLength: 25 }), ([n, edges], fs) => {
        const g = graph(n, edges);
        const result = maxProductsTo(g, tarjanScc(g), Array.from(g.edges, (e) => fs[e]!));
        for (let v = 0; v < n; v++) {
          const { nodes, slots } = result.path(v);
          expect(nodes.at(-1)).toBe(v);
          expect(new Set(nodes).size).toBe(nodes.length);
          expect(slots.reduce((p, s) => p * fs[g.edges[s]!]!, 1)).toBe(result.value[v]);
        }
      }),
    );
  });
});

describe('weakComponents', () => {
  it('ignores direction', () => {
    const { count, comp } = weakComponents(graph(5, [[1, 0], [2, 1], [3, 4]]));
    expect(count).toBe(2);
    expect(comp[0]).toBe(comp[2]);
    expect(comp[3]).toBe(comp[4]);
    expect(comp[0]).not.toBe(comp[3]);
  });
});
