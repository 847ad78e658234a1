/** A pattern library entry: one pattern, anti-pattern or decision framework of the catalogue, in Faultline's words. */
import type { Model } from '../../model/types.ts';
import type { RuleId } from '../../rules/types.ts';
import type { ApplyActionId } from '../apply/types.ts';

export type PatternKind = 'pattern' | 'anti-pattern' | 'framework';

export interface PatternEntry {
  /** A slug; lessons and findings link to it. */
  readonly id: string;
  readonly title: string;
  readonly kind: PatternKind;
  /** One sentence for the list and search results. */
  readonly summary: string;
  /** Markdown: what it is and why it matters. */
  readonly whatItIs: string;
  readonly whenToUse: readonly string[];
  readonly whenNot: readonly string[];
  /** A small model drawn with Faultline's own nodes, placed; for an anti-pattern it shows the mistake. */
  readonly diagram: Model;
  /** What the rules engine checks for it: a pattern's diagram is free of these findings, an anti-pattern's has them all. */
  readonly rules: readonly RuleId[];
  /** The apply-to-selection action that puts it into a design, where one makes sense. */
  readonly apply?: ApplyActionId;
  /** Where it sits in the catalogue (shared/seed/microservice-patterns.md), headings joined by " › ". */
  readonly catalogueSection: string;
  /** Ids of entries to read next: a pattern's anti-pattern, an anti-pattern's fix. */
  readonly related: readonly string[];
  /** Extra words search should find it by ("kafka", "fallback", "pub/sub"). */
  readonly keywords: readonly string[];
}
