// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createEmptyModel } from '../../core/model/index.ts';
import { decide, RULE_OF_THUMB } from '../../core/rules/index.ts';
import { createEditorStore } from '../../store/editor-store.ts';
import { StoreProvider } from '../../store/StoreProvider.tsx';
import { decisiveRow } from './DecisionVerdict.tsx';
import { ModelInspector } from './ModelInspector.tsx';

afterEach(cleanup);

function setup() {
  const store = createEditorStore({ model: createEmptyModel() });
  render(
    <StoreProvider store={store} services={{ layout: { layout: async () => ({ positions: {}, groups: {} }) }, documents: null }}>
      <ModelInspector />
    </StoreProvider>,
  );
  return store;
}

const verdict = () => screen.getByTestId('decision-verdict');
const commitNumber = (testId: string, value: string) => {
  const input = screen.getByTestId(testId);
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter' });
};

describe('DecisionVerdict', () => {
  it('starts with no verdict, the rule of thumb quoted, and nothing answered', () => {
    setup();
    expect(verdict().getAttribute('data-verdict')).toBe('not-enough-information');
    expect(screen.getByTestId('decision-verdict-label').textContent).toBe('Not enough information yet');
    expect(verdict().textContent).toContain(RULE_OF_THUMB);
    expect(screen.getByTestId('decision-answered').textContent).toContain('0 of 6 questions answered');
    expect(screen.queryByTestId('decision-reasons')).toBeNull();
  });

  it('updates live as answers change, showing the catalogue rows that led there', () => {
    const store = setup();
    fireEvent.click(screen.getByTestId('field-boundariesClear-yes'));
    commitNumber('field-teams', '3');
    expect(verdict().getAttribute('data-verdict')).toBe('microservices-work-well');
    expect(screen.getByTestId('decision-verdict-label').textContent).toBe('Microservices work well');
    const reasons = screen.getByTestId('decision-reasons');
    expect(reasons.textContent).toContain('If you have…');
    expect(reasons.textContent).toContain('Multiple teams, clear domain boundaries');
    expect(screen.getByTestId('decision-answered').textContent).toContain('2 of 6 questions answered');

    // A small team outranks the rest: the verdict flips and the deciding row is marked.
    commitNumber('field-teamSize', '3');
    expect(verdict().getAttribute('data-verdict')).toBe('start-with-monolith');
    const decisive = within(screen.getByTestId('decision-reasons')).getByText('decides').closest('tr');
    expect(decisive?.textContent).toContain('Small team (<5 devs), simple domain');

    // Undo is live too.
    act(() => store.getState().undo());
    expect(verdict().getAttribute('data-verdict')).toBe('microservices-work-well');
  });

  it('the rule of thumb decides when boundaries are unclear', () => {
    setup();
    fireEvent.click(screen.getByTestId('field-boundariesClear-no'));
    expect(verdict().getAttribute('data-verdict')).toBe('start-with-monolith');
    expect(screen.getByTestId('decision-reasons').textContent).toContain("Can't define clear service boundaries");
  });

  it('decisiveRow follows the framework precedence', () => {
    expect(decisiveRow(decide({ teamSize: 3, boundariesClear: false }))?.row).toBe("Can't define clear service boundaries");
    expect(decisiveRow(decide({ tightDeadlines: true, independentDeployment: true }))?.row).toBe('Tight deadlines, unknown requirements');
    expect(decisiveRow(decide({ independentDeployment: true }))?.row).toBe('Need independent deployment/scaling');
    expect(decisiveRow(decide({}))).toBeUndefined();
  });
});
