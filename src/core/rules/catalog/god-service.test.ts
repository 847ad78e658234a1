import { describe, expect, it } from 'vitest';
import { call, data, db, findingsOf, model, svc } from '../testing.ts';

const hub = (callers: number, callees: number) =>
  model({
    nodes: [svc('hub'), ...Array.from({ length: callers }, (_, i) => svc(`in${i}`)), ...Array.from({ length: callees }, (_, i) => svc(`out${i}`))],
    links: [...Array.from({ length: callers }, (_, i) => call(`in${i}`, 'hub')), ...Array.from({ length: callees }, (_, i) => call('hub', `out${i}`))],
  });

describe('god-service', () => {
  it('flags fan-in plus fan-out over 10', () => {
    const [f] = findingsOf(hub(5, 6), 'god-service');
    expect(f!.message).toContain('hub does too much: 5 in + 6 out = 11 connections (more than 10)');
    expect(f!.data).toEqual({ fanIn: 5, fanOut: 6, datastores: 0 });
  });

  it('does not flag exactly 10', () => {
    expect(findingsOf(hub(5, 5), 'god-service')).toEqual([]);
  });

  it('flags owning more than 3 datastores, not 3', () => {
    const owning = (count: number) =>
      model({ nodes: [svc('hub'), ...Array.from({ length: count }, (_, i) => db(`d${i}`))], links: Array.from({ length: count }, (_, i) => data('hub', `d${i}`)) });
    expect(findingsOf(owning(4), 'god-service')[0]!.message).toContain('owns 4 datastores (d0, d1, d2 and d3; more than 3)');
    expect(findingsOf(owning(3), 'god-service')).toEqual([]);
  });
});
