// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { getRule } from '../../core/rules/index.ts';
import { createEditorStore } from '../../store/editor-store.ts';
import { StoreProvider } from '../../store/StoreProvider.tsx';
import { teachingStoreFor } from '../../store/teaching.ts';
import { RuleInfo } from './RuleInfo.tsx';

afterEach(cleanup);

it('links a rule to its entry in the pattern library, through the teaching store', () => {
  const store = createEditorStore();
  const rule = getRule('missing-circuit-breaker')!;
  render(
    <StoreProvider store={store} services={{ layout: { layout: async () => ({ positions: {}, groups: {} }) }, documents: null }}>
      <RuleInfo rule={rule} />
    </StoreProvider>,
  );
  const link = screen.getByTestId('rule-learn');
  expect(link.textContent).toContain(`Learn about ${rule.pattern.name}`);
  fireEvent.click(link);
  expect(teachingStoreFor(store).getState()).toMatchObject({ drawer: 'library', libraryRequest: { ruleId: 'missing-circuit-breaker' } });
});
