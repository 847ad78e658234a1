import type { LayoutEngine } from '../core/layout/engine.ts';
import type { DocumentStore } from '../adapters/storage/index.ts';

/** Side-effecting services the UI needs, injected so tests can substitute them. */
export interface EditorServices {
  layout: LayoutEngine;
  /** Null when the browser offers no storage (the UI then offers download instead). */
  documents: DocumentStore | null;
}
