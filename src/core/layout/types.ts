import type { Position, Size } from '../model/types.ts';

/** Where every node and group goes: absolute canvas coordinates (top-left corners). */
export interface LayoutResult {
  positions: Record<string, Position>;
  groups: Record<string, { position: Position; size: Size }>;
}
