import { useId, type ReactNode } from 'react';
import { describedBy, fieldIds } from './field-ids.ts';

export interface SwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  id?: string | undefined;
  testId?: string | undefined;
  /** Accessible name when no visible <label> points at the switch. */
  ariaLabel?: string | undefined;
  describedBy?: string | undefined;
  disabled?: boolean | undefined;
}

/** A real checkbox drawn as a switch: Space toggles it, screen readers announce "switch, on/off". */
export function Switch({ checked, onChange, id, testId, ariaLabel, describedBy: described, disabled }: SwitchProps) {
  return (
    <span className={`ff-switch${checked ? ' is-on' : ''}${disabled ? ' is-disabled' : ''}`}>
      <input
        id={id}
        type="checkbox"
        role="switch"
        className="ff-switch__input"
        data-testid={testId}
        checked={checked}
        disabled={disabled}
        aria-label={ariaLabel}
        aria-describedby={described}
        onChange={(e) => onChange(e.target.checked)}
      />
      <span className="ff-switch__track" aria-hidden="true">
        <span className="ff-switch__thumb" />
      </span>
    </span>
  );
}

export interface ToggleFieldProps {
  label: ReactNode;
  checked: boolean;
  /** Commits at once. */
  onChange: (checked: boolean) => void;
  id?: string | undefined;
  testId?: string | undefined;
  hint?: ReactNode | undefined;
  disabled?: boolean | undefined;
}

/** A labelled on/off field: label left, switch right, hint underneath. */
export function ToggleField({ label, checked, onChange, id, testId, hint, disabled }: ToggleFieldProps) {
  const autoId = useId();
  const ids = fieldIds(id ?? autoId);
  return (
    <div className="ff-field ff-field--toggle">
      <label className="ff-label" htmlFor={ids.control}>{label}</label>
      <div className="ff-control ff-control--end">
        <Switch id={ids.control} testId={testId} checked={checked} onChange={onChange} disabled={disabled}
          describedBy={describedBy(ids, Boolean(hint), false)} />
      </div>
      {hint && <div className="ff-messages"><div id={ids.hint} className="ff-hint">{hint}</div></div>}
    </div>
  );
}

/** A plain checkbox with its label to the right, for short lists of flags. */
export function Checkbox({ label, checked, onChange, id, testId, disabled }: Omit<ToggleFieldProps, 'hint'>) {
  const autoId = useId();
  const controlId = id ?? autoId;
  return (
    <label className="ff-checkbox" htmlFor={controlId}>
      <input id={controlId} type="checkbox" className="ff-checkbox__input" data-testid={testId} checked={checked}
        disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <span>{label}</span>
    </label>
  );
}
