import { describe, expect, it } from 'vitest';
import { moveElements, updateLink } from '../../core/ops/index.ts';
import { ecommerceTemplate } from '../../core/templates/index.ts';
import { createFlowMapper } from './to-flow.ts';

const none = { nodes: new Set<string>(), links: new Set<string>() };
const allContexts = (model: { groups: readonly { id: string }[] }) => new Set(model.groups.map((g) => g.id));

describe('toFlow', () => {
  it('maps every context, node and link, parents before children', () => {
    const model = ecommerceTemplate.build();
    const { nodes, edges } = createFlowMapper()(model, none);
    expect(nodes).toHaveLength(model.groups.length + model.nodes.length);
    expect(edges).toHaveLength(model.links.length);
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    for (const n of nodes) if (n.parentId) expect(index.get(n.parentId)!).toBeLessThan(index.get(n.id)!);
  });

  it('gives a grouped node a position relative to its context (the model keeps absolute ones)', () => {
    const model = ecommerceTemplate.build();
    const node = model.nodes.find((n) => n.group)!;
    const group = model.groups.find((g) => g.id === node.group)!;
    const flowNode = createFlowMapper()(model, none).nodes.find((n) => n.id === node.id)!;
    expect(flowNode.parentId).toBe(group.id);
    expect(flowNode.position).toEqual({ x: node.position!.x - group.position!.x, y: node.position!.y - group.position!.y });
  });

  it('keeps the object of every node and link that did not change, so React Flow re-renders only the moved one', () => {
    const map = createFlowMapper();
    const model = ecommerceTemplate.build();
    const first = map(model, none);
    const moved = moveElements(model, { 'web-app': { x: -100, y: 0 } }).model;
    const second = map(moved, none);
    const changed = second.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id);
    expect(changed).toEqual(['web-app']);
    expect(second.edges.every((e, i) => e === first.edges[i])).toBe(true);

    const link = model.links.find((l) => l.kind === 'sync')!;
    const edited = updateLink(moved, link.id, { timeoutMs: 1234 }).model;
    const third = map(edited, { nodes: new Set(), links: new Set([link.id]) });
    expect(third.edges.filter((e, i) => e !== second.edges[i]).map((e) => e.id)).toEqual([link.id]);
    expect(third.nodes.every((n, i) => n === second.nodes[i])).toBe(true);
  });

  it('selection changes only the selected elements', () => {
    const map = createFlowMapper();
    const model = ecommerceTemplate.build();
    const first = map(model, none);
    const second = map(model, { nodes: new Set(['order-service']), links: new Set() });
    expect(second.nodes.filter((n, i) => n !== first.nodes[i]).map((n) => n.id)).toEqual(['order-service']);
    expect(second.nodes.find((n) => n.id === 'order-service')?.selected).toBe(true);
  });

  it('hands back the same arrays when nothing in them changed, so React Flow skips its rebuild (a drag keeps the links array)', () => {
    const map = createFlowMapper();
    const model = ecommerceTemplate.build();
    const first = map(model, none);
    const moved = moveElements(model, { 'web-app': { x: -100, y: 0 } }).model;
    const second = map(moved, none);
    expect(second.edges).toBe(first.edges);
    expect(second.nodes).not.toBe(first.nodes);
    expect(map(moved, none).nodes).toBe(second.nodes);
  });

  it('forgets deleted elements and maps them afresh if they come back', () => {
    const map = createFlowMapper();
    const model = ecommerceTemplate.build();
    const first = map(model, none);
    const without = { ...model, nodes: model.nodes.slice(1), links: model.links.filter((l) => l.from !== model.nodes[0]!.id && l.to !== model.nodes[0]!.id) };
    const second = map(without, none);
    expect(second.nodes).toHaveLength(first.nodes.length - 1);
    const third = map(model, none);
    expect(third.nodes.map((n) => n.id)).toEqual(first.nodes.map((n) => n.id));
    expect(third.edges.map((e) => e.id)).toEqual(first.edges.map((e) => e.id));
  });

  describe('the overview (zoomed far out)', () => {
    it('leaves collapsed contexts, their members and the links touching them to the overview layer', () => {
      const model = ecommerceTemplate.build();
      const { nodes, edges } = createFlowMapper()(model, none, undefined, undefined, allContexts(model));
      const grouped = new Set(model.nodes.filter((n) => n.group).map((n) => n.id));
      const withMembers = new Set(model.nodes.filter((n) => n.group).map((n) => n.group!));
      // Only the contexts without members and the nodes outside every context are React Flow's.
      expect(nodes.map((n) => n.id).sort()).toEqual([
        ...model.groups.filter((g) => !withMembers.has(g.id)).map((g) => g.id),
        ...model.nodes.filter((n) => !grouped.has(n.id)).map((n) => n.id),
      ].sort());
      expect(edges.map((e) => e.id).sort()).toEqual(model.links.filter((l) => !grouped.has(l.from) && !grouped.has(l.to)).map((l) => l.id).sort());
    });

    it('keeps the open objects while collapsed, so opening the contexts again re-renders nothing that did not change', () => {
      const map = createFlowMapper();
      const model = ecommerceTemplate.build();
      const open = map(model, none);
      const collapsed = map(model, none, undefined, undefined, allContexts(model));
      expect(map(model, none, undefined, undefined, allContexts(model)).edges).toBe(collapsed.edges);
      const reopened = map(model, none);
      const members = new Set(model.nodes.map((n) => n.id));
      expect(reopened.nodes.filter((n) => members.has(n.id)).every((n) => open.nodes.includes(n))).toBe(true);
      expect(reopened.edges.every((e, i) => e === open.edges[i])).toBe(true);
    });
  });
});
