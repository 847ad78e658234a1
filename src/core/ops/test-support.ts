/**
 * Test helpers shared by the ops and history tests (imported only by `*.test.ts`): a small realistic
 * model, an independent referential-validity check, and random op specs for property tests.
 */
import fc from 'fast-check';
import { createEmptyModel } from '../model/factories.ts';
import { LINK_KINDS, NODE_KINDS } from '../model/constants.ts';
import type { LinkKind, Model, NodeKind } from '../model/types.ts';
import { extractFragment, duplicateElements, pasteFragment } from './clipboard.ts';
import { addGroup, removeGroup, setNodesGroup, updateGroup } from './groups.ts';
import { addLink, reverseLink, setLinkKind, updateLink } from './links.ts';
import { renameModel, replaceModel, setDecision } from './meta.ts';
import { addNode, moveNodes, renameNode, updateNode } from './nodes.ts';
import { removeElements } from './remove.ts';
import { unchanged, type OpResult } from './result.ts';
import { addSaga, removeSaga, updateSaga } from './sagas.ts';

/** A small shop: gateway, two services in a group, a database, a broker, a client, an external API, a saga. */
export function fixtureModel(): Model {
  return {
    ...createEmptyModel('Shop'),
    decision: { teamSize: 8 },
    groups: [
      { id: 'sales', name: 'Sales', position: { x: 0, y: 0 }, size: { width: 400, height: 300 } },
      { id: 'ops', name: 'Ops' },
    ],
    nodes: [
      { kind: 'client', id: 'web', name: 'web', platform: 'web', position: { x: -200, y: 0 } },
      { kind: 'gateway', id: 'api', name: 'api', position: { x: -100, y: 0 } },
      { kind: 'service', id: 'orders', name: 'orders', group: 'sales', replicas: 2, position: { x: 10, y: 10 } },
      { kind: 'service', id: 'payments', name: 'payments', group: 'sales', position: { x: 10, y: 100 } },
      { kind: 'database', id: 'orders-db', name: 'orders-db', engine: 'postgresql' },
      { kind: 'broker', id: 'events', name: 'events', engine: 'kafka' },
      { kind: 'external', id: 'stripe', name: 'stripe' },
    ],
    links: [
      { kind: 'sync', id: 'web-api', from: 'web', to: 'api', protocol: 'http' },
      { kind: 'sync', id: 'api-orders', from: 'api', to: 'orders', timeoutMs: 2000, retry: { attempts: 3, backoff: 'exponential' } },
      { kind: 'sync', id: 'orders-payments', from: 'orders', to: 'payments', description: 'charge' },
      { kind: 'data', id: 'orders-db-link', from: 'orders', to: 'orders-db', access: 'read-write' },
      { kind: 'async', id: 'orders-events', from: 'orders', to: 'events', event: 'OrderPlaced' },
      { kind: 'sync', id: 'payments-stripe', from: 'payments', to: 'stripe' },
    ],
    sagas: [
      {
        id: 'checkout',
        name: 'checkout',
        orchestrator: 'orders',
        steps: [
          { service: 'orders', action: 'create order', compensation: 'cancel order' },
          { service: 'payments', action: 'charge', compensation: 'refund' },
        ],
      },
    ],
  };
}

/** Every reference in the model that points at nothing (empty when the model is referentially valid). */
export function referenceProblems(model: Model): string[] {
  const problems: string[] = [];
  const nodeIds = new Set<string>();
  const groupIds = new Set<string>();
  const seen = (set: Set<string>, id: string, what: string) => {
    if (set.has(id)) problems.push(`duplicate ${what} id ${id}`);
    set.add(id);
  };
  model.nodes.forEach((n) => seen(nodeIds, n.id, 'node'));
  model.groups.forEach((g) => seen(groupIds, g.id, 'group'));
  const linkIds = new Set<string>();
  const sagaIds = new Set<string>();
  model.links.forEach((l) => seen(linkIds, l.id, 'link'));
  model.sagas.forEach((s) => seen(sagaIds, s.id, 'saga'));
  for (const link of model.links) {
    if (!nodeIds.has(link.from) || !nodeIds.has(link.to)) problems.push(`link ${link.id} dangles`);
  }
  for (const node of model.nodes) {
    if (node.group !== undefined && !groupIds.has(node.group)) problems.push(`node ${node.id} in missing group ${node.group}`);
  }
  for (const saga of model.sagas) {
    if (saga.orchestrator !== undefined && !nodeIds.has(saga.orchestrator)) problems.push(`saga ${saga.id} orchestrator missing`);
    for (const step of saga.steps) if (!nodeIds.has(step.service)) problems.push(`saga ${saga.id} step on missing ${step.service}`);
  }
  return problems;
}

