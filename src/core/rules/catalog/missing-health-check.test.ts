import { describe, expect, it } from 'vitest';
import { expectQuickFixClears, findingsOf, gateway, model, svc } from '../testing.ts';

describe('missing-health-check', () => {
  it('flags a service without probes, and says which is missing', () => {
    const { healthChecks: _h, ...bare } = svc('a');
    const m = model({ nodes: [bare, svc('b', { healthChecks: { liveness: true, readiness: false } })] });
    expect(findingsOf(m, 'missing-health-check').map((f) => f.message)).toEqual(['a has no liveness or readiness check.', 'b has no readiness check.']);
  });

  it('does not flag a service with both checks, or other node kinds', () => {
    expect(findingsOf(model({ nodes: [svc('a'), gateway('gw')] }), 'missing-health-check')).toEqual([]);
  });

  it('quick fix adds both checks', () => {
    const next = expectQuickFixClears(model({ nodes: [svc('a', { healthChecks: { liveness: false, readiness: false } })] }), 'missing-health-check');
    expect(next.nodes[0]).toMatchObject({ healthChecks: { liveness: true, readiness: true } });
  });
});
