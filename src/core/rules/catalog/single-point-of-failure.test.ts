import { describe, expect, it } from 'vitest';
import { broker, call, event, expectQuickFixClears, findingsOf, model, svc } from '../testing.ts';

const dependents = (count: number) =>
  model({
    nodes: [svc('auth', { replicas: 1 }), ...Array.from({ length: count }, (_, i) => svc(`s${i + 1}`))],
    links: Array.from({ length: count }, (_, i) => call(`s${i + 1}`, 'auth')),
  });

describe('single-point-of-failure', () => {
  it('flags a single replica that 3 nodes depend on', () => {
    const [f] = findingsOf(dependents(3), 'single-point-of-failure');
    expect(f!.message).toContain('auth runs as a single replica and 3 nodes depend on it (s1, s2 and s3)');
    expect(f!.nodes).toEqual(['auth', 's1', 's2', 's3']);
  });

  it('does not flag 2 dependents, or 2 replicas', () => {
    expect(findingsOf(dependents(2), 'single-point-of-failure')).toEqual([]);
    const replicated = { ...dependents(5), nodes: dependents(5).nodes.map((n) => (n.id === 'auth' ? { ...n, replicas: 2 } : n)) };
    expect(findingsOf(replicated, 'single-point-of-failure')).toEqual([]);
  });

  it('counts publishers and subscribers of a broker', () => {
    const m = model({
      nodes: [{ ...broker('bus'), replicas: 1 }, svc('a'), svc('b'), svc('c')],
      links: [event('a', 'bus'), event('bus', 'b'), event('bus', 'c')],
    });
    expect(findingsOf(m, 'single-point-of-failure')[0]!.nodes).toEqual(['bus', 'a', 'b', 'c']);
  });

  it('quick fix runs a second replica', () => {
    const next = expectQuickFixClears(dependents(3), 'single-point-of-failure');
    expect(next.nodes[0]).toMatchObject({ replicas: 2 });
  });
});