export const OP_NAMES = [
  'addNode',
  'addLink',
  'updateNode',
  'updateLink',
  'setLinkKind',
  'reverseLink',
  'moveNodes',
  'addGroup',
  'setNodesGroup',
  'updateGroup',
  'removeGroup',
  'removeElements',
  'paste',
  'duplicate',
  'rename',
  'setDecision',
  'addSaga',
  'updateSaga',
  'removeSaga',
  'replaceModel',
] as const;

/** A random edit, resolved against whatever model it meets (indices wrap around the collections). */
export interface OpSpec {
  op: (typeof OP_NAMES)[number];
  a: number;
  b: number;
  mask: number;
  kind: NodeKind;
  linkKind: LinkKind | null;
  text: string;
  flag: boolean;
  x: number;
  y: number;
}

export const opSpecArb: fc.Arbitrary<OpSpec> = fc.record({
  op: fc.constantFrom(...OP_NAMES),
  a: fc.nat(1000),
  b: fc.nat(1000),
  mask: fc.nat(0xffff),
  kind: fc.constantFrom(...NODE_KINDS),
  linkKind: fc.option(fc.constantFrom(...LINK_KINDS)),
  // Few distinct names, so numbering and collisions get exercised.
  text: fc.constantFrom('service', 'service-2', 'orders', 'Order Service', 'x'),
  flag: fc.boolean(),
  x: fc.integer({ min: -500, max: 500 }),
  y: fc.integer({ min: -500, max: 500 }),
});

/** A starting model: empty or the fixture, then a few random edits. */
export const startModelArb: fc.Arbitrary<Model> = fc
  .tuple(fc.boolean(), fc.array(opSpecArb, { maxLength: 10, size: 'max' }))
  .map(([fixture, specs]) => specs.reduce((model, spec) => runOp(model, spec).model, fixture ? fixtureModel() : createEmptyModel()));

const pick = <T>(items: readonly T[], n: number): T | undefined => (items.length === 0 ? undefined : items[n % items.length]);
const subset = <T>(items: readonly T[], mask: number): T[] => items.filter((_, i) => ((mask >> i % 16) & 1) === 1);

