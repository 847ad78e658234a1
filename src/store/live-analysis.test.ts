import { afterEach, describe, expect, it, vi } from 'vitest';
import { moveElements } from '../core/ops/index.ts';
import { ecommerceTemplate } from '../core/templates/index.ts';
import { createEditorStore } from './editor-store.ts';
import { deleteSelection } from './actions.ts';
import { analyze } from '../core/rules/index.ts';
import { attachLiveAnalysis } from './live-analysis.ts';

function storeWithTemplate() {
  const store = createEditorStore();
  store.getState().loadDocument('d', ecommerceTemplate.build());
  return store;
}
const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

afterEach(() => vi.useRealTimers());

describe('live analysis', () => {
  it('updates the findings with the change while analysis is cheap; further changes in the task cost one more', async () => {
    const store = storeWithTemplate();
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (t += 1)); // every analysis "takes" 1 ms
    const stop = attachLiveAnalysis(store);
    const before = store.getState().analysis!;
    const setAnalysis = vi.spyOn(store.getState(), 'setAnalysis');
    const victim = store.getState().model.nodes.find((n) => n.kind === 'database')!.id;
    store.getState().setSelection({ nodes: new Set([victim]) });
    deleteSelection(store);
    expect(setAnalysis).toHaveBeenCalledTimes(1);
    expect(store.getState().analysis).not.toBe(before);
    expect(store.getState().analysis!.version).toBe(store.getState().version);
    store.getState().undo();
    store.getState().redo();
    expect(setAnalysis).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    expect(setAnalysis).toHaveBeenCalledTimes(2);
    expect(store.getState().analysis!.version).toBe(store.getState().version);
    expect(store.getState().analysis!.findings).toEqual(analyze(store.getState().model).findings);
    stop();
  });

  it('does not re-run the rules for a move, only restamps the findings', async () => {
    const store = storeWithTemplate();
    const stop = attachLiveAnalysis(store);
    const findings = store.getState().analysis!.findings;
    const id = store.getState().model.nodes[0]!.id;
    store.getState().commit(moveElements(store.getState().model, { [id]: { x: 5, y: 5 } }), 'Move');
    await flush();
    expect(store.getState().analysis!.findings).toBe(findings);
    expect(store.getState().analysis!.version).toBe(store.getState().version);
    stop();
  });

  it('waits and coalesces when the last analysis was slow', async () => {
    vi.useFakeTimers();
    const store = storeWithTemplate();
    let t = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (t += 60)); // every analysis "takes" 60 ms
    const stop = attachLiveAnalysis(store, 30);
    const victim = store.getState().model.nodes.find((n) => n.kind === 'database')!.id;
    store.getState().setSelection({ nodes: new Set([victim]) });
    deleteSelection(store); // analysed at once (the cold analysis at start does not count), and found slow
    await Promise.resolve();
    const setAnalysis = vi.spyOn(store.getState(), 'setAnalysis');
    store.getState().undo();
    store.getState().redo();
    await Promise.resolve();
    expect(setAnalysis).not.toHaveBeenCalled();
    vi.advanceTimersByTime(30);
    expect(setAnalysis).toHaveBeenCalledTimes(1);
    expect(store.getState().analysis!.version).toBe(store.getState().version);
    stop();
  });
});
