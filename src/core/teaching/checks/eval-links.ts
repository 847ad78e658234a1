/** The `link` check: links between selected nodes, of a kind, with the resilience policies asked for. */
import type { Link, Model } from '../../model/types.ts';
import { listNames } from '../../rules/text.ts';
import { describeSelector, nodeLabel, selectedIds, selectNodes, type NodeSelector } from '../refs.ts';
import { describePolicies } from './describe.ts';
import { fail, pass, type Outcome } from './outcome.ts';
import { AT_LEAST_ONE, inRange } from './range.ts';
import type { LinkCheck, LinkPolicy } from './schema.ts';

const POLICY_NOUNS: Readonly<Record<LinkPolicy, string>> = {
  timeout: 'timeout',
  retry: 'retry',
  backoff: 'exponential backoff',
  breaker: 'circuit breaker',
  bulkhead: 'bulkhead',
  fallback: 'fallback',
  idempotent: 'idempotency guarantee',
};

/** The policies of `wanted` that `link` lacks (a non-sync link has none of them). */
export function missingPolicies(link: Link, wanted: readonly LinkPolicy[]): LinkPolicy[] {
  if (link.kind !== 'sync') return [...wanted];
  return wanted.filter((policy) => {
    switch (policy) {
      case 'timeout':
        return link.timeoutMs === undefined;
      case 'retry':
        return (link.retry?.attempts ?? 1) <= 1;
      case 'backoff':
        return link.retry?.backoff !== 'exponential';
      case 'breaker':
        return link.circuitBreaker === undefined;
      case 'bulkhead':
        return link.bulkhead === undefined;
      case 'fallback':
        return link.fallback === undefined;
      case 'idempotent':
        return link.idempotent !== true;
    }
  });
}

/** "order-service → payment-service", by node names. */
export function arrow(model: Model, link: Link): string {
  const name = (id: string) => {
    const node = model.nodes.find((n) => n.id === id);
    return node ? nodeLabel(node) : id;
  };
  return `${name(link.from)} → ${name(link.to)}`;
}

/** Evaluates a `link` check. */
export function evaluateLink({ link: spec }: LinkCheck, model: Model): Outcome {
  const from = selectedIds(model, spec.from);
  const to = selectedIds(model, spec.to);
  const matching = model.links.filter((l) => (!from || from.has(l.from)) && (!to || to.has(l.to)) && (spec.kind === undefined || l.kind === spec.kind));
  const wanted = spec.has ?? [];
  const complete = matching.filter((l) => missingPolicies(l, wanted).length === 0);
  const lacking = matching.filter((l) => missingPolicies(l, wanted).length > 0);
  const what = `${spec.kind === 'sync' ? 'sync call' : spec.kind === 'async' ? 'async link' : spec.kind === 'data' ? 'data link' : 'link'}${ends(spec.from, spec.to)}`;
  const missingEnd = unknownEnd(model, spec.from) ?? unknownEnd(model, spec.to);

  if (spec.every === true) {
    if (matching.length === 0) return fail(missingEnd ?? `There is no ${what}.`);
    if (lacking.length > 0) return fail(lackingDetail(model, lacking, wanted));
    return pass(`${listNames(matching.map((l) => arrow(model, l)))} ${matching.length === 1 ? 'has' : 'all have'} ${describePolicies(wanted)}.`);
  }

  const count = spec.count ?? AT_LEAST_ONE;
  const n = complete.length;
  if (inRange(n, count)) {
    if (n === 0) return pass(`There is no ${what}${wanted.length > 0 ? ` with ${describePolicies(wanted)}` : ''}.`);
    return pass(`${listNames(complete.map((l) => arrow(model, l)))}${wanted.length > 0 ? ` ${n === 1 ? 'has' : 'have'} ${describePolicies(wanted)}` : ` ${n === 1 ? 'is' : 'are'} there`}.`);
  }
  if (count.min !== undefined && n < count.min) {
    if (lacking.length > 0 && wanted.length > 0) return fail(lackingDetail(model, lacking, wanted));
    if (n === 0) return fail(missingEnd ?? `There is no ${what}.`);
    return fail(`Only ${n} found (${listNames(complete.map((l) => arrow(model, l)))}); ${count.min} needed.`);
  }
  return fail(`Still there: ${listNames(complete.map((l) => arrow(model, l)))}.`);
}

function lackingDetail(model: Model, lacking: readonly Link[], wanted: readonly LinkPolicy[]): string {
  const parts = lacking.slice(0, 3).map((l) => `${arrow(model, l)} has ${missingPolicies(l, wanted).map((p) => `no ${POLICY_NOUNS[p]}`).join(' and ')}`);
  const more = lacking.length > 3 ? ` (and ${lacking.length - 3} more)` : '';
  return `${parts.join('; ')}${more}.`;
}

function ends(from: NodeSelector | undefined, to: NodeSelector | undefined): string {
  return `${from === undefined ? '' : ` from ${describeSelector(from)}`}${to === undefined ? '' : ` to ${describeSelector(to)}`}`;
}

/** "There is no node “order-service” yet." when a named end matches nothing. */
function unknownEnd(model: Model, selector: NodeSelector | undefined): string | undefined {
  if (selector === undefined || selectNodes(model, selector).length > 0) return undefined;
  return typeof selector === 'string' ? `There is no node “${selector}” yet.` : `There is no ${selector.kind} yet.`;
}
