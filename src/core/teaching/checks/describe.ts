/** Checks in words, for the lesson panel's checklist: a check's `label` when it has one, else a generated sentence. */
import { getRule, VERDICT_LABELS } from '../../rules/index.ts';
import { listNames } from '../../rules/text.ts';
import { describeSelector, type NodeSelector } from '../refs.ts';
import { describeRange, quantity, type Unit } from './range.ts';
import type {
  Check,
  DataOwnership,
  DecisionCheck,
  Expectation,
  FindingCheck,
  GroupsCheck,
  LinkCheck,
  LinkPolicy,
  NodeCheck,
  Range,
  RouteCheck,
  SagaCheck,
  SimulationCheck,
} from './schema.ts';

const POLICY_WORDS: Readonly<Record<LinkPolicy, string>> = {
  timeout: 'a timeout',
  retry: 'a retry',
  backoff: 'exponential backoff',
  breaker: 'a circuit breaker',
  bulkhead: 'a bulkhead',
  fallback: 'a fallback',
  idempotent: 'an idempotency guarantee',
};

const OWNERSHIP_WORDS: Readonly<Record<DataOwnership, string>> = {
  'one-service-per-database': 'no database is used by more than one service',
  'every-service-owns-a-database': 'every service that stores data has a database of its own',
  'same-context': 'every database sits in the bounded context of the services that use it',
};

/** The sentence the UI shows for `check`. */
export function describeCheck(check: Check): string {
  if (check.label !== undefined) return check.label;
  if ('all' in check) return check.all.map(describeCheck).join('; ');
  if ('any' in check) return `one of: ${check.any.map(describeCheck).join(' — or — ')}`;
  if ('not' in check) return `not: ${describeCheck(check.not)}`;
  if ('finding' in check) return describeFinding(check);
  if ('link' in check) return describeLink(check);
  if ('node' in check) return describeNode(check);
  if ('route' in check) return describeRoute(check);
  if ('decision' in check) return describeDecision(check);
  if ('groups' in check) return describeGroups(check);
  if ('dataOwnership' in check) return capitalise(OWNERSHIP_WORDS[check.dataOwnership]);
  if ('saga' in check) return describeSaga(check);
  return describeSimulation(check);
}

/** "a circuit breaker and a timeout". */
export function describePolicies(policies: readonly LinkPolicy[]): string {
  return listNames(policies.map((p) => POLICY_WORDS[p]), policies.length);
}

function describeFinding({ finding }: FindingCheck): string {
  const title = getRule(finding.rule)?.title ?? finding.rule;
  const on = finding.on === undefined ? '' : ` on ${finding.on}`;
  return finding.expect === 'absent' ? `No “${title}” finding${on}` : `A “${title}” finding${on}`;
}

function describeLink({ link }: LinkCheck): string {
  const what = link.kind === undefined ? 'link' : link.kind === 'sync' ? 'sync call' : link.kind === 'async' ? 'async link' : 'data link';
  const ends = `${link.from === undefined ? '' : ` from ${selectorWords(link.from)}`}${link.to === undefined ? '' : ` to ${selectorWords(link.to)}`}`;
  const has = link.has ? ` with ${describePolicies(link.has)}` : '';
  if (typeof link.from === 'string' && typeof link.to === 'string' && link.count === undefined && !link.every) {
    // The common case reads as a statement about one arrow: "order-service → payment-service has a timeout".
    const arrow = `${selectorWords(link.from)} → ${selectorWords(link.to)}`;
    return link.has ? `${arrow} has ${describePolicies(link.has)}` : capitalise(`${withArticle(what)} ${arrow}`);
  }
  if (link.every) return `Every ${what}${ends} has ${link.has ? describePolicies(link.has) : 'a match'}`;
  return capitalise(counted(link.count, what) + ends + has);
}

function describeNode({ node }: NodeCheck): string {
  const kind = node.kind ?? 'node';
  const named = node.id !== undefined ? ` “${node.id}”` : node.name !== undefined ? ` named “${node.name}”` : '';
  const props = [
    node.legacy === true ? 'legacy' : node.legacy === false ? 'not legacy' : '',
    node.grouped === true ? 'in a bounded context' : node.grouped === false ? 'outside any bounded context' : '',
    node.replicas ? `with replicas ${describeRange(node.replicas)}` : '',
    node.healthChecks === true ? 'with liveness and readiness checks' : node.healthChecks === false ? 'without both health checks' : '',
  ].filter(Boolean);
  return capitalise(`${counted(node.count, kind)}${named}${props.length > 0 ? ` ${props.join(', ')}` : ''}`);
}

