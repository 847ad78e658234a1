import type { LayoutEngine } from '../core/layout/engine.ts';
import type { DocumentStore } from '../adapters/storage/index.ts';
import type { Simulator } from '../workers/sim-client.ts';

/** Side-effecting services the UI needs, injected so tests can substitute them. */
export interface EditorServices {
  layout: LayoutEngine;
  /** Null when the browser offers no storage (the UI then offers download instead). */
  documents: DocumentStore | null;
  /**
   * Runs failure simulations off the main thread (`createSimulator()`); tests pass a fake. Optional so
   * tests of unrelated panels need not provide one: the Simulate panel says so when it is missing.
   */
  simulator?: Simulator;
}
