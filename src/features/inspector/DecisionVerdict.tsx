import { useMemo } from 'react';
import { decide, DECISION_ROWS, RULE_OF_THUMB, VERDICT_LABELS, type Decision, type DecisionReason, type Verdict } from '../../core/rules/index.ts';
import type { EditorState } from '../../store/editor-store.ts';
import { useEditor } from '../../store/StoreProvider.tsx';
import './decision-verdict.css';

const QUESTION_COUNT = 6;

const selectInputs = (s: EditorState) => s.model.decision;

type Tone = 'go' | 'maybe' | 'wait' | 'unknown';

/** Green: microservices fit; blue: worth considering; amber: a monolith for now; grey: not enough answers. */
const TONES: Readonly<Record<Verdict, Tone>> = {
  'microservices-work-well': 'go',
  'consider-microservices': 'maybe',
  'start-with-monolith': 'wait',
  'monolith-first-extract-later': 'wait',
  'not-enough-information': 'unknown',
};

/** The catalogue row that decided the verdict when several matched (the framework's precedence). */
export function decisiveRow(decision: Decision): DecisionReason | undefined {
  const find = (row: DecisionReason) => decision.reasons.find((r) => r.row === row.row);
  const tableRows = new Set<string>(Object.values(DECISION_ROWS).map((r) => r.row));
  switch (decision.verdict) {
    case 'start-with-monolith':
      // The rule of thumb (boundaries unclear) outranks the table; it is the one row not in the table.
      return decision.reasons.find((r) => !tableRows.has(r.row)) ?? find(DECISION_ROWS.smallTeam);
    case 'monolith-first-extract-later':
      return find(DECISION_ROWS.tightDeadlines);
    case 'microservices-work-well':
      return find(DECISION_ROWS.multipleTeams);
    case 'consider-microservices':
      return find(DECISION_ROWS.independentDeployment);
    case 'not-enough-information':
      return undefined;
  }
}

/**
 * The decision framework's verdict, live: the catalogue's answer, the table rows that led there
 * ("If you have… → Then…"), its rule of thumb, and how many of the questions have an answer.
 */
export function DecisionVerdict() {
  const inputs = useEditor(selectInputs);
  const decision = useMemo(() => decide(inputs ?? {}), [inputs]);
  const decisive = decisiveRow(decision);
  const tone = TONES[decision.verdict];

  return (
    <div className={`dv dv--${tone}`} data-testid="decision-verdict" data-verdict={decision.verdict} aria-live="polite">
      <span className="dv__eyebrow">The catalogue says</span>
      <strong className="dv__verdict" data-testid="decision-verdict-label">{VERDICT_LABELS[decision.verdict]}</strong>

      {decision.reasons.length > 0 ? (
        <table className="dv__table" data-testid="decision-reasons">
          <thead>
            <tr>
              <th scope="col">If you have…</th>
              <th scope="col">Then…</th>
            </tr>
          </thead>
          <tbody>
            {decision.reasons.map((reason) => {
              const decides = decision.reasons.length > 1 && reason.row === decisive?.row;
              return (
                <tr key={reason.row} className={decides ? 'is-decisive' : undefined}>
                  <td>{reason.row}</td>
                  <td>
                    {reason.then}
                    {decides && <span className="dv__tag" title="When rows disagree, the most cautious one wins">decides</span>}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : (
        <p className="dv__note">
          {decision.answered === 0
            ? 'Answer the questions above and the verdict follows the catalogue’s decision table.'
            : 'No row of the catalogue’s table matches these answers yet: say how many developers and teams, and whether the boundaries are clear.'}
        </p>
      )}
      {decision.reasons.length > 1 && (
        <p className="dv__note">Where rows disagree the cautious one wins: the rule of thumb, then a small team, then deadlines.</p>
      )}

      <blockquote className="dv__thumb">
        <span className="dv__thumb-label">Rule of thumb</span>
        “{RULE_OF_THUMB}”
      </blockquote>

      <span className="dv__progress" data-testid="decision-answered">
        <span className="dv__dots" aria-hidden="true">
          {Array.from({ length: QUESTION_COUNT }, (_, i) => (
            <span key={i} className={`dv__dot${i < decision.answered ? ' is-on' : ''}`} />
          ))}
        </span>
        {decision.answered} of {QUESTION_COUNT} questions answered
      </span>
    </div>
  );
}