function describeRoute({ route }: RouteCheck): string {
  const gateway = route.gateway ?? 'the gateway';
  const prefix = route.prefix === undefined ? 'a path prefix' : route.prefix;
  const share = route.share ? ` with ${describeRange(route.share, 'ratio')} of its traffic` : '';
  return capitalise(`${gateway} routes ${prefix} to ${route.to}${share}`);
}

function describeDecision({ decision }: DecisionCheck): string {
  const parts: string[] = [];
  if (decision.answered) parts.push(`decision questions answered ${describeRange(decision.answered)}`);
  if (decision.verdict !== undefined) {
    const verdicts = (Array.isArray(decision.verdict) ? decision.verdict : [decision.verdict]).map((v) => `“${VERDICT_LABELS[v]}”`);
    parts.push(`the decision framework says ${verdicts.join(' or ')}`);
  }
  return capitalise(parts.join(', and '));
}

function describeGroups({ groups }: GroupsCheck): string {
  const min = groups.minServices ?? 1;
  const members = min === 0 ? '' : ` with ${min === 1 ? 'a service' : `${min} services`} each`;
  return capitalise(`${counted(groups.count, 'bounded context')}${members}`);
}

function describeSaga({ saga }: SagaCheck): string {
  const by = saga.orchestrator === undefined ? '' : ` run by ${saga.orchestrator}`;
  const over = saga.services ? ` over ${listNames(saga.services, saga.services.length)}` : '';
  const steps = saga.steps ? ` with ${describeRange(saga.steps)} steps` : '';
  const compensated = saga.compensated === true ? ', every step but the last with a compensation' : '';
  return `A saga${by}${over}${steps}${compensated}`;
}

function describeSimulation({ simulation }: SimulationCheck): string {
  const { scenario } = simulation;
  const faults = (scenario.faults ?? []).map((f) => `${f.target} ${f.kind} from ${seconds(f.fromMs)} to ${seconds(f.toMs)}`);
  const when = faults.length > 0 ? `With ${listNames(faults, faults.length)}` : `Under “${scenario.name}”`;
  return `${when}: ${simulation.expect.map(describeExpectation).join('; ')}`;
}

/** One simulation expectation in words: "web-app's success ratio ≥ 95%". */
export function describeExpectation(e: Expectation): string {
  const parts: string[] = [];
  const add = (what: string, range: Range | undefined, unit: Unit) => {
    if (range) parts.push(`${what} ${describeRange(range, unit)}`);
  };
  if ('entry' in e) {
    add(`${e.entry}’s success ratio`, e.availability, 'ratio');
    add(`${e.entry}’s degraded answers`, e.degradedRatio, 'ratio');
    add(`${e.entry}’s p99 latency`, e.p99Ms, 'ms');
    add(`requests stuck at ${e.entry}`, e.stuck, 'count');
  } else if ('node' in e) {
    add(`${e.node}’s share of the traffic`, e.share, 'ratio');
    add(`${e.node}’s longest queue`, e.queueMax, 'count');
    add(`${e.node}’s failure ratio`, e.failureRatio, 'ratio');
    add(`${e.node}’s utilisation`, e.utilization, 'ratio');
  } else if ('link' in e) {
    const arrow = `${e.link.from} → ${e.link.to}`;
    add(`breaker openings on ${arrow}`, e.breakerOpenings, 'count');
    add(`fallbacks on ${arrow}`, e.fallbacks, 'count');
    add(`the backlog on ${arrow}`, e.maxBacklog, 'count');
    add(`failed calls on ${arrow}`, e.failureRatio, 'ratio');
  } else {
    const m = e.messages;
    add('messages published', m.published, 'count');
    add('the deepest message backlog', m.maxBacklog, 'count');
    add('messages still queued at the end', m.pending, 'count');
    add('messages that failed', m.failed, 'count');
    add('the longest message lag', m.maxLagMs, 'ms');
  }
  return parts.length > 0 ? parts.join(', ') : 'the run completes';
}

function selectorWords(selector: NodeSelector): string {
  return describeSelector(selector);
}

/** "a sync call", "an async link", "no node", "at least 3 services". */
function counted(count: Range | undefined, noun: string): string {
  const { min = 1, max } = count ?? {};
  const q = quantity(count);
  if (q === 'a') return withArticle(noun);
  const singular = max === 0 || max === 1 || (max === undefined && min <= 1);
  return `${q} ${singular ? noun : `${noun}s`}`;
}

function withArticle(noun: string): string {
  return `${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}`;
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
