import { describe, expect, it } from 'vitest';
import { call, client, findingsOf, gateway, model, svc } from '../testing.ts';

const chainModel = (hops: number) => {
  const names = ['gateway', 'order', 'payment', 'bank', 'ledger', 'audit'].slice(0, hops + 1);
  return model({
    nodes: [client('web'), gateway('gateway'), ...names.slice(1).map((n) => svc(n))],
    links: [call('web', 'gateway'), ...names.slice(1).map((n, i) => call(names[i]!, n))],
  });
};

describe('sync-chain', () => {
  it('flags a chain of 3 hops (A → B → C → D) and reports the chain itself', () => {
    const [f, ...rest] = findingsOf(chainModel(3), 'sync-chain');
    expect(rest).toEqual([]);
    expect(f!.message).toContain('gateway → order → payment → bank');
    expect(f!.nodes).toEqual(['gateway', 'order', 'payment', 'bank']);
    expect(f!.links).toEqual(['gateway->order', 'order->payment', 'payment->bank']);
    expect(f!.data).toEqual({ hops: 3 });
  });

  it('does not flag 2 hops, and does not count the client', () => {
    expect(findingsOf(chainModel(2), 'sync-chain')).toEqual([]);
  });

  it('reports the longest chain once per connected call graph', () => {
    const m = chainModel(5);
    const findings = findingsOf(m, 'sync-chain');
    expect(findings).toHaveLength(1);
    expect(findings[0]!.data).toEqual({ hops: 5 });
  });

  it('honours a threshold from settings', () => {
    const m = { ...chainModel(3), settings: { rules: { 'sync-chain': { threshold: 4 } } } };
    expect(findingsOf(m, 'sync-chain')).toEqual([]);
  });

  it('async hops do not count', () => {
    const m = model({
      nodes: ['a', 'b', 'c', 'd'].map((n) => svc(n)),
      links: [call('a', 'b'), call('b', 'c'), { kind: 'async', id: 'c~d', from: 'c', to: 'd' }],
    });
    expect(findingsOf(m, 'sync-chain')).toEqual([]);
  });
});
