// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Model, SyncLink } from '../../core/model/index.ts';
import { createEditorStore, type EditorStore } from '../../store/editor-store.ts';
import { StoreProvider } from '../../store/StoreProvider.tsx';
import { Inspector } from './Inspector.tsx';

function makeModel(): Model {
  return {
    format: 'faultline',
    version: 1,
    name: 'Shop',
    groups: [{ id: 'payments', name: 'Payments' }],
    nodes: [
      { kind: 'service', id: 'orders', name: 'orders', replicas: 2, latency: { p50Ms: 20, p99Ms: 120 } },
      { kind: 'service', id: 'payment', name: 'payment', group: 'payments' },
      { kind: 'database', id: 'orders-db', name: 'orders-db', engine: 'postgresql' },
    ],
    links: [
      { kind: 'sync', id: 'l1', from: 'orders', to: 'payment', protocol: 'http', timeoutMs: 5000 },
      { kind: 'data', id: 'l2', from: 'orders', to: 'orders-db', access: 'read-write' },
    ],
    sagas: [],
  };
}

function setup(model: Model = makeModel()) {
  const store = createEditorStore({ model });
  render(
    <StoreProvider store={store} services={{ layout: { layout: async () => ({ positions: {}, groups: {} }) }, documents: null }}>
      <Inspector />
    </StoreProvider>,
  );
  return store;
}

const select = (store: EditorStore, nodes: string[], links: string[] = []) =>
  act(() => store.getState().setSelection({ nodes: new Set(nodes), links: new Set(links) }));
const link = (store: EditorStore, id: string) => store.getState().model.links.find((l) => l.id === id) as SyncLink;
const node = (store: EditorStore, id: string) => store.getState().model.nodes.find((n) => n.id === id);
const type = (el: HTMLElement, value: string) => fireEvent.change(el, { target: { value } });
const press = (el: HTMLElement, key: string) => fireEvent.keyDown(el, { key });

afterEach(cleanup);

