import type { Finding, Rule } from '../types.ts';
import { addHealthChecksFix } from '../fixes/node-fixes.ts';

/** A service without both a liveness and a readiness check. */
export const missingHealthCheck: Rule = {
  id: 'missing-health-check',
  title: 'No health checks',
  defaultSeverity: 'warning',
  explanation:
    'A service has no liveness or readiness probe. Without liveness, a hung process keeps its place in ' +
    'the pool and is never restarted; without readiness, traffic reaches instances still starting up or ' +
    'cut off from their database. Every service needs both: /health/live says the process runs, ' +
    '/health/ready says it can serve.',
  pattern: { name: 'Health checks', catalogueSection: 'Health Checks' },
  quickFix: addHealthChecksFix,
  check(ctx) {
    const { emit } = ctx.use(missingHealthCheck);
    const findings: Finding[] = [];
    for (const node of ctx.nodes) {
      if (node.kind !== 'service') continue;
      const live = node.healthChecks?.liveness === true;
      const ready = node.healthChecks?.readiness === true;
      if (live && ready) continue;
      const missing = !live && !ready ? 'no liveness or readiness check' : !live ? 'no liveness check' : 'no readiness check';
      findings.push(emit({ message: `${node.name || node.id} has ${missing}.`, nodes: [node.id], links: [] }));
    }
    return findings;
  },
};
