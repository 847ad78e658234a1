// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { GatewayRoute, Model } from '../../core/model/index.ts';
import { createEditorStore, type EditorStore } from '../../store/editor-store.ts';
import { StoreProvider } from '../../store/StoreProvider.tsx';
import { Inspector } from './Inspector.tsx';
import { freshPrefix } from './RoutesSection.tsx';

function strangler(routes?: GatewayRoute[]): Model {
  return {
    format: 'faultline',
    version: 1,
    name: 'Strangler',
    groups: [],
    sagas: [],
    nodes: [
      { kind: 'client', id: 'web', name: 'web' },
      { kind: 'gateway', id: 'gw', name: 'api-gateway', ...(routes ? { routes } : {}) },
      { kind: 'service', id: 'shop', name: 'shop-monolith', legacy: true },
      { kind: 'service', id: 'orders', name: 'order-service' },
    ],
    links: [
      { kind: 'sync', id: 'web-gw', from: 'web', to: 'gw' },
      { kind: 'sync', id: 'gw-shop', from: 'gw', to: 'shop' },
      { kind: 'sync', id: 'gw-orders', from: 'gw', to: 'orders' },
    ],
  };
}

function setup(model: Model) {
  const store = createEditorStore({ model });
  render(
    <StoreProvider store={store} services={{ layout: { layout: async () => ({ positions: {}, groups: {} }) }, documents: null }}>
      <Inspector />
    </StoreProvider>,
  );
  act(() => store.getState().setSelection({ nodes: new Set(['gw']), links: new Set() }));
  return store;
}

const routesOf = (store: EditorStore) => {
  const gw = store.getState().model.nodes.find((n) => n.id === 'gw');
  return gw?.kind === 'gateway' ? gw.routes : undefined;
};
const rows = () => screen.queryAllByTestId('route-row');
const undoSteps = (store: EditorStore) => store.getState().history.undo.length;

afterEach(cleanup);

describe('Inspector: gateway routes', () => {
  it('shows each route with its target among the gateway’s calls and its effective share', () => {
    setup(strangler([{ prefix: '/api/orders/v2', to: 'orders', share: 0.1 }, { prefix: '/', to: 'shop' }]));
    expect(screen.getByTestId('section-routes')).toBeTruthy();
    expect(rows()).toHaveLength(2);
    const [first, second] = rows();
    expect(within(first!).getByTestId<HTMLInputElement>('field-route-prefix').value).toBe('/api/orders/v2');
    const select = within(first!).getByTestId<HTMLSelectElement>('field-route-to');
    expect(select.value).toBe('orders');
    expect([...select.options].map((o) => o.textContent)).toEqual(['shop-monolith (legacy)', 'order-service']);
    expect(within(first!).getByTestId('route-effective-share').textContent).toBe('10%');
    expect(within(second!).getByTestId('route-effective-share').textContent).toBe('90%');
    expect(within(second!).getByTestId<HTMLInputElement>('field-route-share').placeholder).toBe('auto (90%)');
  });

  it('moving a route to the new service is one undo step', () => {
    const store = setup(strangler([{ prefix: '/api/orders', to: 'shop' }]));
    fireEvent.change(within(rows()[0]!).getByTestId('field-route-to'), { target: { value: 'orders' } });
    expect(routesOf(store)).toEqual([{ prefix: '/api/orders', to: 'orders' }]);
    expect(undoSteps(store)).toBe(1);
    expect(store.getState().history.undo.at(-1)?.label).toBe('Route /api/orders to order-service');
    act(() => store.getState().undo());
    expect(routesOf(store)).toEqual([{ prefix: '/api/orders', to: 'shop' }]);
  });

  it('adds a route to a target without one, edits its prefix and share, reorders and removes — one step each', () => {
    const store = setup(strangler([{ prefix: '/', to: 'shop' }]));
    fireEvent.click(screen.getByTestId('add-route'));
    expect(routesOf(store)).toEqual([{ prefix: '/', to: 'shop' }, { prefix: '/api/order', to: 'orders' }]);

    const prefix = within(rows()[1]!).getByTestId('field-route-prefix');
    fireEvent.change(prefix, { target: { value: 'api/orders' } });
    expect(within(rows()[1]!).getByRole('alert').textContent).toMatch(/starts with/);
    fireEvent.change(prefix, { target: { value: '/' } });
    expect(within(rows()[1]!).getByRole('alert').textContent).toMatch(/already has this prefix/);
    fireEvent.change(prefix, { target: { value: '/api/orders/v2' } });
    fireEvent.keyDown(prefix, { key: 'Enter' });
    expect(routesOf(store)?.[1]?.prefix).toBe('/api/orders/v2');

    const share = within(rows()[1]!).getByTestId('field-route-share');
    fireEvent.change(share, { target: { value: '25' } });
    fireEvent.keyDown(share, { key: 'Enter' });
    expect(routesOf(store)?.[1]).toEqual({ prefix: '/api/orders/v2', to: 'orders', share: 0.25 });
    expect(within(rows()[0]!).getByTestId('route-effective-share').textContent).toBe('75%');

    fireEvent.click(within(rows()[1]!).getByTestId('route-up'));
    expect(routesOf(store)?.map((r) => r.prefix)).toEqual(['/api/orders/v2', '/']);

    fireEvent.click(within(rows()[1]!).getByTestId('route-remove'));
    expect(routesOf(store)).toEqual([{ prefix: '/api/orders/v2', to: 'orders', share: 0.25 }]);
    expect(undoSteps(store)).toBe(5);

    // Clearing the share goes back to "auto".
    const again = within(rows()[0]!).getByTestId('field-route-share');
    fireEvent.change(again, { target: { value: '' } });
    fireEvent.keyDown(again, { key: 'Enter' });
    expect(routesOf(store)).toEqual([{ prefix: '/api/orders/v2', to: 'orders' }]);
  });

  it('without calls there is nothing to route to', () => {
    const model = strangler();
    setup({ ...model, links: model.links.filter((l) => l.from !== 'gw') });
    expect((screen.getByTestId('add-route') as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByTestId('section-routes').textContent).toMatch(/Connect the gateway/);
  });

  it('other kinds have no routes section', () => {
    const store = setup(strangler());
    act(() => store.getState().setSelection({ nodes: new Set(['shop']), links: new Set() }));
    expect(screen.queryByTestId('section-routes')).toBeNull();
  });
});

describe('freshPrefix', () => {
  it('names the prefix after the target and avoids used ones', () => {
    expect(freshPrefix([], 'Payment Service')).toBe('/api/payment');
    expect(freshPrefix([{ prefix: '/api/payment', to: 'x' }], 'payment-service')).toBe('/api/payment-2');
    expect(freshPrefix([], undefined)).toBe('/api/route');
  });
});
