import { describe, expect, it } from 'vitest';
import type { DecisionInputs } from '../../model/index.ts';
import { findingsOf, model, svc } from '../testing.ts';

const withServices = (count: number, decision: DecisionInputs = { teamSize: 3 }) =>
  model({ nodes: Array.from({ length: count }, (_, i) => svc(`s${i + 1}`)), decision });

describe('premature-microservices', () => {
  it('flags more than 3 services when the framework says start with a monolith', () => {
    const [f] = findingsOf(withServices(4), 'premature-microservices');
    expect(f!.message).toContain('"Start with monolith" (small team (<5 devs), simple domain), yet the model has 4 services (more than 3)');
    expect(f!.nodes).toHaveLength(4);
  });

  it('does not flag 3 services, or many services when microservices fit', () => {
    expect(findingsOf(withServices(3), 'premature-microservices')).toEqual([]);
    expect(findingsOf(withServices(12, { teams: 4, boundariesClear: true }), 'premature-microservices')).toEqual([]);
    expect(findingsOf(model({ nodes: Array.from({ length: 9 }, (_, i) => svc(`s${i}`)) }), 'premature-microservices')).toEqual([]);
  });

  it('also fires on "monolith first, extract later"', () => {
    expect(findingsOf(withServices(5, { tightDeadlines: true }), 'premature-microservices')).toHaveLength(1);
  });
});
