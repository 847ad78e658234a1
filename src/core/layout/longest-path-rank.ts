/**
 * Column index per node: the length of the longest path reaching it, so every edge points right.
 * Kahn's algorithm in O(nodes + edges); when only cycles remain, the earliest remaining node (in input
 * order) is taken anyway and its unprocessed incoming edges are treated as back edges.
 */
export function longestPathRank(ids: readonly string[], edges: readonly (readonly [string, string])[]): Map<string, number> {
  const index = new Map(ids.map((id, i) => [id, i]));
  const successors: number[][] = ids.map(() => []);
  const indegree = new Array<number>(ids.length).fill(0);
  for (const [from, to] of edges) {
    const f = index.get(from);
    const t = index.get(to);
    if (f === undefined || t === undefined || f === t) continue;
    successors[f]?.push(t);
    indegree[t] = (indegree[t] ?? 0) + 1;
  }

  const rank = new Array<number>(ids.length).fill(0);
  const done = new Array<boolean>(ids.length).fill(false);
  const queue: number[] = [];
  for (let i = 0; i < ids.length; i++) if (indegree[i] === 0) queue.push(i);
  let head = 0;
  let nextForced = 0;
  let processed = 0;
  while (processed < ids.length) {
    let current = queue[head];
    if (current === undefined) {
      // Only cycles are left: break one at the first unprocessed node.
      while (done[nextForced]) nextForced++;
      current = nextForced;
    } else {
      head++;
      if (done[current]) continue;
    }
    done[current] = true;
    processed++;
    const base = (rank[current] ?? 0) + 1;
    for (const next of successors[current] ?? []) {
      if (done[next]) continue;
      if ((rank[next] ?? 0) < base) rank[next] = base;
      indegree[next] = (indegree[next] ?? 0) - 1;
      if (indegree[next] === 0) queue.push(next);
    }
  }
  return new Map(ids.map((id, i) => [id, rank[i] ?? 0]));
}
