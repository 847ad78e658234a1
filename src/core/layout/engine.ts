/**
 * The layout port. The core only describes the graph (toElkGraph) and reads the answer (fromElkGraph);
 * the engine that runs ELK lives in a shell (src/workers) because ELK is heavy and synchronous.
 */
import type { Model } from '../model/types.ts';
import type { LayoutResult } from './types.ts';

export type { LayoutResult } from './types.ts';

export interface LayoutOptions {
  /** Aborting rejects the pending promise with an AbortError. */
  signal?: AbortSignal;
}

export interface LayoutEngine {
  /** Computes positions for every node and group; a newer call supersedes an older pending one. */
  layout(model: Model, opts?: LayoutOptions): Promise<LayoutResult>;
}
