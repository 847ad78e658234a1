// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Model } from '../../core/model/index.ts';
import { getRule } from '../../core/rules/index.ts';
import { getPattern, PATTERNS } from '../../core/teaching/index.ts';
import { createEditorStore } from '../../store/editor-store.ts';
import { analyzeNow } from '../../store/live-analysis.ts';
import { StoreProvider } from '../../store/StoreProvider.tsx';
import { teachingStoreFor } from '../../store/teaching.ts';
import { LibraryPanel } from './LibraryPanel.tsx';

function shop(): Model {
  return {
    format: 'faultline',
    version: 1,
    name: 'Shop',
    groups: [],
    sagas: [],
    nodes: [
      { kind: 'service', id: 'orders', name: 'order-service', position: { x: 0, y: 0 } },
      { kind: 'service', id: 'payment', name: 'payment-service', position: { x: 300, y: 0 } },
    ],
    links: [{ kind: 'sync', id: 'pay', from: 'orders', to: 'payment' }],
  };
}

function setup(model: Model = shop()) {
  const store = createEditorStore({ model });
  teachingStoreFor(store).getState().openDrawer('library');
  render(
    <StoreProvider store={store} services={{ layout: { layout: async () => ({ positions: {}, groups: {} }) }, documents: null }}>
      <LibraryPanel />
    </StoreProvider>,
  );
  return store;
}

const items = () => screen.queryAllByTestId(/^library-entry-(?!view|title)/).map((el) => el.getAttribute('data-testid')!.replace('library-entry-', ''));
const search = (text: string) => fireEvent.change(screen.getByTestId('library-search'), { target: { value: text } });
const open = (id: string) => fireEvent.click(screen.getByTestId(`library-entry-${id}`));

afterEach(cleanup);

describe('LibraryPanel', () => {
  it('lists every entry, grouped: frameworks, patterns, the NEVER list', () => {
    setup();
    expect(items()).toHaveLength(PATTERNS.length);
    expect(screen.getByRole('region', { name: 'The NEVER list' })).toBeTruthy();
    expect(within(screen.getByTestId('library-entry-circuit-breaker')).getByTestId('library-kind').textContent).toBe('Pattern');
  });

  it('searches by title, by summary words and by rule id', () => {
    setup();
    search('breaker');
    expect(items()[0]).toBe('circuit-breaker');
    search('shared-database');
    expect(items()).toEqual(expect.arrayContaining(['database-per-service']));
    expect(items().every((id) => {
      const p = getPattern(id)!;
      return JSON.stringify(p).toLowerCase().includes('shared') || p.rules.includes('shared-database');
    })).toBe(true);
    search('zzzz nothing like it');
    expect(items()).toHaveLength(0);
    expect(screen.getByTestId('library-empty')).toBeTruthy();
  });

  it('Enter opens the best match; the entry shows what, when, a diagram and the rules behind it', () => {
    const store = setup();
    act(() => analyzeNow(store));
    search('circuit breaker');
    fireEvent.keyDown(screen.getByTestId('library-search'), { key: 'Enter' });
    const view = screen.getByTestId('library-entry-view');
    expect(view.getAttribute('data-entry')).toBe('circuit-breaker');
    expect(screen.getByTestId('library-entry-title').textContent).toBe('Circuit breaker');
    expect(within(view).getByTestId('library-kind').textContent).toBe('Pattern');
    expect(view.textContent).toContain('half-open');
    // The diagram is the SVG exporter's drawing, inline.
    const svg = screen.getByTestId('library-diagram').querySelector('svg');
    expect(svg?.getAttribute('viewBox')).toMatch(/^0 0 \d+ \d+$/);
    expect(screen.getByTestId('library-diagram').querySelector('script, foreignObject')).toBeNull();
    const rule = within(screen.getByTestId('library-rules')).getByTestId('library-rule');
    expect(rule.getAttribute('data-rule')).toBe('missing-circuit-breaker');
    expect(rule.textContent).toContain(getRule('missing-circuit-breaker')!.title);
    expect(rule.textContent).toContain('1 in your model');

    fireEvent.click(screen.getByTestId('library-related-bulkhead'));
    expect(screen.getByTestId('library-entry-view').getAttribute('data-entry')).toBe('bulkhead');
    fireEvent.click(screen.getByTestId('library-back'));
    expect(screen.getByTestId('library-list')).toBeTruthy();
    expect(screen.getByTestId<HTMLInputElement>('library-search').value).toBe('circuit breaker');
  });

  it('apply to selection is disabled with the reason until a link is selected, then adds the breaker as one undo step', () => {
    const store = setup();
    open('circuit-breaker');
    const apply = screen.getByTestId<HTMLButtonElement>('library-apply');
    expect(apply.disabled).toBe(true);
    expect(screen.getByTestId('library-apply-reason').textContent!.length).toBeGreaterThan(10);

    act(() => store.getState().setSelection({ nodes: new Set(), links: new Set(['pay']) }));
    expect(apply.disabled).toBe(false);
    expect(screen.queryByTestId('library-apply-reason')).toBeNull();
    fireEvent.click(apply);

    const link = store.getState().model.links[0]!;
    expect(link.kind === 'sync' && link.circuitBreaker).toEqual({ failureThreshold: 5, recoveryTimeoutMs: 30_000, successThreshold: 2 });
    expect(link.kind === 'sync' && link.timeoutMs).toBe(5_000);
    expect(store.getState().history.undo).toHaveLength(1);
    expect(store.getState().notices.at(-1)).toMatchObject({ tone: 'success' });
    // Applied: the link has a breaker now, so it no longer applies.
    expect(apply.disabled).toBe(true);
    act(() => store.getState().undo());
    expect(store.getState().model).toEqual(shop());
  });

  it('a finding’s request opens the entry that fixes its rule, once', () => {
    const store = setup();
    act(() => teachingStoreFor(store).getState().requestLibrary({ ruleId: 'shared-database' }));
    expect(screen.getByTestId('library-entry-view').getAttribute('data-entry')).toBe('database-per-service');
    expect(teachingStoreFor(store).getState().libraryRequest).toBeNull();
    act(() => teachingStoreFor(store).getState().requestLibrary({ entryId: 'saga' }));
    expect(screen.getByTestId('library-entry-view').getAttribute('data-entry')).toBe('saga');
  });

  it('the diagram follows the theme', () => {
    const store = setup();
    open('saga');
    const before = screen.getByTestId('library-diagram').innerHTML;
    act(() => store.getState().setTheme('dark'));
    expect(screen.getByTestId('library-diagram').innerHTML).not.toBe(before);
  });

  it('closes from its button and from Escape in an empty search', () => {
    const store = setup();
    search('x');
    fireEvent.keyDown(screen.getByTestId('library-search'), { key: 'Escape' });
    expect(screen.getByTestId<HTMLInputElement>('library-search').value).toBe('');
    expect(teachingStoreFor(store).getState().drawer).toBe('library');
    fireEvent.keyDown(screen.getByTestId('library-search'), { key: 'Escape' });
    expect(teachingStoreFor(store).getState().drawer).toBeNull();
    teachingStoreFor(store).getState().openDrawer('library');
    fireEvent.click(screen.getByTestId('library-close'));
    expect(teachingStoreFor(store).getState().drawer).toBeNull();
  });
});

