import type { Model } from '../model/types.ts';

/** A ready-made model a user can start from; `build` returns a fresh copy each time. */
export interface Template {
  id: string;
  title: string;
  summary: string;
  build(): Model;
}
