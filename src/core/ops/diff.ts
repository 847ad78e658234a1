/**
 * Model diffs: the types and the algebra over them (apply, invert, compose, diff two models, rebase an
 * undo). Each operation lives in its own file; this module is the one place to import them from.
 */
export type * from './diff-types.ts';
export { applyDiff } from './apply.ts';
export { invertDiff } from './invert.ts';
export { composeDiffs } from './compose.ts';
export { diffModels } from './diff-models.ts';
export { rebaseForUndo } from './rebase.ts';
export { emptyDiff, isEmptyDiff } from './change.ts';
export { repairReferences } from './integrity.ts';
