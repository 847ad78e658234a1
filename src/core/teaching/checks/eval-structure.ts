/** The structural checks: bounded contexts (`groups`), data ownership, and sagas. */
import type { Model, ModelNode } from '../../model/types.ts';
import { listNames } from '../../rules/text.ts';
import { nodeLabel, resolveNodes } from '../refs.ts';
import { fail, pass, type Outcome } from './outcome.ts';
import { describeRange, inRange } from './range.ts';
import type { DataOwnershipCheck, GroupsCheck, SagaCheck } from './schema.ts';

/** Evaluates a `groups` check: how many bounded contexts hold at least `minServices` services. */
export function evaluateGroups({ groups: spec }: GroupsCheck, model: Model): Outcome {
  const min = spec.minServices ?? 1;
  const services = new Map<string, number>();
  for (const node of model.nodes) if (node.kind === 'service' && node.group !== undefined) services.set(node.group, (services.get(node.group) ?? 0) + 1);
  const counted = model.groups.filter((g) => (services.get(g.id) ?? 0) >= min);
  const names = listNames(counted.map((g) => g.name || g.id));
  if (inRange(counted.length, spec.count)) return pass(counted.length === 0 ? 'No bounded contexts.' : `Bounded contexts: ${names}.`);
  const noun = counted.length === 1 ? 'bounded context' : 'bounded contexts';
  const what = min === 0 ? noun : `${noun} with ${min === 1 ? 'a service' : `${min} services`}`;
  return fail(`${counted.length} ${what}${counted.length > 0 ? ` (${names})` : ''}; ${describeRange(spec.count)} needed.`);
}

/** Each database's accessors (the non-database end of its data links), in link order. */
function accessorsByDatabase(model: Model): Map<ModelNode, ModelNode[]> {
  const byId = new Map(model.nodes.map((n) => [n.id, n]));
  const result = new Map<ModelNode, ModelNode[]>();
  for (const node of model.nodes) if (node.kind === 'database') result.set(node, []);
  for (const link of model.links) {
    if (link.kind !== 'data') continue;
    const a = byId.get(link.from);
    const b = byId.get(link.to);
    if (!a || !b || (a.kind === 'database') === (b.kind === 'database')) continue;
    const [db, accessor] = b.kind === 'database' ? [b, a] : [a, b];
    const list = result.get(db)!;
    if (!list.includes(accessor)) list.push(accessor);
  }
  return result;
}

/** Evaluates a `dataOwnership` check. */
export function evaluateDataOwnership({ dataOwnership }: DataOwnershipCheck, model: Model): Outcome {
  const accessors = accessorsByDatabase(model);
  if (dataOwnership === 'one-service-per-database') {
    const shared = [...accessors].filter(([, users]) => users.length > 1);
    if (shared.length === 0) return pass('Every database has at most one service using it.');
    return fail(shared.map(([db, users]) => `${nodeLabel(db)} is used by ${listNames(users.map(nodeLabel))}`).join('; ') + '.');
  }
  if (dataOwnership === 'every-service-owns-a-database') {
    const owns = new Set<ModelNode>();
    const stores = new Set<ModelNode>();
    for (const users of accessors.values()) {
      for (const user of users) stores.add(user);
      if (users.length === 1) owns.add(users[0]!);
    }
    const without = [...stores].filter((s) => s.kind === 'service' && !owns.has(s));
    if (without.length === 0) return pass(stores.size === 0 ? 'No service stores data.' : 'Every service that stores data owns a database.');
    return fail(`${listNames(without.map(nodeLabel))} ${without.length === 1 ? 'has' : 'have'} no database of ${without.length === 1 ? 'its' : 'their'} own.`);
  }
  const groupName = (id: string | undefined) => (id === undefined ? 'no context' : `context ${model.groups.find((g) => g.id === id)?.name ?? id}`);
  const misplaced: string[] = [];
  for (const [db, users] of accessors) {
    for (const user of users) {
      if (user.group !== db.group) misplaced.push(`${nodeLabel(db)} (${groupName(db.group)}) is used by ${nodeLabel(user)} (${groupName(user.group)})`);
    }
  }
  if (misplaced.length === 0) return pass('Every database sits in the context of the services that use it.');
  return fail(`${misplaced.slice(0, 3).join('; ')}${misplaced.length > 3 ? ` (and ${misplaced.length - 3} more)` : ''}.`);
}

/** Evaluates a `saga` check: some saga has the orchestrator, services, step count and compensations asked for. */
export function evaluateSaga({ saga: spec }: SagaCheck, model: Model): Outcome {
  if (model.sagas.length === 0) return fail('There is no saga yet.');
  const ids = (ref: string) => new Set(resolveNodes(model, ref).map((n) => n.id));
  const orchestrators = spec.orchestrator === undefined ? undefined : ids(spec.orchestrator);
  const problems: string[] = [];
  for (const saga of model.sagas) {
    const name = `Saga “${saga.name || saga.id}”`;
    const runner = saga.orchestrator ?? saga.steps[0]?.service;
    const stepServices = new Set(saga.steps.map((s) => s.service));
    if (orchestrators && (runner === undefined || !orchestrators.has(runner))) {
      problems.push(`${name} is not run by ${spec.orchestrator}`);
      continue;
    }
    const absent = (spec.services ?? []).filter((ref) => ![...ids(ref)].some((id) => stepServices.has(id)));
    if (absent.length > 0) {
      problems.push(`${name} has no step in ${listNames(absent)}`);
      continue;
    }
    if (spec.steps && !inRange(saga.steps.length, spec.steps)) {
      problems.push(`${name} has ${saga.steps.length} steps; ${describeRange(spec.steps)} needed`);
      continue;
    }
    const uncompensated = saga.steps.slice(0, -1).filter((s) => !s.compensation?.trim());
    if (spec.compensated === true && uncompensated.length > 0) {
      problems.push(`${name}: ${listNames(uncompensated.map((s) => s.action))} ${uncompensated.length === 1 ? 'has' : 'have'} no compensation`);
      continue;
    }
    return pass(`${name} does it (${saga.steps.map((s) => s.action).join(' → ')}).`);
  }
  return fail(`${problems.slice(0, 2).join('; ')}.`);
}
