import { describe, expect, it } from 'vitest';
import { addGroup, removeGroup, setNodesGroup, updateGroup } from './groups.ts';
import { fixtureModel } from './test-support.ts';

describe('groups', () => {
  it('addGroup makes a unique id and moves the given nodes in, in one diff', () => {
    const model = fixtureModel();
    const result = addGroup(model, { name: 'Sales', nodeIds: ['web', 'api', 'nope'], size: { width: 200, height: 100 } });
    expect(result.ids).toEqual(['sales-2']);
    expect(result.model.groups.at(-1)).toStrictEqual({ id: 'sales-2', name: 'Sales', size: { width: 200, height: 100 } });
    expect(result.model.nodes.filter((n) => n.group === 'sales-2').map((n) => n.id)).toEqual(['web', 'api']);
    expect(addGroup(model).model.groups.at(-1)?.name).toBe('context');
  });

  it('updateGroup patches fields and deletes with undefined', () => {
    const { model } = updateGroup(fixtureModel(), 'sales', { team: 'revenue', size: undefined, position: { x: 1, y: 1 } });
    expect(model.groups[0]).toStrictEqual({ id: 'sales', name: 'Sales', position: { x: 1, y: 1 }, team: 'revenue' });
  });

  it('setNodesGroup moves nodes in and out', () => {
    const into = setNodesGroup(fixtureModel(), ['web', 'orders'], 'ops');
    expect(into.model.nodes.filter((n) => n.group === 'ops').map((n) => n.id)).toEqual(['web', 'orders']);
    const out = setNodesGroup(fixtureModel(), ['orders'], null);
    expect(out.model.nodes[2] && 'group' in out.model.nodes[2]).toBe(false);
    expect(out.diff.changes).toHaveLength(1);
  });

  it('removeGroup keeps its nodes, ungrouped', () => {
    const model = fixtureModel();
    const { model: next } = removeGroup(model, 'sales');
    expect(next.groups.map((g) => g.id)).toEqual(['ops']);
    expect(next.nodes).toHaveLength(model.nodes.length);
    expect(next.nodes.some((n) => n.group === 'sales')).toBe(false);
  });
});
