/**
 * The model with every catalogue resilience policy added: for compare mode, so a class sees the same
 * outage with and without timeouts, retries, breakers and fallbacks. Policies already drawn are kept.
 */
import { DEFAULT_CIRCUIT_BREAKER, DEFAULT_FALLBACK, DEFAULT_RETRY, DEFAULT_TIMEOUT_MS } from '../model/defaults.ts';
import type { Model, NodeKind, SyncLink } from '../model/types.ts';

const CALLERS: ReadonlySet<NodeKind> = new Set(['service', 'gateway']);
const CALLEES: ReadonlySet<NodeKind> = new Set(['service', 'gateway', 'external']);

/** A copy of `model` whose sync calls between backend nodes all have a timeout, retry, breaker and fallback. */
export function recommendedPolicies(model: Model): Model {
  const kind = new Map(model.nodes.map((n) => [n.id, n.kind]));
  const links = model.links.map((link) => {
    const from = kind.get(link.from);
    const to = kind.get(link.to);
    if (link.kind !== 'sync' || from === undefined || to === undefined || !CALLERS.has(from) || !CALLEES.has(to)) return link;
    const hardened: SyncLink = {
      ...link,
      timeoutMs: link.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      retry: link.retry ?? { ...DEFAULT_RETRY },
      circuitBreaker: link.circuitBreaker ?? { ...DEFAULT_CIRCUIT_BREAKER },
      fallback: link.fallback ?? DEFAULT_FALLBACK,
    };
    return hardened;
  });
  return { ...model, links };
}
