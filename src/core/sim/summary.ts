/** Whole-run figures for the summary: per node, per link, messages, retries, and the blast radius. */
import { DEGRADED_NODE_THRESHOLD } from './constants.ts';
import type { Compiled } from './compile.ts';
import type { Engine } from './engine.ts';
import { ASYNC } from './runtime.ts';
import { FAILURE_CAUSES } from './types.ts';
import type { EntrySummary, FailureCause, LinkSummary, MessageSummary, NodeSummary, SimSummary } from './types.ts';

const LINK_KINDS = ['sync', 'async', 'data'] as const;

function causes(read: (k: number) => number): { total: number; byCause: Record<FailureCause, number> } {
  const byCause = {} as Record<FailureCause, number>;
  let total = 0;
  FAILURE_CAUSES.forEach((cause, k) => {
    byCause[cause] = read(3 + k);
    total += byCause[cause];
  });
  return { total, byCause };
}

/** Builds the summary from a finished engine. */
export function summarize(c: Compiled, engine: Engine, entries: EntrySummary[]): SimSummary {
  const { nodesT, linksT } = engine;
  const links: LinkSummary[] = c.links.map((l) => {
    const i = l.index;
    const failures = causes((k) => linksT.total(i, k));
    const attempts = l.kind === ASYNC ? linksT.total(i, 0) : l.attempts;
    const calls = l.kind === ASYNC ? linksT.total(i, 0) : l.calls;
    return {
      id: l.id,
      kind: LINK_KINDS[l.kind]!,
      calls,
      attempts,
      amplification: calls === 0 ? 1 : attempts / calls,
      successes: linksT.total(i, 1),
      failures: failures.total,
      failuresByCause: failures.byCause,
      fallbacks: l.fallbacks,
      breakerOpenings: l.breakerOpenings,
      delivered: l.delivered,
      meanLagMs: l.delivered === 0 ? 0 : l.lagSum / l.delivered,
      maxLagMs: l.lagMax,
      maxBacklog: l.maxBacklog,
    };
  });

  // A subscriber is degraded when its messages were late.
  const lateConsumer = new Set<number>();
  for (const l of c.links) if (l.kind === ASYNC && l.delivered + l.backlog.length > 0 && (l.delayed + l.backlog.length + l.messagesFailed) / (l.delivered + l.backlog.length) > DEGRADED_NODE_THRESHOLD) lateConsumer.add(l.to.index);

  const nodes: NodeSummary[] = c.nodes.map((n) => {
    const i = n.index;
    const arrivals = nodesT.total(i, 0);
    const successes = nodesT.total(i, 1);
    const degraded = nodesT.total(i, 2);
    const failures = causes((k) => nodesT.total(i, k));
    const levels = nodesT.meanLevels(i);
    const stuck = n.busy + n.queue.length;
    const bad = failures.total + n.unanswered + degraded + stuck;
    return {
      id: n.id,
      arrivals,
      successes,
      degraded,
      failures: failures.total,
      failuresByCause: failures.byCause,
      unanswered: n.unanswered,
      stuck,
      meanLatencyMs: successes === 0 ? 0 : n.latencySum / successes,
      p99Ms: nodesT.wholeQuantile(i, 0.99),
      meanQueueWaitMs: n.started === 0 ? 0 : n.queueWaitSum / n.started,
      utilization: Number.isFinite(n.slots) ? levels.busy / n.slots : 0,
      meanInSystem: levels.busy + levels.queue,
      maxQueue: n.maxQueue,
      degradedNode: (arrivals > 0 && bad / arrivals > DEGRADED_NODE_THRESHOLD) || lateConsumer.has(i),
    };
  });

  let retryCalls = 0;
  let retryAttempts = 0;
  for (const l of c.links) {
    if (l.maxAttempts <= 1) continue;
    retryCalls += l.calls;
    retryAttempts += l.attempts;
  }

  const messages: MessageSummary = { published: 0, delivered: 0, failed: 0, delayed: 0, pending: 0, maxBacklog: 0, meanLagMs: 0, maxLagMs: 0 };
  let lagSum = 0;
  for (const l of c.links) {
    if (l.kind !== ASYNC) continue;
    const consumed = l.to.consumes.includes(l);
    // Into a broker a message counts once stored (acknowledged); on a direct link, once sent.
    if (!l.from.isBroker) messages.published += l.to.isBroker ? linksT.total(l.index, 1) : linksT.total(l.index, 0);
    if (!consumed) continue;
    messages.delivered += l.delivered;
    messages.failed += l.messagesFailed;
    messages.delayed += l.delayed;
    messages.pending += l.backlog.length + l.inflight;
    messages.maxBacklog = Math.max(messages.maxBacklog, l.maxBacklog);
    messages.maxLagMs = Math.max(messages.maxLagMs, l.lagMax);
    lagSum += l.lagSum;
  }
  messages.meanLagMs = messages.delivered === 0 ? 0 : lagSum / messages.delivered;

  return {
    requests: entries.reduce((sum, e) => sum + e.requests, 0),
    entries,
    nodes,
    links,
    blastRadius: nodes.filter((n) => n.degradedNode).map((n) => n.id),
    retryAmplification: retryCalls === 0 ? 1 : retryAttempts / retryCalls,
    messages,
    breakerOpenings: c.links.reduce((sum, l) => sum + l.breakerOpenings, 0),
  };
}
