/**
 * What a check is evaluated against, and what it answers. A `Session` memoises the expensive parts for
 * one evaluation — the rules analysis and simulation runs — so an `all` of several checks analyses once.
 */
import type { Model } from '../../model/types.ts';
import { analyze, type Analysis } from '../../rules/index.ts';
import { simulate as runSimulation } from '../../sim/index.ts';
import type { Scenario, SimResult } from '../../sim/index.ts';

export interface CheckContext {
  model: Model;
  /** The model's analysis when the caller already has it; computed on demand otherwise. */
  analysis?: Analysis;
  /** Runs a simulation (the UI may cache or count runs); the core simulator by default. */
  simulate?: (model: Model, scenario: Scenario) => SimResult;
}

/** The outcome of one check: pass or fail, what it asks in words, and why it passed or failed. */
export interface CheckResult {
  passed: boolean;
  /** What the check asks, for the step's checklist ("order → payment has a breaker and a timeout"). */
  description: string;
  /** What was found, phrased for the learner ("order-service → payment-service has no circuit breaker"). */
  detail: string;
  /** The results of an all / any / not's parts, in order. */
  children?: CheckResult[];
}

/** One evaluation's memo of the analysis and of simulation runs keyed by the scenario. */
export class Session {
  private analysisCache: Analysis | undefined;
  private readonly runs = new Map<string, SimResult>();

  constructor(private readonly ctx: CheckContext) {}

  get model(): Model {
    return this.ctx.model;
  }

  get analysis(): Analysis {
    this.analysisCache ??= this.ctx.analysis ?? analyze(this.ctx.model);
    return this.analysisCache;
  }

  /** The run of `scenario` on the model; throws what the simulator throws (a ScenarioError). */
  simulate(scenario: Scenario): SimResult {
    const key = JSON.stringify(scenario);
    let result = this.runs.get(key);
    if (!result) {
      result = (this.ctx.simulate ?? runSimulation)(this.ctx.model, scenario);
      this.runs.set(key, result);
    }
    return result;
  }
}
