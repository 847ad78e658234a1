/**
 * Keeps the current step's check up to date in the teaching store.
 *
 * Structural checks (links, nodes, findings, the decision) re-run a moment after every model change —
 * debounced, so a drag costs one evaluation at its end. A check that runs a simulation runs on demand
 * (the "Check" button): its scenarios run in the simulation worker with progress, then the check is
 * evaluated against those results; a model change afterwards marks the result out of date. Once a
 * step's check has passed, the step stays done (the learner may carry on editing).
 */
import { useCallback, useEffect, useRef } from 'react';
import { evaluateCheck, needsSimulation, type CheckContext, type CheckResult, type LessonStep } from '../../core/teaching/index.ts';
import type { Model } from '../../core/model/index.ts';
import { simulate as simulateInProcess, type Scenario, type SimResult } from '../../core/sim/index.ts';
import type { EditorStore } from '../../store/editor-store.ts';
import { useEditor, useEditorStore, useServices } from '../../store/StoreProvider.tsx';
import { markStepPassed, teachingStoreFor } from '../../store/teaching.ts';
import { isAbortError } from '../../workers/sim-client.ts';

/** How long after the last edit a live check re-runs. */
export const LIVE_CHECK_DELAY_MS = 250;

/** Thrown from `ctx.simulate` when a scenario has not been run yet: evaluation stops and the run starts. */
class NeedsRun extends Error {
  constructor(readonly scenario: Scenario) {
    super('simulation needed');
  }
}

const scenarioKey = (scenario: Scenario) => JSON.stringify(scenario);

/** Evaluates `step`'s check on the editor's model now (structural checks), with the live analysis when current. */
export function evaluateNow(store: EditorStore, step: LessonStep, simulate?: CheckContext['simulate']): CheckResult {
  const { model, analysis, version } = store.getState();
  return evaluateCheck(step.check, {
    model,
    ...(analysis && analysis.version === version ? { analysis } : {}),
    ...(simulate ? { simulate } : {}),
  });
}

function record(store: EditorStore, step: LessonStep, result: CheckResult, modelVersion: number): void {
  teachingStoreFor(store).getState().setCheck({ stepId: step.id, status: result.passed ? 'passed' : 'failed', result, progress: 1, error: null, modelVersion });
  if (result.passed) markStepPassed(store, step.id);
}

/** Runs the current step's check: live for structural checks; returns `run` for on-demand ones. */
export function useStepCheck(step: LessonStep | undefined): { onDemand: boolean; run: () => void; cancel: () => void } {
  const store = useEditorStore();
  const { simulator } = useServices();
  const version = useEditor((s) => s.version);
  const onDemand = step ? needsSimulation(step.check) : false;
  const lastStep = useRef<string | null>(null);
  const controller = useRef<AbortController | null>(null);

  // Live checks: at once on a new step, then a moment after each edit.
  useEffect(() => {
    if (!step || onDemand) return;
    const first = lastStep.current !== step.id;
    lastStep.current = step.id;
    const timer = setTimeout(() => {
      const v = store.getState().version;
      try {
        record(store, step, evaluateNow(store, step), v);
      } catch (error) {
        teachingStoreFor(store).getState().setCheck({ stepId: step.id, status: 'error', result: null, progress: 0, error: message(error), modelVersion: v });
      }
    }, first ? 0 : LIVE_CHECK_DELAY_MS);
    return () => clearTimeout(timer);
  }, [store, step, onDemand, version]);

  // On-demand checks: a new step starts idle; an edit makes a finished result out of date.
  useEffect(() => {
    if (!step || !onDemand) return;
    const teaching = teachingStoreFor(store);
    const current = teaching.getState().check;
    if (lastStep.current !== step.id || !current || current.stepId !== step.id) {
      lastStep.current = step.id;
      controller.current?.abort();
      teaching.getState().setCheck({ stepId: step.id, status: 'idle', result: null, progress: 0, error: null, modelVersion: version });
      return;
    }
    if (current.modelVersion !== version && current.status !== 'idle') {
      controller.current?.abort();
      teaching.getState().setCheck({ ...current, status: 'idle', progress: 0, modelVersion: version });
    }
  }, [store, step, onDemand, version]);

  useEffect(() => () => controller.current?.abort(), []);

  const run = useCallback(() => {
    if (!step) return;
    controller.current?.abort();
    const abort = new AbortController();
    controller.current = abort;
    const teaching = teachingStoreFor(store);
    const { model, version: v } = store.getState();
    const runs = new Map<string, SimResult>();
    const set = (patch: { status: 'checking'; progress: number }) =>
      teaching.getState().setCheck({ stepId: step.id, result: teaching.getState().check?.result ?? null, error: null, modelVersion: v, ...patch });
    set({ status: 'checking', progress: 0 });

    const simulate = (m: Model, scenario: Scenario): SimResult => {
      const found = m === model ? runs.get(scenarioKey(scenario)) : undefined;
      if (found) return found;
      throw new NeedsRun(scenario);
    };

    const finish = (result: CheckResult) => {
      if (abort.signal.aborted) return;
      controller.current = null;
      record(store, step, result, v);
    };
    const fail = (error: unknown) => {
      if (abort.signal.aborted || isAbortError(error)) return;
      controller.current = null;
      teaching.getState().setCheck({ stepId: step.id, status: 'error', result: null, progress: 0, error: message(error), modelVersion: v });
    };

    // Evaluate; each scenario not yet run stops the evaluation, runs (off the main thread), and the
    // evaluation starts again with its result. A model needs one pass per distinct scenario, plus one.
    let done = 0;
    const pass = async (): Promise<void> => {
      for (;;) {
        if (abort.signal.aborted) return;
        let needed: Scenario;
        try {
          return finish(evaluateCheck(step.check, { model, simulate }));
        } catch (error) {
          if (!(error instanceof NeedsRun)) throw error;
          needed = error.scenario;
        }
        const fraction = (f: number) => set({ status: 'checking', progress: Math.min(0.99, (done + f) / (done + 1)) });
        let result: SimResult;
        if (simulator) {
          try {
            result = await simulator.run(model, needed, { signal: abort.signal, onProgress: fraction });
          } catch (error) {
            if (abort.signal.aborted || isAbortError(error)) return;
            // The scenario cannot run on this model (or the worker failed): the evaluation explains it in-process.
            return finish(evaluateCheck(step.check, { model }));
          }
        } else {
          // Without a worker the page runs it in-process (same code, same result), after showing "Checking…".
          await new Promise((resolve) => setTimeout(resolve, 0));
          if (abort.signal.aborted) return;
          try {
            result = simulateInProcess(model, needed);
          } catch {
            return finish(evaluateCheck(step.check, { model }));
          }
        }
        runs.set(scenarioKey(needed), result);
        done++;
        fraction(0);
      }
    };
    pass().catch(fail);
  }, [store, simulator, step]);

  const cancel = useCallback(() => {
    controller.current?.abort();
    controller.current = null;
    const teaching = teachingStoreFor(store);
    const current = teaching.getState().check;
    if (current?.status === 'checking') teaching.getState().setCheck({ ...current, status: 'idle', progress: 0 });
  }, [store]);

  return { onDemand, run, cancel };
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
