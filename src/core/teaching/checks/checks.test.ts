/** The check language: each operator passes and fails as documented, says so in words, and validates by hand. */
import { describe, expect, it, vi } from 'vitest';
import type { Model } from '../../model/types.ts';
import { analyze, VERDICT_LABELS } from '../../rules/index.ts';
import { simulate } from '../../sim/index.ts';
import { call, client, context, data, database, diagram, gateway, publish, resilientCall, service, broker } from '../diagram.ts';
import { describeCheck } from './describe.ts';
import { evaluateCheck, evaluateChecks } from './evaluate.ts';
import { VERDICTS, type Check } from './schema.ts';
import { checkProblems } from './validate-check.ts';

/** web → gateway → order → payment (order → payment bare), order owns orders-db, payment shares it. */
function shop(): Model {
  const nodes = [
    client('web-app', [0, 0]),
    gateway('api-gateway', [1, 0], { routes: [{ prefix: '/api/orders', to: 'order-service', share: 0.3 }, { prefix: '/', to: 'legacy' }] }),
    { ...service('order-service', [2, 0], { group: 'ordering' }), name: 'Order Service' },
    service('legacy', [2, 1], { legacy: true }),
    service('payment-service', [3, 0], { healthChecks: { liveness: true, readiness: false } }),
    database('orders-db', [2, 2], { group: 'ordering' }),
  ];
  return diagram('shop', nodes, [
    call('web-app', 'api-gateway'),
    resilientCall('api-gateway', 'order-service'),
    resilientCall('api-gateway', 'legacy'),
    call('order-service', 'payment-service', { timeoutMs: 1000 }),
    data('order-service', 'orders-db'),
    data('payment-service', 'orders-db'),
  ], { groups: [context('ordering', nodes)] });
}

const run = (check: Check, model: Model = shop()) => evaluateCheck(check, { model });
const passes = (check: Check, model?: Model) => run(check, model).passed;

describe('link checks', () => {
  it('finds a link by ends (ids, names or kinds) and checks its policies', () => {
    expect(passes({ link: { from: 'order-service', to: 'payment-service', has: ['timeout'] } })).toBe(true);
    expect(passes({ link: { from: 'Order Service', to: 'payment-service', kind: 'sync' } })).toBe(true);
    expect(passes({ link: { from: { kind: 'gateway' }, to: 'order-service', has: ['breaker', 'timeout', 'retry', 'backoff', 'idempotent'] } })).toBe(true);
    const result = run({ link: { from: 'order-service', to: 'payment-service', has: ['breaker', 'timeout', 'fallback'] } });
    expect(result.passed).toBe(false);
    expect(result.detail).toBe('Order Service → payment-service has no circuit breaker and no fallback.');
    expect(result.description).toBe('order-service → payment-service has a circuit breaker, a timeout and a fallback');
  });

  it('counts links, and `every` needs them all', () => {
    expect(passes({ link: { from: 'web-app', to: 'order-service', count: { max: 0 } } })).toBe(true);
    expect(passes({ link: { from: { kind: 'gateway' }, kind: 'sync', count: { min: 2, max: 2 } } })).toBe(true);
    expect(passes({ link: { kind: 'sync', has: ['breaker'], every: true } })).toBe(false);
    expect(passes({ link: { from: { kind: 'gateway' }, has: ['breaker'], every: true } })).toBe(true);
    expect(run({ link: { from: 'nobody', to: 'payment-service' } }).detail).toBe('There is no node “nobody” yet.');
    expect(run({ link: { from: 'web-app', to: 'api-gateway', count: { max: 0 } } }).detail).toBe('Still there: web-app → api-gateway.');
  });
});

describe('node and route checks', () => {
  it('matches nodes by id, name, kind and properties, and counts them', () => {
    expect(passes({ node: { name: 'order-service' } })).toBe(true);
    expect(passes({ node: { id: 'order-service', grouped: true } })).toBe(true);
    expect(passes({ node: { kind: 'service', legacy: true, count: { min: 1, max: 1 } } })).toBe(true);
    expect(passes({ node: { kind: 'service', count: { max: 2 } } })).toBe(false);
    const lacking = run({ node: { name: 'payment-service', healthChecks: true } });
    expect(lacking.passed).toBe(false);
    expect(lacking.detail).toMatch(/payment-service is there but not as asked \(with liveness and readiness checks\)/);
    expect(run({ node: { name: 'api-layer', count: { max: 0 } } }).description).toBe('No node named “api-layer”');
  });

  it('checks gateway routes and their effective shares', () => {
    expect(passes({ route: { prefix: '/api/orders', to: 'order-service' } })).toBe(true);
    expect(passes({ route: { to: 'legacy', share: { min: 0.69, max: 0.71 } } })).toBe(true);
    const moved = run({ route: { prefix: '/api/orders', to: 'legacy' } });
    expect(moved.passed).toBe(false);
    expect(moved.detail).toBe('Routes now: /api/orders → order-service, / → legacy.');
    expect(run({ route: { to: 'order-service', share: { min: 0.5 } } }).detail).toBe('api-gateway routes 30% of its traffic there; ≥ 50% needed.');
  });
});