/** Runs one random edit; edits that cannot apply (no such element, a refused link) change nothing. */
export function runOp(model: Model, spec: OpSpec): OpResult {
  const node = pick(model.nodes, spec.a);
  const link = pick(model.links, spec.a);
  const group = pick(model.groups, spec.b);
  const saga = pick(model.sagas, spec.a);
  const services = model.nodes.filter((n) => n.kind === 'service');
  switch (spec.op) {
    case 'addNode':
      return addNode(model, {
        kind: spec.kind,
        ...(spec.flag && { name: spec.text }),
        position: { x: spec.x, y: spec.y },
        ...(group && spec.mask % 2 === 0 && { group: group.id }),
      });
    case 'addLink': {
      const to = pick(model.nodes, spec.b);
      if (!node || !to) return unchanged(model);
      const result = addLink(model, node.id, to.id, spec.linkKind ?? undefined);
      return result.ok ? result : unchanged(model);
    }
    case 'updateNode': {
      if (!node) return unchanged(model);
      switch (spec.mask % 5) {
        case 0:
          return updateNode(model, node.id, { name: spec.text });
        case 1:
          return updateNode(model, node.id, { description: spec.flag ? spec.text : undefined });
        case 2:
          return updateNode(model, node.id, { position: spec.flag ? { x: spec.x, y: spec.y } : undefined });
        case 3:
          return node.kind === 'client' ? unchanged(model) : updateNode(model, node.id, { team: spec.flag ? spec.text : undefined });
        default:
          return node.kind === 'service'
            ? updateNode(model, node.id, { replicas: spec.flag ? 1 + (spec.b % 5) : undefined, legacy: spec.flag })
            : updateNode(model, node.id, { description: spec.text });
      }
    }
    case 'updateLink': {
      if (!link) return unchanged(model);
      if (link.kind !== 'sync') return updateLink(model, link.id, { description: spec.flag ? spec.text : undefined });
      switch (spec.mask % 4) {
        case 0:
          return updateLink(model, link.id, { timeoutMs: spec.flag ? 100 + spec.b : undefined });
        case 1:
          return updateLink(model, link.id, { retry: spec.flag ? { attempts: 1 + (spec.b % 5), backoff: 'fixed' } : undefined });
        case 2:
          return updateLink(model, link.id, {
            circuitBreaker: spec.flag ? { failureThreshold: 5, recoveryTimeoutMs: 30_000, successThreshold: 2 } : undefined,
          });
        default:
          return updateLink(model, link.id, { fallback: spec.flag ? 'cached answer' : undefined, bulkhead: { maxConcurrent: 1 + spec.b } });
      }
    }
    case 'setLinkKind':
      return link ? setLinkKind(model, link.id, spec.linkKind ?? 'async') : unchanged(model);
    case 'reverseLink':
      return link ? reverseLink(model, link.id) : unchanged(model);
    case 'moveNodes': {
      const positions: Record<string, { x: number; y: number }> = {};
      for (const item of [...subset(model.nodes, spec.mask), ...subset(model.groups, spec.mask >> 8)]) {
        positions[item.id] = { x: spec.x + spec.a, y: spec.y - spec.b };
      }
      return moveNodes(model, positions);
    }
    case 'addGroup':
      return addGroup(model, {
        ...(spec.flag && { name: spec.text }),
        nodeIds: subset(model.nodes, spec.mask).map((n) => n.id),
        position: { x: spec.x, y: spec.y },
      });
    case 'setNodesGroup':
      return setNodesGroup(model, subset(model.nodes, spec.mask).map((n) => n.id), spec.flag && group ? group.id : null);
    case 'updateGroup':
      return group ? updateGroup(model, group.id, { name: spec.text, team: spec.flag ? spec.text : undefined }) : unchanged(model);
    case 'removeGroup':
      return group ? removeGroup(model, group.id) : unchanged(model);
    case 'removeElements':
      return removeElements(model, {
        nodes: subset(model.nodes, spec.mask & spec.a).map((n) => n.id),
        links: subset(model.links, spec.mask >> 4).map((l) => l.id),
        groups: subset(model.groups, spec.b).map((g) => g.id),
      });
    case 'paste': {
      const fragment = extractFragment(model, {
        nodes: subset(model.nodes, spec.mask).map((n) => n.id),
        groups: subset(model.groups, spec.b).map((g) => g.id),
      });
      return pasteFragment(model, fragment, { x: spec.x, y: spec.y });
    }
    case 'duplicate':
      return duplicateElements(model, [...subset(model.nodes, spec.mask), ...subset(model.groups, spec.b)].map((e) => e.id), { x: 40, y: 40 });
    case 'rename':
      return spec.flag || !node ? renameModel(model, spec.text) : renameNode(model, node.id, spec.text);
    case 'setDecision':
      return setDecision(model, spec.flag ? { teamSize: spec.b, boundariesClear: spec.mask % 2 === 0 } : { teamSize: undefined });
    case 'addSaga':
      return addSaga(model, {
        ...(spec.flag && { name: spec.text }),
        steps: subset(services, spec.mask).map((s) => ({ service: s.id, action: `do ${s.name}`, compensation: `undo ${s.name}` })),
        ...(services[0] && { orchestrator: services[0].id }),
      });
    case 'updateSaga':
      return saga
        ? updateSaga(model, saga.id, { name: spec.text, steps: subset(services, spec.mask).map((s) => ({ service: s.id, action: 'step' })) })
        : unchanged(model);
    case 'removeSaga':
      return saga ? removeSaga(model, saga.id) : unchanged(model);
    case 'replaceModel': {
      // A text edit in miniature: reorder nodes, edit one, drop a link.
      const nodes = [...model.nodes].reverse().map((n, i) => (i === spec.a % Math.max(1, model.nodes.length) ? { ...n, description: spec.text } : n));
      const links = model.links.filter((_, i) => i !== spec.b % Math.max(1, model.links.length));
      return replaceModel(model, { ...model, nodes, links, name: spec.flag ? spec.text : model.name });
    }
  }
}
