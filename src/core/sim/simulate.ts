/** simulate(): validate the scenario, compile the model, run the engine, and package the result. */
import type { Model } from '../model/types.ts';
import { compile } from './compile.ts';
import { DEFAULT_BUCKET_MS, DEFAULT_SEED, MAX_SERIES_CELLS } from './constants.ts';
import { Engine } from './engine.ts';
import { hashResult } from './hash.ts';
import { summarize } from './summary.ts';
import type { Scenario, SimOptions, SimResult } from './types.ts';
import { ScenarioError, validateScenario } from './validate-scenario.ts';

/** Runs `scenario` on `model`: synchronous, pure, and deterministic for a given seed. Throws ScenarioError for a scenario that cannot run. */
export function simulate(model: Model, scenario: Scenario, opts: SimOptions = {}): SimResult {
  const problems = validateScenario(model, scenario);
  const requested = opts.bucketMs ?? DEFAULT_BUCKET_MS;
  if (!(Number.isInteger(requested) && requested >= 1)) problems.push({ path: ['bucketMs'], message: 'the bucket width must be a whole number of ms, at least 1' });
  if (problems.length > 0) throw new ScenarioError(scenario.name, problems);

  const seed = scenario.seed ?? DEFAULT_SEED;
  const durationMs = scenario.durationMs;
  const compiled = compile(model, scenario, seed, opts.latencyModel ?? 'lognormal');
  const widest = Math.max(1, compiled.nodes.length, compiled.links.length);
  // Keep each series table under MAX_SERIES_CELLS by widening the buckets when a big model runs long.
  const bucketMs = Math.max(Math.min(requested, durationMs), Math.ceil((durationMs * widest) / MAX_SERIES_CELLS));
  const bucketCount = Math.ceil(durationMs / bucketMs);
  const warnings = [...compiled.warnings];
  if (bucketMs > requested && requested < durationMs) warnings.push(`buckets widened to ${bucketMs} ms to keep the result small`);

  const engine = new Engine(compiled, durationMs, bucketMs, bucketCount, opts);
  engine.run();
  const { series: entries, summaries } = engine.entryT.finish();
  const partial = {
    scenario: scenario.name,
    seed,
    durationMs,
    bucketMs,
    bucketCount,
    nodes: engine.nodesT.finish(),
    links: engine.linksT.finish(),
    entries,
    breakerTransitions: engine.transitions,
    summary: summarize(compiled, engine, summaries),
    warnings: [...warnings, ...engine.warnings],
    events: engine.events,
  };
  opts.onProgress?.(1);
  return { ...partial, hash: hashResult(partial) };
}
