import { describe, expect, it } from 'vitest';
import { loadModel } from './load-model.ts';
import type { LoadError } from './types.ts';
import { validDoc, type RawDoc } from './__fixtures__/models.ts';

/** Loads validDoc() after `edit`, returning its errors (none when it loads). */
function errorsAfter(edit: (doc: RawDoc) => void): Omit<LoadError, 'line' | 'column'>[] {
  const doc = validDoc();
  edit(doc);
  const result = loadModel(JSON.stringify(doc, null, 2));
  return result.ok ? [] : result.errors.map(({ path, message }) => ({ path, message }));
}

describe('reference checks', () => {
  it('accepts the valid fixture', () => {
    expect(errorsAfter(() => {})).toEqual([]);
  });

  it('reports links to missing nodes, at each end', () => {
    expect(errorsAfter((doc) => doc.links.push({ kind: 'sync', id: 'x', from: 'ghost', to: 'phantom' }))).toEqual([
      { path: 'links[2].from', message: 'no node with id "ghost"' },
      { path: 'links[2].to', message: 'no node with id "phantom"' },
    ]);
  });

  it('reports a link to a group rather than a node', () => {
    const errors = errorsAfter((doc) => {
      doc.groups = [{ id: 'billing', name: 'Billing' }];
      doc.links.push({ kind: 'sync', id: 'x', from: 'a', to: 'billing' });
    });
    expect(errors).toEqual([{ path: 'links[2].to', message: '"billing" is a group; links connect nodes' }]);
  });

  it('reports duplicate ids: nodes and groups share one namespace; links and sagas each have their own', () => {
    const errors = errorsAfter((doc) => {
      doc.groups = [{ id: 'a', name: 'Group A' }];
      doc.nodes.push({ kind: 'service', id: 'b', name: 'B again' });
      doc.links.push({ kind: 'sync', id: 'a-b', from: 'b', to: 'a' });
      doc.sagas = [
        { id: 's', name: 'S', steps: [] },
        { id: 's', name: 'S2', steps: [] },
        { id: 'a', name: 'saga ids do not clash with node ids', steps: [] },
      ];
    });
    expect(errors).toEqual([
      { path: 'nodes[0].id', message: 'duplicate id "a": already used by groups[0]' },
      { path: 'nodes[3].id', message: 'duplicate id "b": already used by nodes[1]' },
      { path: 'links[2].id', message: 'duplicate id "a-b": already used by links[0]' },
      { path: 'sagas[1].id', message: 'duplicate id "s": already used by sagas[0]' },
    ]);
  });

  it('reports a self link', () => {
    expect(errorsAfter((doc) => doc.links.push({ kind: 'sync', id: 'loop', from: 'a', to: 'a' }))).toEqual([
      { path: 'links[2].to', message: 'a link cannot connect "a" to itself' },
    ]);
  });

  it('reports data links that do not run from a non-database to a database', () => {
    expect(
      errorsAfter((doc) => {
        doc.links.push({ kind: 'data', id: 'wrong-end', from: 'a', to: 'b' });
        doc.links.push({ kind: 'data', id: 'backwards', from: 'db', to: 'db2' });
        doc.nodes.push({ kind: 'database', id: 'db2', name: 'DB2' });
      }),
    ).toEqual([
      { path: 'links[2].to', message: 'a data link must end at a database, but "b" is a service' },
      { path: 'links[3].from', message: 'a data link starts at the node that reads or writes, but "db" is a database' },
    ]);
  });

  it('reports a node in a missing group', () => {
    expect(errorsAfter((doc) => (doc.nodes[1]!.group = 'nowhere'))).toEqual([{ path: 'nodes[1].group', message: 'no group with id "nowhere"' }]);
  });

  it('reports saga steps and orchestrators that are missing or not services', () => {
    const errors = errorsAfter((doc) => {
      doc.sagas = [
        {
          id: 'checkout',
          name: 'Checkout',
          orchestrator: 'ghost',
          steps: [
            { service: 'a', action: 'reserve' },
            { service: 'payments', action: 'charge', compensation: 'refund' },
            { service: 'db', action: 'write' },
          ],
        },
      ];
    });
    expect(errors).toEqual([
      { path: 'sagas[0].orchestrator', message: 'no service with id "ghost"' },
      { path: 'sagas[0].steps[1].service', message: 'no service with id "payments"' },
      { path: 'sagas[0].steps[2].service', message: '"db" is a database, not a service' },
    ]);
  });

  it('accepts gateway routes to nodes the gateway calls, and reports the rest', () => {
    const withGateway = (routes: unknown[]) => (doc: RawDoc) => {
      doc.nodes.push({ kind: 'gateway', id: 'gw', name: 'GW', routes });
      doc.links.push({ kind: 'sync', id: 'gw-a', from: 'gw', to: 'a' });
      doc.links.push({ kind: 'async', id: 'gw-b', from: 'gw', to: 'b' });
    };
    expect(errorsAfter(withGateway([{ prefix: '/api/a', to: 'a', share: 0.5 }]))).toEqual([]);
    expect(
      errorsAfter(
        withGateway([
          { prefix: '/api/a', to: 'a' },
          { prefix: '/api/b', to: 'b' },
          { prefix: '/api/a', to: 'ghost' },
        ]),
      ),
    ).toEqual([
      { path: 'nodes[3].routes[1].to', message: '"gw" has no sync link to "b"; draw the call before routing to it' },
      { path: 'nodes[3].routes[2].prefix', message: 'duplicate route prefix "/api/a": already routed by routes[0]' },
      { path: 'nodes[3].routes[2].to', message: 'no node with id "ghost"' },
    ]);
  });

  it('checks the shape of a route: a prefix starting with "/" and a share between 0 and 1', () => {
    const errors = errorsAfter((doc) => {
      doc.nodes.push({ kind: 'gateway', id: 'gw', name: 'GW', routes: [{ prefix: 'api', to: 'a', share: 2 }] });
      doc.links.push({ kind: 'sync', id: 'gw-a', from: 'gw', to: 'a' });
    });
    expect(errors.map((e) => e.path)).toEqual(['nodes[3].routes[0].prefix', 'nodes[3].routes[0].share']);
    expect(errors[0]?.message).toMatch(/starts with "\/"/);
  });
});
