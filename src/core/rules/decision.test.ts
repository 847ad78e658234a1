import { describe, expect, it } from 'vitest';
import type { DecisionInputs } from '../model/index.ts';
import { decide, DECISION_ROWS, RULE_OF_THUMB } from './decision.ts';

describe('decide — the catalogue table', () => {
  const table: [string, DecisionInputs, ReturnType<typeof decide>['verdict'], string[]][] = [
    ['nothing answered', {}, 'not-enough-information', []],
    ['small team', { teamSize: 3 }, 'start-with-monolith', ['Small team (<5 devs), simple domain']],
    ['5 devs is not small', { teamSize: 5 }, 'not-enough-information', []],
    ['independent deployment', { independentDeployment: true }, 'consider-microservices', ['Need independent deployment/scaling']],
    ['multiple teams, clear boundaries', { teams: 3, boundariesClear: true }, 'microservices-work-well', ['Multiple teams, clear domain boundaries']],
    ['one team is not multiple', { teams: 1, boundariesClear: true }, 'not-enough-information', []],
    ['tight deadlines', { tightDeadlines: true }, 'monolith-first-extract-later', ['Tight deadlines, unknown requirements']],
    ['unknown requirements', { requirementsKnown: false }, 'monolith-first-extract-later', ['Tight deadlines, unknown requirements']],
    ['known requirements, no deadline', { requirementsKnown: true, tightDeadlines: false }, 'not-enough-information', []],
  ];
  it.each(table)('%s', (_name, inputs, verdict, rows) => {
    const d = decide(inputs);
    expect(d.verdict).toBe(verdict);
    expect(d.reasons.map((r) => r.row)).toEqual(rows);
    expect(d.ruleOfThumb).toBe(RULE_OF_THUMB);
  });

  it('quotes the catalogue cells verbatim', () => {
    expect(decide({ teams: 4, boundariesClear: true }).reasons).toEqual([{ row: 'Multiple teams, clear domain boundaries', then: 'Microservices work well' }]);
    expect(Object.values(DECISION_ROWS).map((r) => r.then)).toEqual([
      'Start with monolith',
      'Consider microservices',
      'Microservices work well',
      'Monolith first, extract later',
    ]);
  });
});

describe('decide — precedence', () => {
  it('unclear boundaries override everything (rule of thumb)', () => {
    const d = decide({ teams: 8, teamSize: 60, independentDeployment: true, boundariesClear: false });
    expect(d.verdict).toBe('start-with-monolith');
    expect(d.reasons.at(-1)?.then).toMatch(/not ready for microservices/);
  });

  it('a small team wins over deadlines and over deployment needs', () => {
    expect(decide({ teamSize: 2, tightDeadlines: true, independentDeployment: true }).verdict).toBe('start-with-monolith');
  });

  it('deadlines win over multiple teams with clear boundaries', () => {
    const d = decide({ teams: 4, boundariesClear: true, tightDeadlines: true });
    expect(d.verdict).toBe('monolith-first-extract-later');
    expect(d.reasons).toHaveLength(2);
  });

  it('multiple teams win over "consider"', () => {
    expect(decide({ teams: 4, boundariesClear: true, independentDeployment: true }).verdict).toBe('microservices-work-well');
  });

  it('counts the questions answered', () => {
    expect(decide({ teamSize: 10, teams: 2, boundariesClear: true, independentDeployment: false, tightDeadlines: false, requirementsKnown: true }).answered).toBe(6);
    expect(decide({ tightDeadlines: false }).answered).toBe(1);
  });
});
