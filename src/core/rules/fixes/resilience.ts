/** Quick fixes on sync-call policies, with the catalogue's default parameters (model/defaults.ts). */
import { DEFAULT_CIRCUIT_BREAKER, DEFAULT_RETRY, DEFAULT_TIMEOUT_MS } from '../../model/index.ts';
import type { SyncLink } from '../../model/index.ts';
import type { QuickFix } from '../types.ts';
import { updateSyncLinks } from './edit.ts';

function withTimeout(link: SyncLink): SyncLink {
  return link.timeoutMs === undefined ? { ...link, timeoutMs: DEFAULT_TIMEOUT_MS } : link;
}

function withoutRetry(link: SyncLink): SyncLink {
  const { retry: _retry, ...rest } = link;
  return withTimeout(rest);
}

/** CircuitBreaker(5, 30, 2) plus the 5 s timeout a breaker needs to count slow calls as failures. */
export const addBreakerFix: QuickFix = {
  label: 'Add a circuit breaker and timeout (catalogue defaults)',
  apply: (model, finding) =>
    updateSyncLinks(model, new Set(finding.links), (link) =>
      withTimeout(link.circuitBreaker ? link : { ...link, circuitBreaker: { ...DEFAULT_CIRCUIT_BREAKER } }),
    ),
};

export const addTimeoutFix: QuickFix = {
  label: `Add a ${DEFAULT_TIMEOUT_MS / 1000} s timeout`,
  apply: (model, finding) => updateSyncLinks(model, new Set(finding.links), withTimeout),
};

/** Keeps the attempts, switches to wait_exponential(multiplier=1, min=2, max=10). */
export const addBackoffFix: QuickFix = {
  label: 'Use exponential backoff (2 s to 10 s)',
  apply: (model, finding) =>
    updateSyncLinks(model, new Set(finding.links), (link) =>
      link.retry
        ? {
            ...link,
            retry: {
              ...link.retry,
              backoff: 'exponential',
              minMs: link.retry.minMs ?? DEFAULT_RETRY.minMs!,
              maxMs: Math.max(link.retry.maxMs ?? DEFAULT_RETRY.maxMs!, link.retry.minMs ?? DEFAULT_RETRY.minMs!),
              multiplier: link.retry.multiplier ?? DEFAULT_RETRY.multiplier!,
            },
          }
        : link,
    ),
};

export const removeRetryFix: QuickFix = {
  label: 'Remove the retry (keep a timeout)',
  apply: (model, finding) => updateSyncLinks(model, new Set(finding.links), withoutRetry),
};

export const markIdempotentFix: QuickFix = {
  label: 'Mark the call idempotent (you add an idempotency key)',
  apply: (model, finding) => updateSyncLinks(model, new Set(finding.links), (link) => ({ ...link, idempotent: true })),
};

/**
 * Retries at one layer only: keeps the innermost retry on the path (closest to the failing service) and
 * removes the others. `finding.links` is the path in call order.
 */
export const singleLayerRetryFix: QuickFix = {
  label: 'Retry at one layer only (keep the innermost retry)',
  apply: (model, finding) => {
    const byId = new Map(model.links.map((l) => [l.id, l]));
    const retrying = finding.links.filter((id) => {
      const link = byId.get(id);
      return link?.kind === 'sync' && (link.retry?.attempts ?? 1) > 1;
    });
    return updateSyncLinks(model, new Set(retrying.slice(0, -1)), withoutRetry);
  },
};
