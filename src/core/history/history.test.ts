import { describe, expect, it } from 'vitest';
import { composeDiffs, emptyDiff, type ModelDiff } from '../ops/diff.ts';
import { addLink, addNode, moveNodes, removeElements, renameNode } from '../ops/index.ts';
import { fixtureModel, referenceProblems } from '../ops/test-support.ts';
import { applyRemote, canRedo, canUndo, emptyHistory, MAX_HISTORY, record, redo, squashInto, undo } from './history.ts';

const move = (x: number): ModelDiff => moveNodes(fixtureModel(), { orders: { x, y: x } }).diff;

describe('record', () => {
  it('pushes a step, clears redo, ignores empty diffs', () => {
    const model = fixtureModel();
    const edit = renameNode(model, 'orders', 'o');
    let history = record(emptyHistory(), { diff: edit.diff, label: 'Rename' });
    expect(canUndo(history)).toBe(true);
    const undone = undo(history, edit.model);
    history = undone?.history ?? history;
    expect(canRedo(history)).toBe(true);
    expect(record(history, { diff: emptyDiff(), label: 'nothing' })).toBe(history);
    expect(canRedo(record(history, { diff: move(1), label: 'Move' }))).toBe(false);
  });

  it(`keeps at most ${MAX_HISTORY} steps, dropping the oldest`, () => {
    let history = emptyHistory();
    for (let i = 0; i < MAX_HISTORY + 20; i++) history = record(history, { diff: move(i + 1), label: `m${i}` });
    expect(history.undo).toHaveLength(MAX_HISTORY);
    expect(history.undo[0]?.label).toBe('m20');
  });
});

describe('undo and redo', () => {
  it('walk back and forth and return null at the ends', () => {
    const start = fixtureModel();
    const a = addNode(start, { kind: 'service' });
    const b = addLink(a.model, 'service', 'orders');
    if (!b.ok) throw new Error(b.reason);
    let history = record(record(emptyHistory(), { diff: a.diff, label: 'Add' }), { diff: b.diff, label: 'Connect' });
    let model = b.model;
    const u1 = undo(history, model);
    expect(u1?.model).toStrictEqual(a.model);
    const u2 = undo(u1?.history ?? history, u1?.model ?? model);
    expect(u2?.model).toStrictEqual(start);
    expect(u2 && undo(u2.history, u2.model)).toBeNull();
    ({ history, model } = u2 ?? { history, model });
    const r1 = redo(history, model);
    expect(r1?.model).toStrictEqual(a.model);
    expect(r1?.history.undo.map((e) => e.label)).toEqual(['Add']);
    expect(redo(emptyHistory(), model)).toBeNull();
  });

  it('does not revert an entity that changed elsewhere since', () => {
    const start = fixtureModel();
    const local = moveNodes(start, { orders: { x: 1, y: 1 } });
    const history = record(emptyHistory(), { diff: local.diff, label: 'Move' });
    const remote = applyRemote(history, local.model, renameNode(local.model, 'orders', 'remote name').diff);
    const step = undo(remote.history, remote.model);
    expect(step?.model.nodes[2]).toMatchObject({ name: 'remote name', position: { x: 1, y: 1 } });
    expect(step?.diff.changes).toEqual([]);
    // Nothing was undone, so there is nothing to redo.
    expect(step && canRedo(step.history)).toBe(false);
  });

  it('never restores a link to a node another tab deleted', () => {
    const start = fixtureModel();
    const local = removeElements(start, { nodes: ['payments'] });
    let history = record(emptyHistory(), { diff: local.diff, label: 'Delete' });
    const remote = applyRemote(history, local.model, removeElements(local.model, { nodes: ['stripe', 'orders'] }).diff);
    history = remote.history;
    const step = undo(history, remote.model);
    expect(step?.model.nodes.some((n) => n.id === 'payments')).toBe(true);
    // Its links ran to orders and stripe, both deleted elsewhere: they stay gone.
    expect(step?.model.links.filter((l) => l.from === 'payments' || l.to === 'payments')).toEqual([]);
    expect(step && referenceProblems(step.model)).toEqual([]);
    const again = step && redo(step.history, step.model);
    expect(again?.model.nodes.some((n) => n.id === 'payments')).toBe(false);
    expect(again && referenceProblems(again.model)).toEqual([]);
  });
});

describe('applyRemote', () => {
  it('applies without recording, and repairs references a stale diff leaves dangling', () => {
    const start = fixtureModel();
    const history = record(emptyHistory(), { diff: move(5), label: 'Move' });
    // Another tab, not knowing about a local link web → stripe, deletes stripe.
    const withLink = addLink(start, 'web', 'stripe');
    if (!withLink.ok) throw new Error(withLink.reason);
    const staleDelete = removeElements(start, { nodes: ['stripe'] }).diff;
    const result = applyRemote(history, withLink.model, staleDelete);
    expect(result.history).toBe(history);
    expect(result.model.links.some((l) => l.to === 'stripe')).toBe(false);
    expect(referenceProblems(result.model)).toEqual([]);
  });
});

describe('squashInto', () => {
  it('folds a step into the last entry, or records when there is none', () => {
    let history = squashInto(emptyHistory(), { diff: move(1), label: 'Move' });
    history = squashInto(history, { diff: moveNodes(moveNodes(fixtureModel(), { orders: { x: 1, y: 1 } }).model, { orders: { x: 2, y: 2 } }).diff, label: '' });
    expect(history.undo).toHaveLength(1);
    expect(history.undo[0]?.label).toBe('Move');
    const [change] = history.undo[0]?.diff.changes ?? [];
    expect(change?.after).toMatchObject({ position: { x: 2, y: 2 } });
    expect(change?.before).toStrictEqual(fixtureModel().nodes[2]);
  });

  it('drops the entry when the squash cancels it out', () => {
    const there = move(1);
    const back = composeDiffs(emptyDiff(), { changes: there.changes.map((c) => ({ ...c, before: c.after, after: c.before }) as typeof c) });
    expect(squashInto(record(emptyHistory(), { diff: there, label: 'Move' }), { diff: back, label: '' }).undo).toEqual([]);
  });
});
