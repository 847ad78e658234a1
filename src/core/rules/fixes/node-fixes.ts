/** Quick fixes that change one node's runtime settings. */
import type { QuickFix } from '../types.ts';
import { updateNodes } from './edit.ts';

export const addHealthChecksFix: QuickFix = {
  label: 'Add liveness and readiness checks',
  apply: (model, finding) =>
    updateNodes(model, new Set(finding.nodes.slice(0, 1)), (node) =>
      node.kind === 'service' ? { ...node, healthChecks: { liveness: true, readiness: true } } : node,
    ),
};

export const addReplicaFix: QuickFix = {
  label: 'Run a second replica',
  apply: (model, finding) =>
    updateNodes(model, new Set(finding.nodes.slice(0, 1)), (node) =>
      node.kind === 'client' ? node : { ...node, replicas: Math.max(2, node.replicas ?? 1) },
    ),
};
