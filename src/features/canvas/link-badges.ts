import type { Link } from '../../core/model/index.ts';
import { assertNever } from '../../core/model/index.ts';

export interface LinkBadge {
  key: string;
  label: string;
  title: string;
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${+(ms / 1000).toFixed(1)}s` : `${ms}ms`;
}

/** The short badges a link shows on the canvas: its policies, its event, its access mode. */
export function linkBadges(link: Link): LinkBadge[] {
  switch (link.kind) {
    case 'sync': {
      const badges: LinkBadge[] = [];
      if (link.protocol === 'grpc') badges.push({ key: 'grpc', label: 'gRPC', title: 'gRPC call' });
      if (link.timeoutMs !== undefined) badges.push({ key: 'timeout', label: `◷ ${seconds(link.timeoutMs)}`, title: `Timeout ${link.timeoutMs} ms` });
      if (link.retry) badges.push({ key: 'retry', label: `↻ ${link.retry.attempts}`, title: `Retry: ${link.retry.attempts} attempts, ${link.retry.backoff} backoff` });
      if (link.circuitBreaker) {
        const cb = link.circuitBreaker;
        badges.push({ key: 'breaker', label: 'CB', title: `Circuit breaker: opens after ${cb.failureThreshold} failures, retries after ${seconds(cb.recoveryTimeoutMs)}, closes after ${cb.successThreshold} successes` });
      }
      if (link.bulkhead) badges.push({ key: 'bulkhead', label: `▥ ${link.bulkhead.maxConcurrent}`, title: `Bulkhead: at most ${link.bulkhead.maxConcurrent} calls in flight` });
      if (link.fallback) badges.push({ key: 'fallback', label: 'fallback', title: `Fallback: ${link.fallback}` });
      if ((link.callsPerRequest ?? 1) > 1) badges.push({ key: 'calls', label: `×${link.callsPerRequest}`, title: `${link.callsPerRequest} calls per request` });
      return badges;
    }
    case 'async':
      return link.event || link.topic ? [{ key: 'event', label: link.event ?? link.topic ?? '', title: `Event ${link.event ?? ''}${link.topic ? ` on topic ${link.topic}` : ''}` }] : [];
    case 'data':
      return link.access && link.access !== 'read-write' ? [{ key: 'access', label: link.access, title: `${link.access} access` }] : [];
    default:
      return assertNever(link, 'link');
  }
}
