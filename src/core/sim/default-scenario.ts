/** The scenario a model gets when it has none: steady load on every entry point for a minute. */
import type { Model } from '../model/types.ts';
import { DEFAULT_SEED } from './constants.ts';
import type { Scenario } from './types.ts';

/** Requests per second each entry point receives in the default scenario. */
export const DEFAULT_RATE_PER_SECOND = 50;
export const DEFAULT_DURATION_MS = 60_000;

/**
 * Where traffic enters: the clients that call something; failing that, gateways no one calls; failing
 * that, services nothing calls or feeds events to (the roots of the dependency graph) that do call out.
 */
export function entryPoints(model: Model): string[] {
  const callsOut = new Set<string>();
  const called = new Set<string>();
  for (const link of model.links) {
    if (link.kind === 'sync' || link.kind === 'data') callsOut.add(link.from);
    if (link.kind !== 'data') called.add(link.to);
  }
  const clients = model.nodes.filter((n) => n.kind === 'client' && callsOut.has(n.id));
  if (clients.length > 0) return clients.map((n) => n.id);
  const gateways = model.nodes.filter((n) => n.kind === 'gateway' && !called.has(n.id));
  if (gateways.length > 0) return gateways.map((n) => n.id);
  return model.nodes.filter((n) => n.kind === 'service' && !called.has(n.id) && callsOut.has(n.id)).map((n) => n.id);
}

/** Steady load on every entry point, no faults. */
export function defaultScenario(model: Model, opts: { durationMs?: number; ratePerSecond?: number; seed?: number } = {}): Scenario {
  return {
    name: 'steady load',
    durationMs: opts.durationMs ?? DEFAULT_DURATION_MS,
    seed: opts.seed ?? DEFAULT_SEED,
    load: entryPoints(model).map((entry) => ({ entry, ratePerSecond: opts.ratePerSecond ?? DEFAULT_RATE_PER_SECOND })),
    faults: [],
  };
}
