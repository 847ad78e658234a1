import type { PatternKind } from '../../core/teaching/index.ts';

const LABELS: Readonly<Record<PatternKind, string>> = {
  pattern: 'Pattern',
  'anti-pattern': 'Anti-pattern',
  framework: 'Framework',
};

/** Pattern / Anti-pattern / Framework, coloured so the NEVER list reads at a glance. */
export function KindBadge({ kind }: { kind: PatternKind }) {
  return <span className={`lib-badge lib-badge--${kind}`} data-testid="library-kind">{LABELS[kind]}</span>;
}
