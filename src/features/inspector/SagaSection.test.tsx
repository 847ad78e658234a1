// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ecommerceTemplate } from '../../core/templates/index.ts';
import { createEditorStore } from '../../store/editor-store.ts';
import { StoreProvider } from '../../store/StoreProvider.tsx';
import { SagaSection } from './SagaSection.tsx';

afterEach(cleanup);

function setup() {
  const store = createEditorStore({ model: ecommerceTemplate.build() });
  render(
    <StoreProvider store={store} services={{ layout: { layout: async () => ({ positions: {}, groups: {} }) }, documents: null }}>
      <SagaSection />
    </StoreProvider>,
  );
  return store;
}

describe('saga editor', () => {
  it('shows the saga steps in order with their compensations', () => {
    setup();
    const steps = screen.getAllByTestId('saga-step');
    expect(steps).toHaveLength(4);
    expect(within(steps[1]!).getByTestId('field-step-action')).toHaveProperty('value', 'reserveInventory');
    expect(within(steps[1]!).getByTestId('field-step-compensation')).toHaveProperty('value', 'releaseInventory');
  });

  it('edits a compensation, reorders and removes steps, each one undo step', () => {
    const store = setup();
    const saga = () => store.getState().model.sagas[0]!;
    const compensation = within(screen.getAllByTestId('saga-step')[3]!).getByTestId('field-step-compensation');
    fireEvent.change(compensation, { target: { value: 'unconfirm' } });
    fireEvent.keyDown(compensation, { key: 'Enter' });
    expect(saga().steps[3]?.compensation).toBe('unconfirm');

    fireEvent.click(within(screen.getAllByTestId('saga-step')[0]!).getByRole('button', { name: 'Move step down' }));
    expect(saga().steps.map((s) => s.action).slice(0, 2)).toEqual(['reserveInventory', 'createOrder']);

    fireEvent.click(within(screen.getAllByTestId('saga-step')[0]!).getByRole('button', { name: 'Remove step' }));
    expect(saga().steps).toHaveLength(3);

    act(() => store.getState().undo());
    act(() => store.getState().undo());
    expect(saga().steps.map((s) => s.action)[0]).toBe('createOrder');
  });

  it('adds a saga and a step', () => {
    const store = setup();
    fireEvent.click(screen.getByTestId('add-saga'));
    expect(store.getState().model.sagas).toHaveLength(2);
    fireEvent.click(screen.getAllByTestId('add-saga-step').at(-1)!);
    expect(store.getState().model.sagas[1]!.steps).toHaveLength(2);
  });
});
