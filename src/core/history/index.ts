/** Undo/redo over model diffs. */
export * from './history.ts';
