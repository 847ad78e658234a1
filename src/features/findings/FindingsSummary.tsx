/**
 * The status-bar summary of the live findings ("● 2 ▲ 5 i 1"), apart from the Problems panel so the
 * panel's code loads only when it is first opened. It brings findings.css with it: the panel and the
 * Simulate panel share its button styles.
 */
import { useMemo } from 'react';
import { countBySeverity, SEVERITIES, type Finding } from '../../core/rules/index.ts';
import type { EditorState } from '../../store/editor-store.ts';
import { useEditor } from '../../store/StoreProvider.tsx';
import { severityCount } from './group-findings.ts';
import { SeverityIcon } from './icons.tsx';
import './findings.css';

const EMPTY_FINDINGS: readonly Finding[] = [];
const selectFindings = (s: EditorState) => s.analysis?.findings ?? EMPTY_FINDINGS;
const selectAnalyzed = (s: EditorState) => s.analysis !== null;

/** The status-bar widget: "● 2 ▲ 5 i 1"; the lead's shell toggles the panel with `onClick`. */
export function FindingsSummary({ onClick, active }: {
  onClick: () => void;
  /** The panel is open: shown pressed, and announced as expanded. */
  active?: boolean | undefined;
}) {
  const findings = useEditor(selectFindings);
  const analyzed = useEditor(selectAnalyzed);
  const counts = useMemo(() => countBySeverity(findings), [findings]);
  const summary = analyzed
    ? findings.length === 0
      ? 'No problems found'
      : SEVERITIES.map((s) => severityCount(s, counts[s])).join(', ')
    : 'Checking the model';
  return (
    <button type="button" className="fp-summary" data-testid="findings-summary" onClick={onClick}
      aria-expanded={active ?? false} title={`${summary}. ${active ? 'Hide' : 'Show'} the problems panel`}
      aria-label={`Problems: ${summary}`}>
      {SEVERITIES.map((severity) => (
        <span key={severity} className={`fp-summary__item fp-summary__item--${severity}${counts[severity] === 0 ? ' is-zero' : ''}`}
          data-testid={`summary-${severity}`} title={severityCount(severity, counts[severity])}>
          <SeverityIcon severity={severity} size={12} />
          <span>{counts[severity]}</span>
        </span>
      ))}
    </button>
  );
}
