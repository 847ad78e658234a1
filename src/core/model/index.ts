export * from './schema.ts';
export type * from './types.ts';
export * from './defaults.ts';
export * from './ids.ts';
export * from './kinds.ts';
export * from './factories.ts';
export { assertNever } from './assert-never.ts';
