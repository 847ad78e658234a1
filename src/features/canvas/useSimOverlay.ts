import { useMemo, useState } from 'react';
import { overlayRunOf, useSimulation } from '../../store/simulation.ts';
import { simOverlay, type SimOverlay } from './sim-overlay.ts';

/**
 * The simulation overlay for the canvas: the shown run's state at the playback cursor, while the
 * Simulate panel is open and the run is not stale; undefined otherwise. Marks that did not change since
 * the last cursor position are the same objects, so only elements whose look changes re-render.
 */
export function useSimOverlay(): SimOverlay | undefined {
  const run = useSimulation(overlayRunOf);
  const cursorMs = useSimulation((s) => s.cursorMs);
  // A per-canvas memory of the last overlay, so equal marks keep their identity across cursor moves.
  const [memory] = useState<{ last: SimOverlay | undefined }>(() => ({ last: undefined }));
  return useMemo(() => {
    if (!run) {
      memory.last = undefined;
      return undefined;
    }
    const next = simOverlay({ result: run.result, scenario: run.scenario, model: run.model, cursorMs }, memory.last);
    memory.last = next;
    return next;
  }, [run, cursorMs, memory]);
}
