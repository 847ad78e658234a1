// Not schema.ts: importing it loads zod and builds the schemas; code that validates imports it directly.
export * from './constants.ts';
export type * from './types.ts';
export * from './defaults.ts';
export * from './ids.ts';
export * from './kinds.ts';
export * from './factories.ts';
export { assertNever } from './assert-never.ts';
