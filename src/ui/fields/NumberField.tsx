import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { FieldFrame, type FieldLayout } from './FieldFrame.tsx';
import { describedBy, fieldIds } from './field-ids.ts';
import { formatNumber, parseNumberDraft, type NumberRules } from './number-draft.ts';

export interface NumberFieldProps extends NumberRules {
  label: ReactNode;
  value: number | undefined;
  /** Called with a valid, changed value on Enter or blur; `undefined` when an optional field is cleared. */
  onCommit: (value: number | undefined) => void;
  id?: string | undefined;
  testId?: string | undefined;
  hint?: ReactNode | undefined;
  placeholder?: string | undefined;
  /** Arrow keys change the draft by this much (×10 with Shift). */
  step?: number | undefined;
  layout?: FieldLayout | undefined;
  disabled?: boolean | undefined;
}

/**
 * A number input with a local draft: while the draft is invalid the reason shows under the field and
 * nothing is committed; Enter or blur commits a valid draft (one undo step), Escape reverts it. The
 * draft is dropped whenever the value changes from elsewhere (undo, another panel).
 */
export function NumberField({ label, value, onCommit, id, testId, hint, placeholder, step = 1, layout, disabled, ...rules }: NumberFieldProps) {
  const autoId = useId();
  const ids = fieldIds(id ?? autoId);
  const [draft, setDraft] = useState<string | null>(null);
  const [seen, setSeen] = useState(value);
  if (!Object.is(seen, value)) {
    // The value changed under us: the draft was about the old value, so it no longer applies.
    setSeen(value);
    setDraft(null);
  }

  const result = draft === null ? null : parseNumberDraft(draft, rules);
  const error = result && !result.ok ? result.error : null;

  const commit = () => {
    if (draft === null || !result || !result.ok) return;
    setDraft(null);
    if (!Object.is(result.value, value)) onCommit(result.value);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Escape') {
      if (draft !== null) {
        e.preventDefault();
        e.stopPropagation();
        setDraft(null);
      } else {
        e.currentTarget.blur();
      }
    } else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      const current = draft === null ? (value ?? 0) : Number(draft.trim());
      if (!Number.isFinite(current)) return;
      e.preventDefault();
      const delta = (e.key === 'ArrowUp' ? 1 : -1) * step * (e.shiftKey ? 10 : 1);
      let next = Number((current + delta).toPrecision(12));
      if (rules.min !== undefined) next = Math.max(rules.min, next);
      if (rules.max !== undefined) next = Math.min(rules.max, next);
      setDraft(formatNumber(next));
    }
  };

  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} layout={layout}>
      <div className={`ff-input-wrap${rules.unit ? ' has-unit' : ''}`}>
        <input
          id={ids.control}
          className="ff-input ff-input--number"
          type="text"
          inputMode={rules.integer ? 'numeric' : 'decimal'}
          autoComplete="off"
          spellCheck={false}
          data-testid={testId}
          value={draft ?? formatNumber(value)}
          placeholder={placeholder}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-required={rules.required ? true : undefined}
          aria-describedby={describedBy(ids, Boolean(hint) && !error, Boolean(error))}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={onKeyDown}
          onBlur={commit}
        />
        {rules.unit && <span className="ff-unit" aria-hidden="true">{rules.unit}</span>}
      </div>
    </FieldFrame>
  );
}
