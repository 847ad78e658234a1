import { useId, type ReactNode } from 'react';
import { FieldFrame, type FieldLayout } from './FieldFrame.tsx';
import { describedBy, fieldIds } from './field-ids.ts';

export interface SelectOption<T extends string> {
  value: T;
  label: string;
}

export interface SelectFieldProps<T extends string> {
  label: ReactNode;
  value: T | undefined;
  options: readonly SelectOption<T>[];
  /** Commits at once. Receives `undefined` when the empty option (see `emptyLabel`) is picked. */
  onChange: (value: T | undefined) => void;
  /** Offers an empty choice with this label ("None", "Not set"); without it a value is always chosen. */
  emptyLabel?: string | undefined;
  id?: string | undefined;
  testId?: string | undefined;
  hint?: ReactNode | undefined;
  layout?: FieldLayout | undefined;
  disabled?: boolean | undefined;
}

/** A native select (keyboard and screen-reader friendly for free), styled to match the other fields. */
export function SelectField<T extends string>({ label, value, options, onChange, emptyLabel, id, testId, hint, layout, disabled }: SelectFieldProps<T>) {
  const autoId = useId();
  const ids = fieldIds(id ?? autoId);
  const known = value === undefined || options.some((o) => o.value === value);
  return (
    <FieldFrame ids={ids} label={label} hint={hint} layout={layout}>
      <div className="ff-select-wrap">
        <select
          id={ids.control}
          className="ff-input ff-select"
          data-testid={testId}
          value={value ?? ''}
          disabled={disabled}
          aria-describedby={describedBy(ids, Boolean(hint), false)}
          onChange={(e) => {
            const next = e.target.value;
            const option = options.find((o) => o.value === next);
            onChange(option ? option.value : undefined);
          }}
        >
          {(emptyLabel !== undefined || value === undefined) && <option value="">{emptyLabel ?? 'Choose…'}</option>}
          {!known && value !== undefined && <option value={value}>{value}</option>}
          {options.map((o) => (
            <option key={o.value} value={o.value}>{o.label}</option>
          ))}
        </select>
        <svg className="ff-select-chevron" width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d="M3 4.5 6 7.5 9 4.5" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
      </div>
    </FieldFrame>
  );
}