describe('structure checks', () => {
  it('counts bounded contexts with services', () => {
    expect(passes({ groups: { count: { min: 1 } } })).toBe(true);
    expect(run({ groups: { count: { min: 2 } } }).detail).toBe('1 bounded context with a service (ordering); ≥ 2 needed.');
  });

  it('checks the three data-ownership rules', () => {
    const shared = run({ dataOwnership: 'one-service-per-database' });
    expect(shared).toMatchObject({ passed: false, detail: 'orders-db is used by Order Service and payment-service.' });
    expect(run({ dataOwnership: 'every-service-owns-a-database' }).detail).toBe('Order Service and payment-service have no database of their own.');
    expect(run({ dataOwnership: 'same-context' }).detail).toBe('orders-db (context ordering) is used by payment-service (no context).');
    const split = shop();
    split.links = split.links.filter((l) => l.from !== 'payment-service');
    expect(passes({ all: [{ dataOwnership: 'one-service-per-database' }, { dataOwnership: 'every-service-owns-a-database' }, { dataOwnership: 'same-context' }] }, split)).toBe(true);
  });

  it('checks sagas: orchestrator, services, steps and compensations', () => {
    const model = shop();
    model.sagas = [{ id: 'pay', name: 'Pay', orchestrator: 'order-service', steps: [{ service: 'order-service', action: 'create', compensation: 'cancel' }, { service: 'payment-service', action: 'charge' }] }];
    expect(passes({ saga: { orchestrator: 'order-service', services: ['payment-service'], steps: { min: 2 }, compensated: true } }, model)).toBe(true);
    expect(run({ saga: { services: ['legacy'] } }, model).detail).toBe('Saga “Pay” has no step in legacy.');
    expect(run({ saga: { orchestrator: 'legacy' } }, model).detail).toBe('Saga “Pay” is not run by legacy.');
    expect(run({ saga: {} }).detail).toBe('There is no saga yet.');
  });
});

describe('finding and decision checks', () => {
  it('looks for findings by rule, optionally on one node', () => {
    expect(passes({ finding: { rule: 'shared-database', expect: 'present' } })).toBe(true);
    expect(passes({ finding: { rule: 'shared-database', expect: 'absent' } })).toBe(false);
    expect(passes({ finding: { rule: 'missing-health-check', expect: 'present', on: 'payment-service' } })).toBe(true);
    expect(passes({ finding: { rule: 'missing-health-check', expect: 'absent', on: 'order-service' } })).toBe(true);
    expect(run({ finding: { rule: 'shared-database', expect: 'absent' } }).detail).toMatch(/orders-db is shared by 2 services/);
  });

  it('reads the decision framework’s verdict and how much was answered', () => {
    const model = { ...shop(), decision: { teamSize: 3 } };
    expect(passes({ decision: { verdict: 'start-with-monolith' } }, model)).toBe(true);
    expect(passes({ decision: { verdict: ['consider-microservices', 'microservices-work-well'] } }, model)).toBe(false);
    expect(run({ decision: { answered: { min: 4 } } }, model).detail).toBe('1 of 6 decision questions answered; ≥ 4 needed.');
  });

  it('knows every verdict of the decision framework', () => {
    expect([...VERDICTS].sort()).toEqual(Object.keys(VERDICT_LABELS).sort());
  });

  it('uses the analysis it is given instead of analysing again', () => {
    const model = shop();
    const analysis = { ...analyze(model), findings: [] };
    expect(evaluateCheck({ finding: { rule: 'shared-database', expect: 'absent' } }, { model, analysis }).passed).toBe(true);
  });
});

describe('composite checks', () => {
  it('all, any and not combine, keeping their parts’ results', () => {
    const yes: Check = { node: { name: 'legacy' } };
    const no: Check = { node: { name: 'ghost' } };
    expect(run({ all: [yes, no] })).toMatchObject({ passed: false, detail: 'There is no node “ghost” yet.', children: [{ passed: true }, { passed: false }] });
    expect(passes({ any: [no, yes] })).toBe(true);
    expect(passes({ not: no })).toBe(true);
    expect(describeCheck({ not: no, label: 'No ghosts' })).toBe('No ghosts');
  });

  it('says an identical reason once', () => {
    expect(run({ all: [{ link: { from: { kind: 'broker' } } }, { link: { to: { kind: 'broker' } } }] }).detail).toBe('There is no broker yet.');
  });
});

