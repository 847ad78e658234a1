import { maxProductsTo } from '../../graph/index.ts';
import type { Finding, Rule } from '../types.ts';
import { chain, formatCount, plural } from '../text.ts';
import { singleLayerRetryFix } from '../fixes/resilience.ts';

/** Products are capped so a deep generated graph cannot overflow to Infinity. */
const CAP = 1_000_000_000;

/**
 * Nested retries: the product of retry attempts along a sync call path. Like sync-chain, the worst path
 * is reported once per connected part of the call graph (linear), with every other service over the
 * threshold listed in `data.affected`.
 */
export const retryAmplification: Rule = {
  id: 'retry-amplification',
  title: 'Retry amplification',
  defaultSeverity: 'warning',
  defaultThreshold: 10,
  thresholdMeaning: 'calls one request can make to the deepest service when every layer retries; more is flagged',
  explanation:
    'Several layers of a call path retry, and retries multiply: three layers making 3 attempts each send ' +
    '27 calls to the bottom service for every request when it struggles — a retry storm that keeps an ' +
    'overloaded service from ever recovering. Retry at one layer only, with exponential backoff, and let ' +
    'the circuit breakers of the other layers fail fast.',
  pattern: { name: 'Retry with exponential backoff', catalogueSection: 'Resilience Patterns › Retry with Exponential Backoff' },
  quickFix: singleLayerRetryFix,
  check(ctx) {
    const { threshold, emit } = ctx.use(retryAmplification);
    const g = ctx.sync;
    const perLink = ctx.policy.attempts;
    const attempts = new Float64Array(g.targets.length);
    for (let s = 0; s < attempts.length; s++) attempts[s] = perLink[g.edges[s]!]!;
    const products = maxProductsTo(g, ctx.syncScc, attempts, CAP);
    const product = products.value;
    const parts = ctx.syncParts;
    const worst = new Int32Array(parts.count).fill(-1);
    const affected: (string[] | undefined)[] = new Array<string[] | undefined>(parts.count);
    for (let v = 0; v < g.n; v++) {
      if (product[v]! <= threshold) continue;
      const part = parts.comp[v]!;
      (affected[part] ??= []).push(ctx.nodeIds[v]!);
      if (worst[part] === -1 || product[v]! > product[worst[part]!]!) worst[part] = v;
    }
    const findings: Finding[] = [];
    for (let part = 0; part < parts.count; part++) {
      const bottom = worst[part]!;
      if (bottom === -1) continue;
      const { nodes, slots } = products.path(bottom);
      const factors = slots.map((s) => attempts[s]!).filter((a) => a > 1);
      const total = formatCount(product[bottom]!, CAP);
      const over = affected[part] ?? [];
      const others = over.length - 1;
      const also = others > 0 ? ` ${plural(others, 'other service')} also ${others === 1 ? 'receives' : 'receive'} more than ${threshold}.` : '';
      findings.push(
        emit({
          message:
            `Retries multiply along ${chain(nodes.map((v) => ctx.label(v)))}: ${factors.length > 1 ? `${factors.join(' × ')} = ` : ''}${total} calls to ` +
            `${ctx.label(bottom)} per request when it fails (more than ${threshold}).${also}`,
          nodes: nodes.map((v) => ctx.nodeIds[v]!),
          links: slots.map((s) => ctx.linkIds[g.edges[s]!]!),
          data: { factor: product[bottom]!, affected: over },
        }),
      );
    }
    return findings;
  },
};
