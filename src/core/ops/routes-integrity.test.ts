import { describe, expect, it } from 'vitest';
import { loadModel, serializeModel } from '../io/index.ts';
import type { Model } from '../model/index.ts';
import { applyDiff, invertDiff, repairReferences } from './diff.ts';
import { removeElements } from './remove.ts';
import { reverseLink, setLinkKind } from './links.ts';

/** A gateway routing /api/orders/v2 to the new service and the rest to the monolith. */
function strangled(): Model {
  return {
    format: 'faultline', version: 1, name: 'Strangler', groups: [], sagas: [],
    nodes: [
      { kind: 'gateway', id: 'gw', name: 'gw', routes: [{ prefix: '/api/orders/v2', to: 'orders' }, { prefix: '/', to: 'mono' }] },
      { kind: 'service', id: 'orders', name: 'orders' },
      { kind: 'service', id: 'mono', name: 'mono', legacy: true },
    ],
    links: [
      { kind: 'sync', id: 'l1', from: 'gw', to: 'orders' },
      { kind: 'sync', id: 'l2', from: 'gw', to: 'mono' },
    ],
  };
}

const loads = (model: Model) => loadModel(serializeModel(model)).ok;

describe('gateway routes stay backed by sync links', () => {
  it('deleting a routed service drops its route in the same undo step, and the model still loads', () => {
    const model = strangled();
    const { model: next, diff } = removeElements(model, { nodes: ['orders'] });
    const gw = next.nodes.find((n) => n.id === 'gw');
    expect(gw?.kind === 'gateway' && gw.routes).toEqual([{ prefix: '/', to: 'mono' }]);
    expect(loads(next)).toBe(true);
    expect(applyDiff(next, invertDiff(diff))).toEqual(model);
  });

  it('deleting the gateway\'s link, reversing it or making it async drops the route', () => {
    for (const next of [removeElements(strangled(), { links: ['l1'] }).model, reverseLink(strangled(), 'l1').model, setLinkKind(strangled(), 'l1', 'async').model]) {
      const gw = next.nodes.find((n) => n.id === 'gw');
      expect(gw?.kind === 'gateway' && gw.routes?.map((r) => r.to)).toEqual(['mono']);
      expect(loads(next)).toBe(true);
    }
  });

  it('the last route gone removes the routes field; repairReferences prunes after remote edits', () => {
    const model = strangled();
    const noLinks = { ...model, links: [] };
    const repaired = applyDiff(noLinks, repairReferences(noLinks));
    expect(repaired.nodes.find((n) => n.id === 'gw')).not.toHaveProperty('routes');
    expect(loads(repaired)).toBe(true);
  });
});
