/** The contract every op keeps: its diff replays it, its inverse undoes it, and untouched objects keep identity. */
import { describe, expect, it } from 'vitest';
import type { Model } from '../model/types.ts';
import { applyDiff, invertDiff, isEmptyDiff, type EntityCollection, type ModelDiff } from './diff.ts';
import {
  addGroup,
  addLink,
  addNode,
  addSaga,
  duplicateElements,
  extractFragment,
  moveElements,
  moveNodes,
  pasteFragment,
  removeElements,
  removeGroup,
  removeSaga,
  renameModel,
  renameNode,
  replaceModel,
  reverseLink,
  setDecision,
  setLinkKind,
  setModelDescription,
  setNodesGroup,
  setSettings,
  updateGroup,
  updateLink,
  updateNode,
  updateSaga,
  type OpResult,
} from './index.ts';
import { fixtureModel } from './test-support.ts';

const COLLECTIONS: readonly EntityCollection[] = ['nodes', 'links', 'groups', 'sagas'];

function ok(result: ReturnType<typeof addLink>): OpResult {
  if (!result.ok) throw new Error(result.reason);
  return result;
}

const cases: Record<string, (m: Model) => OpResult> = {
  'addNode service': (m) => addNode(m, { kind: 'service' }),
  'addNode each kind in a group': (m) =>
    (['database', 'broker', 'gateway', 'client', 'external'] as const).reduce<OpResult>(
      (r, kind) => {
        const next = addNode(r.model, { kind, group: 'sales', position: { x: 1, y: 2 } });
        return { model: next.model, diff: { changes: [...r.diff.changes, ...next.diff.changes] } };
      },
      { model: m, diff: { changes: [] } },
    ),
  'updateNode set and delete': (m) => updateNode(m, 'orders', { replicas: 3, position: undefined, description: 'takes orders' }),
  renameNode: (m) => renameNode(m, 'api', 'edge'),
  'moveNodes (map)': (m) => moveNodes(m, new Map([['orders', { x: 5, y: 5 }], ['sales', { x: 9, y: 9 }]])),
  'moveElements (records)': (m) => moveElements(m, { web: { x: 1, y: 1 }, 'orders-db': { x: 2, y: 2 } }, { ops: { x: 3, y: 3 } }),
  addLink: (m) => ok(addLink(m, 'payments', 'events')),
  updateLink: (m) => updateLink(m, 'api-orders', { timeoutMs: undefined, circuitBreaker: { failureThreshold: 5, recoveryTimeoutMs: 30_000, successThreshold: 2 } }),
  'setLinkKind sync to async': (m) => setLinkKind(m, 'orders-payments', 'async'),
  'setLinkKind data to sync': (m) => setLinkKind(m, 'orders-db-link', 'sync'),
  reverseLink: (m) => reverseLink(m, 'orders-events'),
  'addGroup with nodes': (m) => addGroup(m, { name: 'Edge', nodeIds: ['web', 'api', 'orders'], position: { x: 0, y: 0 }, size: { width: 100, height: 100 } }),
  updateGroup: (m) => updateGroup(m, 'sales', { team: 'checkout', size: undefined }),
  'setNodesGroup into': (m) => setNodesGroup(m, ['web', 'orders'], 'ops'),
  'setNodesGroup out': (m) => setNodesGroup(m, ['orders', 'payments'], null),
  removeGroup: (m) => removeGroup(m, 'sales'),
  'removeElements cascade': (m) => removeElements(m, { nodes: ['orders', 'web'], links: ['payments-stripe'], groups: ['ops'] }),
  'removeElements first and last': (m) => removeElements(m, { nodes: ['web', 'stripe'] }),
  pasteFragment: (m) => pasteFragment(m, extractFragment(m, { nodes: ['orders', 'orders-db'], groups: ['sales'] }), { x: 10, y: 10 }),
  duplicateElements: (m) => duplicateElements(m, ['api', 'orders', 'payments'], { x: 40, y: 40 }),
  renameModel: (m) => renameModel(m, 'Shop v2'),
  setModelDescription: (m) => setModelDescription(m, 'what we sell'),
  'setDecision set': (m) => setDecision(m, { teams: 2, teamSize: undefined, boundariesClear: true }),
  'setDecision clear all': (m) => setDecision(m, { teamSize: undefined }),
  setSettings: (m) => setSettings(m, { rules: { 'chatty-calls': { threshold: 3 } } }),
  'replaceModel with a reorder': (m) => replaceModel(m, { ...m, name: 'Edited', nodes: [...m.nodes].reverse(), links: m.links.slice(1) }),
  addSaga: (m) => addSaga(m, { steps: [{ service: 'payments', action: 'charge' }] }),
  updateSaga: (m) => updateSaga(m, 'checkout', { orchestrator: undefined, name: 'pay' }),
  removeSaga: (m) => removeSaga(m, 'checkout'),
};

function touchedIds(diff: ModelDiff, collection: EntityCollection): Set<string> {
  return new Set(diff.changes.flatMap((c) => (c.collection === collection ? [c.id] : [])));
}

describe('every op', () => {
  for (const [name, run] of Object.entries(cases)) {
    it(`${name}: diff replays, inverse undoes, untouched objects keep identity`, () => {
      const before = fixtureModel();
      const snapshot = structuredClone(before);
      const result = run(before);

      expect(isEmptyDiff(result.diff)).toBe(false);
      expect(before).toStrictEqual(snapshot); // ops never mutate their input
      const replayed = applyDiff(before, result.diff);
      expect(replayed).toStrictEqual(result.model);
      expect(applyDiff(result.model, invertDiff(result.diff))).toStrictEqual(before);

      for (const collection of COLLECTIONS) {
        const touched = touchedIds(result.diff, collection);
        if (touched.size === 0) expect(replayed[collection]).toBe(before[collection]);
        const old = new Map<string, unknown>(before[collection].map((e) => [e.id, e]));
        for (const entity of replayed[collection]) {
          if (!touched.has(entity.id)) expect(entity).toBe(old.get(entity.id));
        }
      }
    });
  }

  it('leaves the model alone (same object, empty diff) for unknown ids', () => {
    const model = fixtureModel();
    for (const result of [
      updateNode(model, 'nope', { name: 'x' }),
      renameNode(model, 'nope', 'x'),
      moveNodes(model, { nope: { x: 1, y: 1 } }),
      updateLink(model, 'nope', { description: 'x' }),
      setLinkKind(model, 'nope', 'data'),
      reverseLink(model, 'nope'),
      updateGroup(model, 'nope', { name: 'x' }),
      setNodesGroup(model, ['orders'], 'nope'),
      removeGroup(model, 'nope'),
      removeElements(model, { nodes: ['nope'], links: ['nope'], groups: ['nope'] }),
      updateSaga(model, 'nope', { name: 'x' }),
      removeSaga(model, 'nope'),
      renameModel(model, model.name),
    ]) {
      expect(result.model).toBe(model);
      expect(result.diff.changes).toEqual([]);
    }
  });
});
