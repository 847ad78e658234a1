// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ReactFlowProvider } from '@xyflow/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Model } from '../../core/model/index.ts';
import { getLesson } from '../../core/teaching/index.ts';
import { simulate, type Scenario } from '../../core/sim/index.ts';
import { createEditorStore, type EditorStore } from '../../store/editor-store.ts';
import { analyzeNow } from '../../store/live-analysis.ts';
import { simulationStoreFor } from '../../store/simulation.ts';
import { StoreProvider } from '../../store/StoreProvider.tsx';
import { activateLesson, markStepPassed, setProgressStorage, teachingStoreFor } from '../../store/teaching.ts';
import { presenterCommand, timelineStep } from './keys.ts';
import { PresenterMode } from './PresenterMode.tsx';

const key = (k: string, extra: Partial<{ shiftKey: boolean; ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) =>
  ({ key: k, shiftKey: false, altKey: false, ctrlKey: false, metaKey: false, ...extra });

describe('presenter keys', () => {
  it('maps arrows and clicker keys to steps, N to findings, L to the laser, Escape to leave', () => {
    expect(presenterCommand(key('ArrowRight'))).toEqual({ type: 'next', big: false });
    expect(presenterCommand(key('PageDown'))).toEqual({ type: 'next', big: false });
    expect(presenterCommand(key('ArrowLeft', { shiftKey: true }))).toEqual({ type: 'previous', big: true });
    expect(presenterCommand(key('PageUp'))).toEqual({ type: 'previous', big: false });
    expect(presenterCommand(key('n'))).toEqual({ type: 'reveal-finding' });
    expect(presenterCommand(key('N', { shiftKey: true }))).toEqual({ type: 'hide-finding' });
    expect(presenterCommand(key('l'))).toEqual({ type: 'laser-down' });
    expect(presenterCommand(key('Escape'))).toEqual({ type: 'exit' });
    // Modified keys and Shift+L stay the editor's.
    expect(presenterCommand(key('L', { shiftKey: true }))).toBeUndefined();
    expect(presenterCommand(key('ArrowRight', { ctrlKey: true }))).toBeUndefined();
    expect(presenterCommand(key('z', { metaKey: true }))).toBeUndefined();
    expect(presenterCommand(key('x'))).toBeUndefined();
  });

  it('steps the timeline by about a fortieth of the run, in whole buckets', () => {
    expect(timelineStep(20_000, 250, false)).toBe(500);
    expect(timelineStep(20_000, 250, true)).toBe(2_500);
    expect(timelineStep(1_000, 250, false)).toBe(250);
  });
});

function shop(): Model {
  return {
    format: 'faultline',
    version: 1,
    name: 'Shop',
    groups: [],
    sagas: [],
    nodes: [
      { kind: 'client', id: 'web-app', name: 'web-app', position: { x: 0, y: 0 } },
      { kind: 'service', id: 'orders', name: 'orders', position: { x: 300, y: 0 } },
      { kind: 'database', id: 'db', name: 'db', position: { x: 300, y: 200 } },
      { kind: 'service', id: 'payment', name: 'payment', position: { x: 600, y: 0 } },
    ],
    links: [
      { kind: 'sync', id: 'web-orders', from: 'web-app', to: 'orders' },
      { kind: 'sync', id: 'orders-payment', from: 'orders', to: 'payment' },
      { kind: 'data', id: 'o-db', from: 'orders', to: 'db' },
      { kind: 'data', id: 'p-db', from: 'payment', to: 'db' },
    ],
  };
}

function setup(): EditorStore {
  const store = createEditorStore({ model: shop() });
  act(() => analyzeNow(store));
  teachingStoreFor(store).getState().setPresenting(true);
  render(
    <StoreProvider store={store} services={{ layout: { layout: async () => ({ positions: {}, groups: {} }) }, documents: null }}>
      <ReactFlowProvider>
        <PresenterMode />
      </ReactFlowProvider>
    </StoreProvider>,
  );
  return store;
}

const press = (k: string, extra: Record<string, boolean> = {}) => fireEvent.keyDown(window, { key: k, ...extra });

beforeEach(() => setProgressStorage(null));
afterEach(() => {
  cleanup();
  setProgressStorage(undefined);
});

describe('PresenterMode', () => {
  it('marks the root while presenting (hiding panels, scaling type) and Escape leaves', () => {
    const store = setup();
    expect(document.documentElement.classList.contains('is-presenting')).toBe(true);
    expect(screen.getByTestId('presenter-hud')).toBeTruthy();
    press('Escape');
    expect(teachingStoreFor(store).getState().presenting).toBe(false);
    cleanup();
    expect(document.documentElement.classList.contains('is-presenting')).toBe(false);
  });

  it('reveals findings one at a time, highlighting the newest; Shift+N hides it again', () => {
    const store = setup();
    const total = store.getState().analysis!.findings.length;
    expect(total).toBeGreaterThan(1);
    expect(screen.queryByTestId('presenter-findings')).toBeNull();
    press('n');
    expect(screen.getAllByTestId('presenter-finding')).toHaveLength(1);
    const first = screen.getAllByTestId('presenter-finding')[0]!;
    expect(first.getAttribute('data-rule')).toBe('shared-database'); // errors first
    expect([...(store.getState().highlight?.nodes ?? [])]).toContain('db');
    press('n');
    expect(screen.getAllByTestId('presenter-finding')).toHaveLength(2);
    press('N', { shiftKey: true });
    press('N', { shiftKey: true });
    expect(screen.queryByTestId('presenter-findings')).toBeNull();
    expect(store.getState().highlight).toBeNull();
  });

  it('steps a lesson with the arrows, only past steps that passed', () => {
    const store = setup();
    const lesson = getLesson('stop-the-cascade')!;
    act(() => activateLesson(store, lesson, { kind: 'shipped' }, store.getState().docId, false));
    press('ArrowRight');
    expect(teachingStoreFor(store).getState().progress?.stepIndex).toBe(0);
    expect(screen.getByTestId('presenter-flash').textContent).toMatch(/unlocks when/);
    act(() => markStepPassed(store, lesson.steps[0]!.id));
    press('PageDown');
    expect(teachingStoreFor(store).getState().progress?.stepIndex).toBe(1);
    expect(screen.getByTestId('presenter-context').textContent).toContain(lesson.steps[1]!.title);
    press('ArrowLeft');
    expect(teachingStoreFor(store).getState().progress?.stepIndex).toBe(0);
  });

  it('with the Simulate panel open on a run, the arrows move the timeline instead', () => {
    const store = setup();
    const scenario: Scenario = { name: 's', durationMs: 10_000, seed: 1, load: [{ entry: 'web-app', ratePerSecond: 10 }] };
    const result = simulate(store.getState().model, scenario);
    const sim = simulationStoreFor(store);
    act(() => sim.setState({
      status: 'done',
      runs: [{ variant: 'as drawn', scenario, result, modelVersion: store.getState().version, model: store.getState().model }],
      cursorMs: 0,
      panelOpen: true,
    }));
    const step = timelineStep(result.durationMs, result.bucketMs, false);
    press('ArrowRight');
    expect(sim.getState().cursorMs).toBe(step);
    press('ArrowRight', { shiftKey: true });
    expect(sim.getState().cursorMs).toBe(step * 6);
    press('ArrowLeft');
    expect(sim.getState().cursorMs).toBe(step * 5);
    press('End');
    expect(sim.getState().cursorMs).toBe(result.durationMs);
    press('Home');
    expect(sim.getState().cursorMs).toBe(0);
    expect(screen.getByTestId('presenter-context').textContent).toContain('Timeline');
  });

  it('the laser: a tap switches it on until the next tap; holding shows it only while held', () => {
    setup();
    press('l');
    fireEvent.keyUp(window, { key: 'l' });
    expect(screen.getByTestId('presenter-laser')).toBeTruthy();
    expect(document.documentElement.classList.contains('is-lasering')).toBe(true);
    press('l');
    fireEvent.keyUp(window, { key: 'l' });
    expect(screen.queryByTestId('presenter-laser')).toBeNull();
    fireEvent.click(screen.getByTestId('presenter-laser-toggle'));
    expect(screen.getByTestId('presenter-laser')).toBeTruthy();
  });

  it('keys typed into a field are left alone', () => {
    const store = setup();
    const input = document.createElement('input');
    document.body.appendChild(input);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(teachingStoreFor(store).getState().presenting).toBe(true);
    input.remove();
  });

  it('the exit button leaves', () => {
    const store = setup();
    fireEvent.click(screen.getByTestId('presenter-exit'));
    expect(teachingStoreFor(store).getState().presenting).toBe(false);
  });
});
