/**
 * The app's own layout client (ELK in the module worker, cancel, grid fallback) and rules engine, run
 * in Chromium outside the UI so the benchmark can time them exactly: the page's clock, its long tasks,
 * and its frames while the worker works. Driven by bench/browser.bench.ts through `window.coreBench`.
 */
import { createLayoutEngine } from '../../../../src/workers/layout-client.ts';
import { ELK_DEADLINE_MS, MAX_ELK_NODES } from '../../../../src/core/layout/limits.ts';
import { analyze } from '../../../../src/core/rules/index.ts';
import { generateCanvasModel } from '../../model.ts';

/** Long tasks and the longest gap between frames while `work` runs: is the main thread free meanwhile? */
async function watchMainThread<T>(work: () => Promise<T>): Promise<{ value: T; ms: number; longestTask: number; longTasks: number; longestFrame: number }> {
  const tasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask' });
  let longestFrame = 0;
  let last = performance.now();
  let running = true;
  const frame = (now: number) => {
    longestFrame = Math.max(longestFrame, now - last);
    last = now;
    if (running) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const start = performance.now();
  const value = await work();
  const ms = performance.now() - start;
  running = false;
  // Long-task entries are delivered after the task: give the observer a turn.
  await new Promise((resolve) => setTimeout(resolve, 50));
  for (const entry of observer.takeRecords()) tasks.push(entry.duration);
  observer.disconnect();
  return { value, ms, longestTask: Math.max(0, ...tasks), longTasks: tasks.filter((d) => d > 50).length, longestFrame };
}

const engine = createLayoutEngine();

const coreBench = {
  /** Warms the worker up (its first start parses ELK) so a run measures layout, not the download. */
  async warmUp(): Promise<void> {
    await engine.layout(generateCanvasModel(20));
  },
  /** One layout of a generated model of `n` nodes through the app's client. */
  async layout(n: number) {
    const model = generateCanvasModel(n);
    const run = await watchMainThread(() => engine.layout(model));
    const by = n > MAX_ELK_NODES ? 'grid (too many nodes for ELK)' : run.ms >= ELK_DEADLINE_MS ? 'grid (ELK past the deadline)' : 'elk';
    return { ms: run.ms, longestTask: run.longestTask, longTasks: run.longTasks, longestFrame: run.longestFrame, by, positioned: Object.keys(run.value.positions).length };
  },
  /**
   * A newer layout request while ELK works on `n` nodes: how long until the older one is cancelled
   * (its promise settles and its worker is gone), and until the newer, small one is laid out.
   */
  async cancel(n: number, afterMs: number) {
    const older = engine.layout(generateCanvasModel(n));
    let cancelledAt = Number.NaN;
    const settled = older.then(
      () => 'finished',
      (error: unknown) => {
        cancelledAt = performance.now();
        return error instanceof Error ? error.name : String(error);
      },
    );
    await new Promise((resolve) => setTimeout(resolve, afterMs));
    const small = generateCanvasModel(20);
    const run = await watchMainThread(async () => {
      const start = performance.now();
      const newer = engine.layout(small);
      const outcome = await settled;
      await newer;
      return { start, outcome, newerDone: performance.now() };
    });
    return {
      cancelMs: cancelledAt - run.value.start,
      newerMs: run.value.newerDone - run.value.start,
      outcome: run.value.outcome,
      longestTask: run.longestTask,
    };
  },
  /** analyze() on a generated model: the median of `runs` after a warm-up, in ms. */
  analyze(n: number, runs: number): { median: number; min: number; max: number; findings: number } {
    const model = generateCanvasModel(n);
    for (let i = 0; i < 5; i++) analyze(model);
    const times: number[] = [];
    let findings = 0;
    for (let i = 0; i < runs; i++) {
      const start = performance.now();
      findings = analyze(model).findings.length;
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    return { median: times[Math.floor(times.length / 2)] ?? 0, min: times[0] ?? 0, max: times[times.length - 1] ?? 0, findings };
  },
};

declare global {
  interface Window {
    coreBench: typeof coreBench;
  }
}
window.coreBench = coreBench;
document.getElementById('root')!.append(Object.assign(document.createElement('p'), { textContent: 'ready' }));