describe('simulation checks', () => {
  const scenario = { name: 'order hangs', durationMs: 5_000, seed: 2, load: [{ entry: 'web-app', ratePerSecond: 20 }], faults: [{ target: 'payment-service', kind: 'down' as const, fromMs: 0, toMs: 5_000 }] };

  it('runs the scenario (node names allowed) and compares the summary', () => {
    const result = run({
      simulation: {
        scenario: { ...scenario, faults: [{ ...scenario.faults[0]!, target: 'Payment Service' }] },
        expect: [{ entry: 'web-app', availability: { max: 0.9 } }, { node: 'legacy', share: { min: 0.5 } }, { link: { from: 'order-service', to: 'payment-service' }, failureRatio: { min: 0.99 } }],
      },
    });
    expect(result.passed, result.detail).toBe(true);
    expect(result.detail).toMatch(/^web-app’s success ratio was \d+(\.\d)?%; legacy’s share of the traffic was/);
  });

  it('says what it measured when an expectation fails', () => {
    const result = run({ simulation: { scenario, expect: [{ entry: 'web-app', availability: { min: 0.95 } }] } });
    expect(result.passed).toBe(false);
    expect(result.detail).toMatch(/^web-app’s success ratio was \d+(\.\d)?% \(needs ≥ 95%\)\.$/);
    expect(result.description).toBe('With payment-service down from 0 s to 5 s: web-app’s success ratio ≥ 95%');
  });

  it('fails with a reason when the model lacks a node the scenario names', () => {
    const result = run({ simulation: { scenario: { ...scenario, load: [{ entry: 'mobile-app', ratePerSecond: 1 }] }, expect: [{ messages: { published: { min: 0 } } }] } });
    expect(result).toMatchObject({ passed: false, detail: 'The simulation needs a node “mobile-app”, which your model does not have.' });
  });

  it('runs each distinct scenario once per evaluation, through the simulate hook', () => {
    const hook = vi.fn(simulate);
    const check: Check = { simulation: { scenario, expect: [{ entry: 'web-app', availability: { min: 0 } }] } };
    evaluateChecks([check, { all: [check, check] }], { model: shop(), simulate: hook });
    expect(hook).toHaveBeenCalledTimes(1);
  });

  it('measures message backlogs', () => {
    const model = diagram('events', [service('a', [0, 0]), broker('bus', [1, 0]), service('b', [2, 0])], [publish('a', 'bus'), publish('bus', 'b')]);
    const result = run(
      {
        simulation: {
          scenario: { name: 'b down', durationMs: 4_000, load: [{ entry: 'a', ratePerSecond: 20 }], faults: [{ target: 'b', kind: 'down', fromMs: 0, toMs: 2_000 }] },
          expect: [{ messages: { maxBacklog: { min: 10 }, pending: { max: 0 } } }],
        },
      },
      model,
    );
    expect(result.passed, result.detail).toBe(true);
  });
});

describe('validating checks by hand', () => {
  const problems = (check: unknown) => checkProblems({ check }, ['check']).map((p) => `${p.path.join('.')}: ${p.message}`);

  it('accepts every shape of check', () => {
    expect(problems({ all: [{ finding: { rule: 'sync-chain', expect: 'absent' } }, { not: { node: { kind: 'broker' } } }], label: 'x' })).toEqual([]);
    expect(problems({ simulation: { scenario: { name: 's', durationMs: 1000, load: [] }, expect: [{ entry: 'web', availability: { min: 0.9 } }] } })).toEqual([]);
  });

  it('names unknown operators, with a suggestion', () => {
    expect(problems({ findings: { rule: 'sync-chain', expect: 'absent' } })).toEqual(['check.findings: unknown check "findings"; did you mean "finding"?']);
    expect(problems({})[0]).toMatch(/^check: a check needs one of all, any, not, finding/);
    expect(problems({ node: {}, link: {} })).toEqual(['check: a check has exactly one operator, but this one has node and link; combine them with {"all": [...]}']);
    expect(problems(42)[0]).toMatch(/^check: expected a check .* but found 42$/);
  });

  it('walks into all / any / not and reports the exact field', () => {
    expect(problems({ all: [{ finding: { rule: 'no-such-rule', expect: 'absent' } }] })[0]).toMatch(/^check\.all\.0\.finding\.rule: unknown rule "no-such-rule"; expected one of shared-database/);
    expect(problems({ any: [] })).toEqual(['check.any: "any" needs at least one check']);
    expect(problems({ not: { link: { form: 'a' } } })).toEqual(['check.not.link.form: unknown field "form"; did you mean "from"?']);
    expect(problems({ link: { has: ['brakes'] } })[0]).toMatch(/^check\.link\.has\.0: unknown has "brakes"; expected one of timeout/);
    expect(problems({ node: { count: {} } })).toEqual(['check.node.count: give min, max or both']);
  });

  it('checks a simulation’s scenario and each expectation by its subject', () => {
    const sim = (expect: unknown[], scenario: unknown = { name: 's', durationMs: 1000, load: [] }) => problems({ simulation: { scenario, expect } });
    expect(sim([{ entry: 'web' }])).toEqual(['check.simulation.expect.0: say what to expect of "web", e.g. "availability": {"min": 0.95}']);
    expect(sim([{ entry: 'web', node: 'x', availability: { min: 1 } }])).toEqual(['check.simulation.expect.0: an expectation is about one subject, but this one names entry and node']);
    expect(sim([{ node: 'x', queueMax: { min: 1 }, shares: { min: 1 } }])).toEqual(['check.simulation.expect.0.shares: unknown field "shares"; did you mean "share"?']);
    expect(sim([{ entry: 'web', availability: { min: 1 } }], { name: 's', durationMs: -1, load: [] })[0]).toMatch(/^check\.simulation\.scenario\.durationMs: must be at least 1/);
  });
});
