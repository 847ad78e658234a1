// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Model, ModelNode } from '../../core/model/index.ts';
import { RULES } from '../../core/rules/index.ts';
import { createEditorStore, type EditorStore } from '../../store/editor-store.ts';
import { analyzeNow } from '../../store/live-analysis.ts';
import { StoreProvider } from '../../store/StoreProvider.tsx';
import { FindingsPanel } from './FindingsPanel.tsx';
import { FindingsSummary } from './FindingsSummary.tsx';
import { INITIAL_ROWS } from './RuleGroupView.tsx';

beforeAll(() => {
  // jsdom has <dialog> but not its modal methods.
  HTMLDialogElement.prototype.showModal ??= function showModal(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function close(this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
});

afterEach(cleanup);

const service = (id: string, name: string, extra: Partial<ModelNode> = {}): ModelNode =>
  ({ kind: 'service', id, name, position: { x: 0, y: 0 }, ...extra }) as ModelNode;

/** Two services sharing one database: a `shared-database` error, plus health-check warnings. */
function sharedDbModel(): Model {
  return {
    format: 'faultline',
    version: 1,
    name: 'Shop',
    groups: [],
    sagas: [],
    nodes: [
      service('orders', 'Orders'),
      service('payment', 'Payment'),
      { kind: 'database', id: 'shared-db', name: 'Shared DB', position: { x: 100, y: 200 } },
    ],
    links: [
      { kind: 'data', id: 'd1', from: 'orders', to: 'shared-db' },
      { kind: 'data', id: 'd2', from: 'payment', to: 'shared-db' },
    ],
  };
}

function setup(model: Model = sharedDbModel(), onToggle = vi.fn()) {
  const store = createEditorStore({ model });
  render(
    <StoreProvider store={store} services={{ layout: { layout: async () => ({ positions: {}, groups: {} }) }, documents: null }}>
      <FindingsSummary onClick={onToggle} />
      <FindingsPanel />
    </StoreProvider>,
  );
  analyze(store);
  return { store, onToggle };
}

const analyze = (store: EditorStore) => act(() => analyzeNow(store));
const rows = (rule?: string) =>
  screen.queryAllByTestId('finding').filter((row) => rule === undefined || row.getAttribute('data-rule') === rule);
const onlyRow = (rule: string) => {
  const found = rows(rule);
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('FindingsPanel', () => {
  it('lists findings grouped by severity and rule, naming their subjects', () => {
    setup();
    const row = onlyRow('shared-database');
    expect(row.getAttribute('data-severity')).toBe('error');
    expect(row.textContent).toContain('Shared DB is shared by 2 services');
    // Ids resolve to names: nodes by name, links as "from → to".
    expect(row.textContent).toContain('Orders');
    expect(row.textContent).toContain('Shared DB');
    expect(within(screen.getByTestId('severity-error')).getAllByTestId('finding-group')).toHaveLength(1);
    const warnings = within(screen.getByTestId('severity-warning')).getByTestId('finding-group');
    expect(warnings.getAttribute('data-rule')).toBe('missing-health-check');
    expect(within(warnings).getAllByTestId('finding')).toHaveLength(2);
    expect(screen.getByTestId('filter-error').textContent).toBe('1');
    expect(screen.getByTestId('filter-warning').textContent).toBe('2');
  });

  it('applies a quick fix as one undo step: the finding goes, and undo brings it back', () => {
    const { store } = setup();
    fireEvent.click(within(onlyRow('shared-database')).getByTestId('quick-fix'));
    analyze(store);
    expect(rows('shared-database')).toHaveLength(0);
    expect(store.getState().model.nodes.filter((n) => n.kind === 'database')).toHaveLength(2);

    act(() => store.getState().undo());
    analyze(store);
    expect(rows('shared-database')).toHaveLength(1);
  });

  it('suppresses with a required reason, lists the suppression, and restores it', () => {
    const { store } = setup();
    fireEvent.click(within(onlyRow('shared-database')).getByTestId('suppress'));
    const confirm = screen.getByTestId<HTMLButtonElement>('suppress-confirm');
    expect(confirm.disabled).toBe(true);
    fireEvent.change(screen.getByTestId('suppress-reason'), { target: { value: '  reporting replica, agreed with data team ' } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    expect(screen.queryByTestId('suppress-dialog')).toBeNull();
    expect(store.getState().model.settings?.suppressions).toEqual([
      { rule: 'shared-database', target: 'shared-db', reason: 'reporting replica, agreed with data team' },
    ]);

    analyze(store);
    expect(rows('shared-database')).toHaveLength(0);
    const suppressed = screen.getByTestId('suppressed-finding');
    expect(suppressed.getAttribute('data-rule')).toBe('shared-database');
    expect(suppressed.textContent).toContain('reporting replica, agreed with data team');
    expect(screen.getByTestId('suppressed-list').textContent).toContain('Suppressed');

    fireEvent.click(within(suppressed).getByTestId('restore-suppression'));
    analyze(store);
    expect(rows('shared-database')).toHaveLength(1);
    expect(screen.queryByTestId('suppressed-finding')).toBeNull();
    expect(store.getState().model.settings).toBeUndefined();
  });

  it('cancelling the suppress dialog changes nothing', () => {
    const { store } = setup();
    fireEvent.click(within(onlyRow('shared-database')).getByTestId('suppress'));
    fireEvent.click(screen.getByText('Cancel'));
    expect(screen.queryByTestId('suppress-dialog')).toBeNull();
    expect(store.getState().model.settings).toBeUndefined();
  });

  it('rule settings: switching a rule off removes its findings; severity and threshold are stored per model', () => {
    const { store } = setup();
    fireEvent.click(screen.getByTestId('rule-settings'));
    for (const rule of RULES) expect(screen.getByTestId(`rule-setting-${rule.id}`)).toBeTruthy();

    const shared = screen.getByTestId('rule-setting-shared-database');
    expect(within(shared).queryByTestId('rule-threshold')).toBeNull(); // no threshold for this rule
    fireEvent.click(within(shared).getByTestId('rule-enabled'));
    expect(store.getState().model.settings?.rules?.['shared-database']).toEqual({ enabled: false });

    const health = screen.getByTestId('rule-setting-missing-health-check');
    fireEvent.change(within(health).getByTestId('rule-severity'), { target: { value: 'info' } });
    expect(store.getState().model.settings?.rules?.['missing-health-check']).toEqual({ severity: 'info' });

    const chain = screen.getByTestId('rule-setting-sync-chain');
    const threshold = within(chain).getByTestId<HTMLInputElement>('rule-threshold');
    expect(threshold.placeholder).toBe('3 (default)');
    expect(chain.textContent).toContain('hops');
    fireEvent.change(threshold, { target: { value: '-1' } });
    expect(within(chain).getByRole('alert').textContent).toMatch(/at least 0/);
    fireEvent.change(threshold, { target: { value: '5' } });
    fireEvent.keyDown(threshold, { key: 'Enter' });
    expect(store.getState().model.settings?.rules?.['sync-chain']).toEqual({ threshold: 5 });
    // Back to the default: the entry goes away.
    fireEvent.change(threshold, { target: { value: '' } });
    fireEvent.keyDown(threshold, { key: 'Enter' });
    expect(store.getState().model.settings?.rules?.['sync-chain']).toBeUndefined();

    analyze(store);
    fireEvent.click(screen.getByTestId('problems-tab'));
    expect(rows('shared-database')).toHaveLength(0);
    expect(rows('missing-health-check').every((r) => r.getAttribute('data-severity') === 'info')).toBe(true);

    // Reset brings the defaults back.
    fireEvent.click(screen.getByTestId('rule-settings'));
    fireEvent.click(within(screen.getByTestId('rule-setting-shared-database')).getByTestId('rule-reset'));
    analyze(store);
    fireEvent.click(screen.getByTestId('problems-tab'));
    expect(rows('shared-database')).toHaveLength(1);
  });

  it('offers alternative fixes in a small menu', () => {
    const model: Model = {
      ...sharedDbModel(),
      nodes: [service('orders', 'Orders'), service('payment', 'Payment')],
      links: [{
        kind: 'sync', id: 'pay', from: 'orders', to: 'payment', timeoutMs: 1000, idempotent: false,
        retry: { attempts: 3, backoff: 'exponential' },
      }],
    };
    const { store } = setup(model);
    const row = onlyRow('non-idempotent-retry');
    expect(within(row).getByTestId('quick-fix').textContent).toMatch(/retry/i);
    fireEvent.click(within(row).getByTestId('quick-fix-more'));
    const alternative = screen.getByTestId('quick-fix-alternative');
    expect(alternative.textContent).toMatch(/idempotent/);
    fireEvent.click(alternative);
    const link = store.getState().model.links[0];
    expect(link?.kind === 'sync' && link.idempotent).toBe(true);
    expect(link?.kind === 'sync' && link.retry?.attempts).toBe(3);
    analyze(store);
    expect(rows('non-idempotent-retry')).toHaveLength(0);
  });

  it('hovering a row highlights its subjects on the canvas; leaving clears it', () => {
    const { store } = setup();
    const row = onlyRow('shared-database');
    fireEvent.mouseEnter(row);
    const highlight = store.getState().highlight;
    expect([...(highlight?.nodes ?? [])]).toEqual(['shared-db', 'orders', 'payment']);
    expect([...(highlight?.links ?? [])]).toEqual(['d1', 'd2']);
    fireEvent.mouseLeave(row);
    expect(store.getState().highlight).toBeNull();
  });

  it('a hovered row that disappears (its fix applied) clears the highlight', () => {
    const { store } = setup();
    const row = onlyRow('shared-database');
    fireEvent.mouseEnter(row);
    fireEvent.click(within(row).getByTestId('quick-fix'));
    analyze(store);
    expect(rows('shared-database')).toHaveLength(0);
    expect(store.getState().highlight).toBeNull();
  });

  it('clicking a row selects its subjects and asks the canvas to frame them', () => {
    const { store } = setup();
    fireEvent.click(within(onlyRow('shared-database')).getByTitle(/Shared DB is shared/));
    const { selection, focusRequest } = store.getState();
    expect([...selection.nodes]).toEqual(['shared-db', 'orders', 'payment']);
    expect([...selection.links]).toEqual(['d1', 'd2']);
    expect(focusRequest?.nodes).toEqual(expect.arrayContaining(['shared-db', 'orders', 'payment']));
    expect(onlyRow('shared-database').className).toContain('is-active');
  });

  it('filters by severity and by text', () => {
    setup();
    fireEvent.click(screen.getByTestId('filter-warning'));
    expect(rows('missing-health-check')).toHaveLength(0);
    expect(rows('shared-database')).toHaveLength(1);
    fireEvent.click(screen.getByTestId('filter-warning'));
    fireEvent.change(screen.getByTestId('findings-search'), { target: { value: 'payment' } });
    // Matches the message of one health-check finding, and the shared database through its subjects.
    expect(rows()).toHaveLength(2);
    fireEvent.change(screen.getByTestId('findings-search'), { target: { value: 'nothing like this' } });
    expect(rows()).toHaveLength(0);
    fireEvent.click(screen.getByText('Clear filters'));
    expect(rows()).toHaveLength(3);
  });

  it('shows the rule explanation, its fixing pattern and the catalogue NEVER line', () => {
    setup();
    const group = within(screen.getByTestId('severity-error')).getByTestId('finding-group');
    fireEvent.click(within(group).getByTestId('rule-info'));
    const info = within(group).getByTestId('rule-explanation');
    expect(info.textContent).toContain('Database per service');
    expect(info.textContent).toContain('Data Patterns › Database Per Service');
    expect(info.textContent).toContain('NEVER');
    expect(info.textContent).toContain('Shared Databases');
  });

  it('rule groups collapse', () => {
    setup();
    const group = within(screen.getByTestId('severity-warning')).getByTestId('finding-group');
    const toggle = within(group).getByRole('button', { expanded: true, name: /health/i });
    fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(within(group).queryAllByTestId('finding')).toHaveLength(0);
    fireEvent.click(toggle);
    expect(within(group).queryAllByTestId('finding')).toHaveLength(2);
  });

  it('says so when there is nothing to find', () => {
    const model = sharedDbModel();
    setup({ ...model, nodes: [], links: [] });
    expect(screen.getByTestId('findings-empty').textContent).toContain(`No problems found — ${RULES.length} rules checked`);
    expect(screen.queryAllByTestId('finding')).toHaveLength(0);
  });

  it('caps a large group at 50 rows until "show all"', () => {
    const nodes: ModelNode[] = Array.from({ length: 1000 }, (_, i) => service(`s${i}`, `Service ${i}`));
    const { store } = setup({ ...sharedDbModel(), nodes, links: [] });
    expect(store.getState().analysis?.findings.length).toBeGreaterThanOrEqual(1000);
    expect(rows('missing-health-check')).toHaveLength(INITIAL_ROWS);
    fireEvent.click(screen.getByTestId('show-all'));
    expect(rows('missing-health-check')).toHaveLength(1000);
  });

  it('does not re-render rows when only positions change', () => {
    const { store } = setup();
    const before = onlyRow('shared-database');
    const analysis = store.getState().analysis!;
    // Live analysis restamps the same findings after a drag: the list keeps its DOM.
    act(() => store.getState().setAnalysis({ ...analysis, version: analysis.version + 1 }));
    expect(onlyRow('shared-database')).toBe(before);
  });
});

describe('FindingsSummary', () => {
  it('shows counts per severity and calls onClick', () => {
    const { onToggle } = setup();
    const summary = screen.getByTestId('findings-summary');
    expect(screen.getByTestId('summary-error').textContent).toBe('1');
    expect(screen.getByTestId('summary-warning').textContent).toBe('2');
    expect(screen.getByTestId('summary-info').textContent).toBe('0');
    expect(summary.getAttribute('title')).toMatch(/1 error, 2 warnings, 0 info/);
    fireEvent.click(summary);
    expect(onToggle).toHaveBeenCalledTimes(1);
  });
});
