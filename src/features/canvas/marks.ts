import { atLeast, type Analysis, type Severity } from '../../core/rules/index.ts';
import type { Highlight } from '../../store/editor-store.ts';
import type { ElementMark } from './flow-types.ts';

/** The more severe of two (either may be absent). */
export function worseSeverity(a: Severity | undefined, b: Severity | undefined): Severity | undefined {
  if (!a) return b;
  if (!b) return a;
  return atLeast(a, b) ? a : b;
}

/** Each element's worst finding severity, plus the hovered finding's elements: what the canvas marks. */
export function marksFrom(analysis: Pick<Analysis, 'findings'> | null, highlight: Highlight | null): Map<string, ElementMark> {
  const marks = new Map<string, ElementMark>();
  const worst = (id: string, severity: Severity) => {
    const current = marks.get(id)?.severity;
    if (worseSeverity(current, severity) !== current) marks.set(id, { severity });
  };
  for (const f of analysis?.findings ?? []) {
    if (f.severity === 'info') continue; // info is advice, not a problem to paint on the diagram
    for (const id of f.nodes) worst(id, f.severity);
    for (const id of f.links) worst(id, f.severity);
  }
  if (highlight) {
    for (const id of [...highlight.nodes, ...highlight.links]) marks.set(id, { ...marks.get(id), highlighted: true });
  }
  return marks;
}
