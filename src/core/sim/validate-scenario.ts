/**
 * What the schema cannot check about a scenario: that its entry points and fault targets exist and are
 * the right kind of thing. The schema checks shapes when a file loads; this runs on every simulate() call,
 * so a scenario built in the UI or sent to the worker is held to the same rules (numbers included).
 */
import type { Model } from '../model/types.ts';
import { MAX_DURATION_MS } from './constants.ts';
import type { Scenario } from './types.ts';

export interface ScenarioProblem {
  /** Path inside the scenario, e.g. ['faults', 2, 'target']. */
  path: (string | number)[];
  message: string;
}

/** A scenario simulate() cannot run; `problems` lists every reason. */
export class ScenarioError extends Error {
  override name = 'ScenarioError';
  readonly problems: ScenarioProblem[];
  constructor(scenario: string, problems: ScenarioProblem[]) {
    super(`scenario "${scenario}" cannot run: ${problems.map((p) => `${formatProblemPath(p.path)}: ${p.message}`).join('; ')}`);
    this.problems = problems;
  }
}

/** `faults[2].target` from ['faults', 2, 'target']. */
export function formatProblemPath(path: readonly (string | number)[]): string {
  return path.map((s, i) => (typeof s === 'number' ? `[${s}]` : i === 0 ? s : `.${s}`)).join('') || '(scenario)';
}

const isWhole = (n: unknown, min: number, max: number): boolean => typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max;
const isNumber = (n: unknown, min: number, max: number): boolean => typeof n === 'number' && Number.isFinite(n) && n >= min && n <= max;

/** Every reason `scenario` cannot run on `model`; empty when it can. */
export function validateScenario(model: Model, scenario: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const report = (path: (string | number)[], message: string) => problems.push({ path, message });
  const nodes = new Map(model.nodes.map((n) => [n.id, n]));
  const links = new Set(model.links.map((l) => l.id));

  if (!isWhole(scenario.durationMs, 1, MAX_DURATION_MS)) report(['durationMs'], `must be a whole number of ms from 1 to ${MAX_DURATION_MS}`);
  if (scenario.seed !== undefined && !isWhole(scenario.seed, 0, 0xffff_ffff)) report(['seed'], 'must be a whole number from 0 to 4294967295');
  if (!Array.isArray(scenario.load)) report(['load'], 'must be a list of entry points and their rates');

  (scenario.load ?? []).forEach((load, i) => {
    const node = nodes.get(load.entry);
    if (!node) report(['load', i, 'entry'], links.has(load.entry) ? `"${load.entry}" is a link; load enters at a node` : `no node with id "${load.entry}"`);
    else if (node.kind === 'database' || node.kind === 'broker')
      report(['load', i, 'entry'], `"${load.entry}" is a ${node.kind}; an entry point is a client, gateway, service or external system`);
    if (!isNumber(load.ratePerSecond, 0, Infinity)) report(['load', i, 'ratePerSecond'], 'must be a number of requests per second, 0 or more');
    (load.steps ?? []).forEach((step, j) => {
      if (!isNumber(step.atMs, 0, Infinity)) report(['load', i, 'steps', j, 'atMs'], 'must be a time in ms, 0 or more');
      if (!isNumber(step.ratePerSecond, 0, Infinity)) report(['load', i, 'steps', j, 'ratePerSecond'], 'must be a number of requests per second, 0 or more');
      if (step.rampMs !== undefined && !isNumber(step.rampMs, 0, Infinity)) report(['load', i, 'steps', j, 'rampMs'], 'must be a duration in ms, 0 or more');
    });
  });

  (scenario.faults ?? []).forEach((fault, i) => {
    const node = nodes.get(fault.target);
    const isLink = links.has(fault.target);
    if (fault.kind === 'partition') {
      if (!isLink) report(['faults', i, 'target'], node ? `"${fault.target}" is a node; a partition cuts a link (use "down" to stop a node)` : `no link with id "${fault.target}"`);
    } else if (!node) {
      report(['faults', i, 'target'], isLink ? `"${fault.target}" is a link; a ${fault.kind} fault needs a node (use "partition" to cut a link)` : `no node with id "${fault.target}"`);
    } else if (node.kind === 'client') {
      report(['faults', i, 'target'], `"${fault.target}" is a client, the user; fault the link from it or the node it calls`);
    }
    if (!isNumber(fault.fromMs, 0, Infinity)) report(['faults', i, 'fromMs'], 'must be a time in ms, 0 or more');
    if (!isNumber(fault.toMs, 0, Infinity) || !(fault.toMs > fault.fromMs)) report(['faults', i, 'toMs'], 'must be a time in ms after fromMs');
    if (fault.factor !== undefined && !isNumber(fault.factor, 1, Infinity)) report(['faults', i, 'factor'], 'a slow-down factor is a number, at least 1');
    if (fault.errorRate !== undefined && !isNumber(fault.errorRate, 0, 1)) report(['faults', i, 'errorRate'], 'errorRate is a fraction between 0 and 1');
  });
  return problems;
}
