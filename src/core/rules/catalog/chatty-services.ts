import { NODE } from '../context.ts';
import type { FindingDraft, RuleContext } from '../context.ts';
import type { Finding, QuickFix, Rule } from '../types.ts';
import { formatCount, listNames } from '../text.ts';
import { updateSyncLinks } from '../fixes/edit.ts';
import { insertBrokerFix } from '../fixes/insert-broker.ts';

// Kind and policy codes as module constants: hot loops compare plain numbers, not object properties.
const NODE_GATEWAY = NODE.gateway;

/** How many calls per request a request path may make in total, as a multiple of the pair threshold. */
export const PATH_FACTOR = 4;
/** Call totals grow with the number of paths, which can be exponential; cap them to stay finite. */
const CAP = 1_000_000_000;
const CAPPED = formatCount(CAP, CAP);

const batchFix: QuickFix = {
  label: 'Batch into one call per request',
  appliesTo: (f) => f.data?.['kind'] === 'pair' && f.links.length <= Number(f.data['limit']),
  apply: (model, finding) => updateSyncLinks(model, new Set(finding.links), (link) => ({ ...link, callsPerRequest: 1 })),
};

/**
 * Two checks, both on sync calls (callsPerRequest defaults to 1):
 * - `pair`: the calls from one service to another add up to more than the threshold per request;
 * - `path`: one request entering at a gateway or an uncalled service fans out into more than
 *   PATH_FACTOR × threshold calls in total (each call's callee's calls multiplied by its count).
 */
export const chattyServices: Rule = {
  id: 'chatty-services',
  title: 'Chatty services',
  defaultSeverity: 'warning',
  defaultThreshold: 5,
  thresholdMeaning: `calls per request between two services; more is flagged (and a request path over ${PATH_FACTOR} × this in total)`,
  explanation:
    'Services exchange many calls to serve one request. Every call pays network latency, serialisation and ' +
    'a chance to fail, so a design that needs dozens of round trips per request is slow at the best of ' +
    'times and fragile under load. Batch the calls, let the caller own or cache the data it keeps asking ' +
    'for, or redraw the boundary so the conversation happens inside one service.',
  pattern: { name: 'Decompose by business capability', catalogueSection: 'Service Decomposition Patterns › Pattern 1: By Business Capability' },
  never: 'Chatty Services: Too many inter-service calls = latency death',
  quickFix: batchFix,
  alternativeFixes: [{ ...insertBrokerFix, appliesTo: (f) => f.data?.['kind'] === 'pair' }],
  check(ctx) {
    const { threshold, emit } = ctx.use(chattyServices);
    const findings: Finding[] = [];
    const calls = callsPerSlot(ctx);
    pairs(ctx, calls, threshold, (f) => findings.push(emit(f)));
    paths(ctx, calls, threshold * PATH_FACTOR, (f) => findings.push(emit(f)));
    return findings;
  },
};

type Push = (draft: FindingDraft) => void;

/** Calls per request of each sync-graph slot. */
function callsPerSlot(ctx: RuleContext): Float64Array {
  const { edges } = ctx.sync;
  const perLink = ctx.policy.calls;
  const calls = new Float64Array(edges.length);
  for (let s = 0; s < edges.length; s++) calls[s] = perLink[edges[s]!]!;
  return calls;
}

function pairs(ctx: RuleContext, calls: Float64Array, limit: number, push: Push): void {
  const { n, offsets, targets, edges } = ctx.sync;
  const owner = new Int32Array(n).fill(-1);
  const sum = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const first = offsets[v]!;
    const end = offsets[v + 1]!;
    for (let s = first; s < end; s++) {
      const w = targets[s]!;
      if (owner[w] !== v) {
        owner[w] = v;
        sum[w] = 0;
      }
      sum[w]! += calls[s]!;
    }
    let flagged: Map<number, string[]> | undefined;
    for (let s = first; s < end; s++) {
      const w = targets[s]!;
      if (w === v || sum[w]! <= limit) continue;
      flagged ??= new Map();
      const list = flagged.get(w) ?? [];
      list.push(ctx.linkIds[edges[s]!]!);
      flagged.set(w, list);
    }
    for (const [w, links] of flagged ?? []) {
      push({
        message: `${ctx.label(v)} calls ${ctx.label(w)} ${sum[w]} times per request (more than ${limit}): batch the calls or keep the data ${ctx.label(v)} needs closer to it.`,
        nodes: [ctx.nodeIds[v]!, ctx.nodeIds[w]!],
        links,
        data: { kind: 'pair', calls: sum[w]!, limit },
      });
    }
  }
}

function paths(ctx: RuleContext, calls: Float64Array, limit: number, push: Push): void {
  const g = ctx.sync;
  const { comp, members, start, count } = ctx.syncScc;
  const total = new Float64Array(g.n);
  const leaving = new Float64Array(g.n);
  const inDegree = new Int32Array(g.n);
  for (let s = 0; s < g.targets.length; s++) inDegree[g.targets[s]!]!++;
  // Components sinks first, so every callee's total is known. Inside a cycle, count one hop (as the
  // chain rules do): the real number is unbounded, and the cycle has its own rule.
  for (let c = 0; c < count; c++) {
    for (let i = start[c]!; i < start[c + 1]!; i++) {
      const v = members[i]!;
      let t = 0;
      for (let s = g.offsets[v]!; s < g.offsets[v + 1]!; s++) {
        const w = g.targets[s]!;
        if (comp[w] !== c) t += calls[s]! * (1 + total[w]!);
      }
      leaving[v] = Math.min(t, CAP);
    }
    for (let i = start[c]!; i < start[c + 1]!; i++) {
      const v = members[i]!;
      let t = leaving[v]!;
      for (let s = g.offsets[v]!; s < g.offsets[v + 1]!; s++) {
        const w = g.targets[s]!;
        if (comp[w] === c && w !== v) t += calls[s]! * (1 + leaving[w]!);
      }
      total[v] = Math.min(t, CAP);
    }
  }
  const owner = new Int32Array(g.n).fill(-1);
  for (let v = 0; v < g.n; v++) {
    const entry = inDegree[v] === 0 || ctx.nodeKind[v] === NODE_GATEWAY;
    if (!entry || total[v]! <= limit) continue;
    const callees: number[] = [];
    const links: string[] = [];
    for (let s = g.offsets[v]!; s < g.offsets[v + 1]!; s++) {
      const w = g.targets[s]!;
      links.push(ctx.linkIds[g.edges[s]!]!);
      if (owner[w] === v) continue;
      owner[w] = v;
      callees.push(w);
    }
    const names = callees.map((w) => ctx.label(w));
    push({
      message: `One request to ${ctx.label(v)} makes ${total[v]! >= CAP ? CAPPED : formatCount(total[v]!, CAP)} synchronous calls in total through ${listNames(names)} (more than ${limit}): latency death by round trips.`,
      nodes: [ctx.nodeIds[v]!, ...callees.map((w) => ctx.nodeIds[w]!)],
      links,
      data: { kind: 'path', calls: total[v]!, limit },
    });
  }
}
