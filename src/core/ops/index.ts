/** Pure model edits: every op takes a model and returns `{ model, diff }`; the diff algebra undoes and squashes them. */
export * from './diff.ts';
export type { OpResult, CreateResult } from './result.ts';
export { deepEqual } from './equal.ts';
export * from './nodes.ts';
export * from './links.ts';
export * from './groups.ts';
export * from './remove.ts';
export * from './clipboard.ts';
export * from './meta.ts';
export * from './sagas.ts';