describe('Inspector: a sync link', () => {
  it('shows the link kind, its ends and every policy toggle', () => {
    const store = setup();
    select(store, [], ['l1']);
    expect(screen.getByTestId<HTMLSelectElement>('field-link-kind').value).toBe('sync');
    expect(screen.getByTestId('inspector-title').textContent).toBe('orders → payment');
    for (const p of ['timeout', 'retry', 'breaker', 'bulkhead', 'fallback']) expect(screen.getByTestId(`toggle-${p}`)).toBeTruthy();
    expect(screen.getByTestId<HTMLInputElement>('toggle-timeout').checked).toBe(true);
    expect(screen.getByTestId<HTMLInputElement>('toggle-breaker').checked).toBe(false);
  });

  it('switching the breaker on adds the catalogue defaults as one undo step', () => {
    const store = setup();
    select(store, [], ['l1']);
    fireEvent.click(screen.getByTestId('toggle-breaker'));
    expect(link(store, 'l1').circuitBreaker).toEqual({ failureThreshold: 5, recoveryTimeoutMs: 30_000, successThreshold: 2 });
    expect(screen.getByTestId<HTMLInputElement>('field-breaker-failureThreshold').value).toBe('5');
    expect(screen.getByText('Fail fast when the callee is down; prevents cascades.')).toBeTruthy();
    act(() => store.getState().undo());
    expect(link(store, 'l1').circuitBreaker).toBeUndefined();
    expect(screen.queryByTestId('field-breaker-failureThreshold')).toBeNull();
  });

  it('an invalid timeout shows why, marks the field invalid and commits nothing', () => {
    const store = setup();
    select(store, [], ['l1']);
    const before = store.getState().model;
    const input = screen.getByTestId<HTMLInputElement>('field-timeoutMs');

    type(input, '-5');
    expect(screen.getByRole('alert').textContent).toMatch(/at least 1/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(screen.getByRole('alert').id);
    press(input, 'Enter');
    fireEvent.blur(input);
    expect(store.getState().model).toBe(before);

    type(input, 'abc');
    expect(screen.getByRole('alert').textContent).toMatch(/whole number/);
    press(input, 'Enter');
    expect(store.getState().model).toBe(before);

    type(input, '2.5');
    expect(screen.getByRole('alert').textContent).toMatch(/whole number/);
    type(input, '99999999');
    expect(screen.getByRole('alert').textContent).toMatch(/at most 3,600,000 ms/);
    type(input, '');
    expect(screen.getByRole('alert').textContent).toMatch(/required/i);
    fireEvent.blur(input);
    expect(store.getState().model).toBe(before);
    expect(store.getState().history.undo).toHaveLength(0);
  });

  it('a valid timeout commits on Enter as one undo step', () => {
    const store = setup();
    select(store, [], ['l1']);
    const input = screen.getByTestId<HTMLInputElement>('field-timeoutMs');
    type(input, '3000');
    expect(screen.queryByRole('alert')).toBeNull();
    press(input, 'Enter');
    expect(link(store, 'l1').timeoutMs).toBe(3000);
    expect(store.getState().history.undo).toHaveLength(1);
    act(() => store.getState().undo());
    expect(link(store, 'l1').timeoutMs).toBe(5000);
    expect(input.value).toBe('5000');
  });

  it('Escape reverts a draft, and an undo from elsewhere resets it', () => {
    const store = setup();
    select(store, [], ['l1']);
    const input = screen.getByTestId<HTMLInputElement>('field-timeoutMs');
    type(input, 'oops');
    press(input, 'Escape');
    expect(input.value).toBe('5000');
    expect(screen.queryByRole('alert')).toBeNull();

    type(input, '7000');
    fireEvent.blur(input);
    expect(link(store, 'l1').timeoutMs).toBe(7000);
    type(input, '-1');
    act(() => store.getState().undo());
    expect(input.value).toBe('5000');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('edits retry parameters and refuses a max wait below the min wait', () => {
    const store = setup();
    select(store, [], ['l1']);
    fireEvent.click(screen.getByTestId('toggle-retry'));
    expect(link(store, 'l1').retry).toEqual({ attempts: 3, backoff: 'exponential', minMs: 2000, maxMs: 10_000, multiplier: 1 });
    expect(screen.getByTestId('retry-idempotency-warning')).toBeTruthy();

    const attempts = screen.getByTestId('field-retry-attempts');
    type(attempts, '5');
    press(attempts, 'Enter');
    expect(link(store, 'l1').retry?.attempts).toBe(5);

    const maxMs = screen.getByTestId('field-retry-maxMs');
    type(maxMs, '1000');
    expect(screen.getByRole('alert').textContent).toMatch(/at least min wait/);
    press(maxMs, 'Enter');
    expect(link(store, 'l1').retry?.maxMs).toBe(10_000);

    const minMs = screen.getByTestId('field-retry-minMs');
    press(maxMs, 'Escape');
    type(minMs, '');
    press(minMs, 'Enter');
    expect(link(store, 'l1').retry).not.toHaveProperty('minMs');

    fireEvent.change(screen.getByTestId('field-retry-backoff'), { target: { value: 'none' } });
    expect(link(store, 'l1').retry?.backoff).toBe('none');
    expect(screen.queryByTestId('field-retry-maxMs')).toBeNull();
  });

  it('edits bulkhead and fallback, and switches a policy off', () => {
    const store = setup();
    select(store, [], ['l1']);
    fireEvent.click(screen.getByTestId('toggle-bulkhead'));
    const max = screen.getByTestId('field-bulkhead-maxConcurrent');
    type(max, '20');
    press(max, 'Enter');
    expect(link(store, 'l1').bulkhead).toEqual({ maxConcurrent: 20 });

    fireEvent.click(screen.getByTestId('toggle-fallback'));
    const fallback = screen.getByTestId<HTMLInputElement>('field-fallback');
    expect(fallback.value).toBe('degraded response');
    type(fallback, '   ');
    expect(screen.getByRole('alert').textContent).toMatch(/degraded answer/);
    type(fallback, 'cached prices');
    press(fallback, 'Enter');
    expect(link(store, 'l1').fallback).toBe('cached prices');

    fireEvent.click(screen.getByTestId('toggle-timeout'));
    expect(link(store, 'l1')).not.toHaveProperty('timeoutMs');
    expect(screen.queryByTestId('field-timeoutMs')).toBeNull();
  });

  it('changes the link kind through the kind select', () => {
    const store = setup();
    select(store, [], ['l1']);
    fireEvent.change(screen.getByTestId('field-link-kind'), { target: { value: 'async' } });
    expect(link(store, 'l1').kind).toBe('async');
    expect(screen.getByTestId('field-topic')).toBeTruthy();
    expect(screen.queryByTestId('toggle-breaker')).toBeNull();
  });

  it('a data link edits its access', () => {
    const store = setup();
    select(store, [], ['l2']);
    fireEvent.change(screen.getByTestId('field-access'), { target: { value: 'read' } });
    expect(store.getState().model.links.find((l) => l.id === 'l2')).toMatchObject({ access: 'read' });
  });
});

describe('Inspector: a node', () => {
  it('edits replicas on Enter and rejects an out-of-range value', () => {
    const store = setup();
    select(store, ['orders']);
    expect(screen.getByTestId('inspector-title').textContent).toBe('orders');
    const replicas = screen.getByTestId<HTMLInputElement>('field-replicas');
    expect(replicas.value).toBe('2');
    type(replicas, '0');
    expect(screen.getByRole('alert').textContent).toMatch(/at least 1/);
    press(replicas, 'Enter');
    expect(node(store, 'orders')).toMatchObject({ replicas: 2 });
    type(replicas, '4');
    press(replicas, 'Enter');
    expect(node(store, 'orders')).toMatchObject({ replicas: 4 });
    expect(store.getState().history.undo).toHaveLength(1);
  });

  it('refuses p99 below p50 and commits a consistent latency pair', () => {
    const store = setup();
    select(store, ['orders']);
    const p99 = screen.getByTestId('field-latency-p99Ms');
    type(p99, '10');
    expect(screen.getByRole('alert').textContent).toMatch(/p99 must be at least p50/);
    press(p99, 'Enter');
    expect(node(store, 'orders')).toMatchObject({ latency: { p50Ms: 20, p99Ms: 120 } });
    type(p99, '300');
    press(p99, 'Enter');
    expect(node(store, 'orders')).toMatchObject({ latency: { p50Ms: 20, p99Ms: 300 } });
  });

  it('shows the error rate as a percentage and stores a fraction', () => {
    const store = setup();
    select(store, ['orders']);
    const rate = screen.getByTestId<HTMLInputElement>('field-errorRate');
    type(rate, '150');
    expect(screen.getByRole('alert').textContent).toMatch(/at most 100 %/);
    type(rate, '7');
    fireEvent.blur(rate);
    expect(node(store, 'orders')).toMatchObject({ errorRate: 0.07 });
    expect(rate.value).toBe('7');
  });

  it('renames on Enter, refuses an empty name, and moves the node into a context', () => {
    const store = setup();
    select(store, ['orders']);
    const name = screen.getByTestId('field-name');
    type(name, '  ');
    expect(screen.getByRole('alert').textContent).toMatch(/needs a name/);
    type(name, 'order-service');
    press(name, 'Enter');
    expect(node(store, 'orders')?.name).toBe('order-service');

    fireEvent.change(screen.getByTestId('field-context'), { target: { value: 'payments' } });
    expect(node(store, 'orders')?.group).toBe('payments');
    fireEvent.change(screen.getByTestId('field-context'), { target: { value: '' } });
    expect(node(store, 'orders')).not.toHaveProperty('group');
  });

  it('toggles health checks and picks a database engine', () => {
    const store = setup();
    select(store, ['orders']);
    fireEvent.click(screen.getByTestId('field-healthChecks-readiness'));
    expect(node(store, 'orders')).toMatchObject({ healthChecks: { liveness: false, readiness: true } });
    select(store, ['orders-db']);
    expect(screen.queryByTestId('field-healthChecks-readiness')).toBeNull();
    fireEvent.change(screen.getByTestId('field-engine'), { target: { value: 'mongodb' } });
    expect(node(store, 'orders-db')).toMatchObject({ engine: 'mongodb' });
  });

  it('drops a half-typed draft when the selection changes', () => {
    const store = setup();
    select(store, ['orders']);
    type(screen.getByTestId('field-replicas'), 'nope');
    select(store, ['payment']);
    expect(screen.getByTestId<HTMLInputElement>('field-replicas').value).toBe('');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('Inspector: contexts, several, nothing', () => {
  it('a bounded context shows its name, team and member count', () => {
    const store = setup();
    select(store, ['payments']);
    expect(screen.getByTestId('field-members').textContent).toContain('1');
    const team = screen.getByTestId('field-team');
    type(team, 'Team Pay');
    press(team, 'Enter');
    expect(store.getState().model.groups[0]).toMatchObject({ team: 'Team Pay' });
  });

  it('several selected shows a count and a hint', () => {
    const store = setup();
    select(store, ['orders', 'payment'], ['l1']);
    const panel = screen.getByTestId('inspector');
    expect(within(panel).getByTestId('inspector-title').textContent).toBe('3 selected');
    expect(within(panel).getByText(/Delete, duplicate or group them/)).toBeTruthy();
  });

  it('nothing selected edits the model and answers decision questions in three states', () => {
    const store = setup();
    expect(screen.getByTestId('count-services').textContent).toBe('2');
    expect(screen.getByTestId('count-links').textContent).toBe('2');
    expect(screen.getByTestId('count-contexts').textContent).toBe('1');

    const name = screen.getByTestId('field-name');
    type(name, 'Shop v2');
    press(name, 'Enter');
    expect(store.getState().model.name).toBe('Shop v2');

    const description = screen.getByTestId('field-description');
    type(description, 'Sells things');
    fireEvent.blur(description);
    expect(store.getState().model.description).toBe('Sells things');

    const group = screen.getByTestId('field-boundariesClear');
    expect(group.getAttribute('data-value')).toBe('unset');
    fireEvent.click(screen.getByTestId('field-boundariesClear-no'));
    expect(store.getState().model.decision?.boundariesClear).toBe(false);
    expect(screen.getByTestId('decision-verdict').getAttribute('data-verdict')).toBe('start-with-monolith');
    fireEvent.click(screen.getByTestId('field-boundariesClear-yes'));
    expect(store.getState().model.decision?.boundariesClear).toBe(true);
    fireEvent.click(screen.getByTestId('field-boundariesClear-unset'));
    expect(store.getState().model.decision).toBeUndefined();

    const teams = screen.getByTestId('field-teams');
    type(teams, '1.5');
    expect(screen.getByRole('alert').textContent).toMatch(/whole number/);
    type(teams, '3');
    press(teams, 'Enter');
    expect(store.getState().model.decision).toEqual({ teams: 3 });
  });
});
