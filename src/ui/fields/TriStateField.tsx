import { useId, type ReactNode } from 'react';
import { describedBy, fieldIds } from './field-ids.ts';

export interface TriStateFieldProps {
  label: ReactNode;
  /** `undefined` is "not answered". */
  value: boolean | undefined;
  /** Commits at once. */
  onChange: (value: boolean | undefined) => void;
  id?: string | undefined;
  /** The group gets `testId`; its options get `${testId}-yes`, `-no` and `-unset`. */
  testId?: string | undefined;
  hint?: ReactNode | undefined;
  labels?: { yes: string; no: string; unset: string } | undefined;
}

const DEFAULT_LABELS = { yes: 'Yes', no: 'No', unset: 'Not answered' };
type Choice = 'yes' | 'no' | 'unset';

/** A yes / no / not-answered question as a segmented control of real radio buttons (arrow keys move). */
export function TriStateField({ label, value, onChange, id, testId, hint, labels = DEFAULT_LABELS }: TriStateFieldProps) {
  const autoId = useId();
  const ids = fieldIds(id ?? autoId);
  const current: Choice = value === undefined ? 'unset' : value ? 'yes' : 'no';
  const choices: readonly Choice[] = ['yes', 'no', 'unset'];
  return (
    <div className="ff-field ff-field--stacked">
      <span className="ff-label ff-label--question" id={`${ids.control}-label`}>{label}</span>
      <div
        className="ff-control ff-segmented"
        role="radiogroup"
        aria-labelledby={`${ids.control}-label`}
        aria-describedby={describedBy(ids, Boolean(hint), false)}
        data-testid={testId}
        data-value={current}
      >
        {choices.map((choice) => {
          const optionId = `${ids.control}-${choice}`;
          return (
            <label key={choice} htmlFor={optionId} className={`ff-segmented__option${current === choice ? ' is-checked' : ''}${choice === 'unset' ? ' is-unset' : ''}`}>
              <input
                id={optionId}
                type="radio"
                className="ff-segmented__input"
                name={ids.control}
                value={choice}
                data-testid={testId ? `${testId}-${choice}` : undefined}
                checked={current === choice}
                onChange={() => onChange(choice === 'unset' ? undefined : choice === 'yes')}
              />
              <span>{labels[choice]}</span>
            </label>
          );
        })}
      </div>
      {hint && <div className="ff-messages"><div id={ids.hint} className="ff-hint">{hint}</div></div>}
    </div>
  );
}
