/**
 * The `simulation` check: runs the lesson's short scenario on the learner's model and compares the
 * summary with the expectations. Entry points and fault targets may be node names (the learner's ids
 * are generated), so they are resolved against the model first.
 */
import type { Model } from '../../model/types.ts';
import type { Scenario, SimResult } from '../../sim/index.ts';
import { ScenarioError } from '../../sim/index.ts';
import { resolveNodes } from '../refs.ts';
import type { Session } from './context.ts';
import { describeExpectation } from './describe.ts';
import { fail, pass, type Outcome } from './outcome.ts';
import { describeRange, formatValue, inRange, type Unit } from './range.ts';
import type { Expectation, Range, SimulationCheck } from './schema.ts';

/** The scenario with its node references replaced by ids, or the first reference that matches nothing. */
export function resolveScenario(model: Model, scenario: Scenario): { ok: true; scenario: Scenario } | { ok: false; missing: string } {
  const id = (ref: string) => resolveNodes(model, ref)[0]?.id;
  const load = [];
  for (const entry of scenario.load) {
    const resolved = id(entry.entry);
    if (resolved === undefined) return { ok: false, missing: entry.entry };
    load.push({ ...entry, entry: resolved });
  }
  const faults = [];
  for (const fault of scenario.faults ?? []) {
    // A partition cuts a link, named by its id; every other fault names a node.
    const resolved = fault.kind === 'partition' ? (model.links.some((l) => l.id === fault.target) ? fault.target : undefined) : id(fault.target);
    if (resolved === undefined) return { ok: false, missing: fault.target };
    faults.push({ ...fault, target: resolved });
  }
  return { ok: true, scenario: { ...scenario, load, faults } };
}

/** Evaluates a `simulation` check (runs the simulator once per distinct scenario in the session). */
export function evaluateSimulation({ simulation: spec }: SimulationCheck, session: Session): Outcome {
  const model = session.model;
  const resolved = resolveScenario(model, spec.scenario);
  if (!resolved.ok) return fail(`The simulation needs a node “${resolved.missing}”, which your model does not have.`);
  let result: SimResult;
  try {
    result = session.simulate(resolved.scenario);
  } catch (error) {
    if (error instanceof ScenarioError) return fail(`The simulation cannot run on this model: ${error.problems.map((p) => p.message).join('; ')}.`);
    throw error;
  }
  const failures: string[] = [];
  const observed: string[] = [];
  for (const expectation of spec.expect) {
    for (const m of measure(model, result, expectation)) {
      const text = `${m.what} ${m.value === undefined ? 'could not be measured' : `was ${formatValue(m.value, m.unit)}`}`;
      if (m.value !== undefined && inRange(m.value, m.range)) observed.push(text);
      else failures.push(`${text} (needs ${describeRange(m.range, m.unit)})`);
    }
  }
  // Not capitalised: the sentences start with node ids, which are lower-case on purpose.
  return failures.length === 0 ? pass(`${observed.join('; ')}.`) : fail(`${failures.join('; ')}.`);
}

interface Measurement {
  what: string;
  value: number | undefined;
  range: Range;
  unit: Unit;
}

/** Every metric an expectation asks about, with its measured value (undefined when the subject is missing). */
function measure(model: Model, result: SimResult, e: Expectation): Measurement[] {
  const out: Measurement[] = [];
  const add = (what: string, range: Range | undefined, unit: Unit, value: () => number | undefined) => {
    if (range) out.push({ what, range, unit, value: value() });
  };
  const { summary } = result;
  const nodeIds = (ref: string) => new Set(resolveNodes(model, ref).map((n) => n.id));
  if ('entry' in e) {
    const ids = nodeIds(e.entry);
    const entry = summary.entries.find((x) => ids.has(x.id));
    add(`${e.entry}’s success ratio`, e.availability, 'ratio', () => entry?.availability);
    add(`${e.entry}’s degraded answers`, e.degradedRatio, 'ratio', () => entry?.degradedRatio);
    add(`${e.entry}’s p99 latency`, e.p99Ms, 'ms', () => entry?.p99Ms);
    add(`requests stuck at ${e.entry}`, e.stuck, 'count', () => entry?.stuck);
  } else if ('node' in e) {
    const ids = nodeIds(e.node);
    const node = summary.nodes.find((x) => ids.has(x.id));
    add(`${e.node}’s share of the traffic`, e.share, 'ratio', () => (node ? (summary.requests === 0 ? 0 : node.arrivals / summary.requests) : undefined));
    add(`${e.node}’s longest queue`, e.queueMax, 'count', () => node?.maxQueue);
    add(`${e.node}’s failure ratio`, e.failureRatio, 'ratio', () => (node ? (node.arrivals === 0 ? 0 : node.failures / node.arrivals) : undefined));
    add(`${e.node}’s utilisation`, e.utilization, 'ratio', () => node?.utilization);
  } else if ('link' in e) {
    const from = nodeIds(e.link.from);
    const to = nodeIds(e.link.to);
    const linkIds = new Set(model.links.filter((l) => from.has(l.from) && to.has(l.to)).map((l) => l.id));
    const links = summary.links.filter((l) => linkIds.has(l.id));
    const some = <T>(value: () => T) => (links.length === 0 ? undefined : value());
    const arrow = `${e.link.from} → ${e.link.to}`;
    add(`breaker openings on ${arrow}`, e.breakerOpenings, 'count', () => some(() => links.reduce((s, l) => s + l.breakerOpenings, 0)));
    add(`fallbacks on ${arrow}`, e.fallbacks, 'count', () => some(() => links.reduce((s, l) => s + l.fallbacks, 0)));
    add(`the backlog on ${arrow}`, e.maxBacklog, 'count', () => some(() => Math.max(...links.map((l) => l.maxBacklog))));
    add(`failed calls on ${arrow}`, e.failureRatio, 'ratio', () =>
      some(() => {
        const attempts = links.reduce((s, l) => s + l.attempts, 0);
        return attempts === 0 ? 0 : links.reduce((s, l) => s + l.failures, 0) / attempts;
      }),
    );
  } else {
    const m = summary.messages;
    add('messages published', e.messages.published, 'count', () => m.published);
    add('the deepest message backlog', e.messages.maxBacklog, 'count', () => m.maxBacklog);
    add('messages still queued at the end', e.messages.pending, 'count', () => m.pending);
    add('messages that failed', e.messages.failed, 'count', () => m.failed);
    add('the longest message lag', e.messages.maxLagMs, 'ms', () => m.maxLagMs);
  }
  if (out.length === 0) out.push({ what: describeExpectation(e), range: {}, unit: 'count', value: 0 });
  return out;
}
