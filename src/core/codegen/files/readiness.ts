import { constant, lines } from '../text.ts';
import { header } from './header.ts';

/** src/health/readiness.ts: the readiness report. */
export const renderReadiness = constant(() =>
  lines(
    header('Readiness.'),
    "import { breakerStates, type BreakerReport } from '../resilience/breakers.js';",
    "import type { CheckResult } from './checks.js';",
    "import { datastoreChecks } from './datastores.js';",
    '',
    'export interface ReadinessReport {',
    "  readonly status: 'ready' | 'not_ready';",
    '  readonly checks: Readonly<Record<string, CheckResult>>;',
    '  readonly breakers: readonly BreakerReport[];',
    '  /** Links whose circuit is not closed. */',
    '  readonly openBreakers: readonly string[];',
    '}',
    '',
    '/**',
    ' * Ready when every datastore check passes. Open breakers are reported but do not make the service',
    ' * unready: it can still answer (degraded), and failing readiness because a dependency is down would',
    ' * take this service out too and spread the outage the breaker exists to contain.',
    ' */',
    'export async function readiness(): Promise<ReadinessReport> {',
    '  const entries = await Promise.all(Object.entries(datastoreChecks).map(async ([name, check]) => [name, await check()] as const));',
    '  const breakers = breakerStates();',
    '  return {',
    "    status: entries.every(([, result]) => result.ok) ? 'ready' : 'not_ready',",
    '    checks: Object.fromEntries(entries),',
    '    breakers,',
    "    openBreakers: breakers.filter((b) => b.state !== 'closed').map((b) => b.link),",
    '  };',
    '}',
  ),
);
