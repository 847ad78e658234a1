import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { FieldFrame, type FieldLayout } from './FieldFrame.tsx';
import { describedBy, fieldIds } from './field-ids.ts';

export interface TextFieldProps {
  label: ReactNode;
  value: string | undefined;
  /** Called with the trimmed, valid, changed text on Enter (Ctrl/⌘+Enter when multiline) or blur. */
  onCommit: (value: string) => void;
  id?: string | undefined;
  testId?: string | undefined;
  hint?: ReactNode | undefined;
  placeholder?: string | undefined;
  maxLength?: number | undefined;
  required?: boolean | undefined;
  /** Message for an empty required field. */
  requiredMessage?: string | undefined;
  validate?: ((value: string) => string | null) | undefined;
  multiline?: boolean | undefined;
  rows?: number | undefined;
  layout?: FieldLayout | undefined;
  disabled?: boolean | undefined;
  monospace?: boolean | undefined;
}

/** Checks a text draft; returns why it is invalid or null. */
export function checkText(text: string, rules: Pick<TextFieldProps, 'required' | 'requiredMessage' | 'maxLength' | 'validate'>): string | null {
  if (rules.required && text === '') return rules.requiredMessage ?? 'A value is required';
  if (rules.maxLength !== undefined && text.length > rules.maxLength) return `At most ${rules.maxLength} characters`;
  return rules.validate?.(text) ?? null;
}

/** A text input (or textarea) with a local draft: Enter/blur commits, Escape reverts. */
export function TextField({
  label, value, onCommit, id, testId, hint, placeholder, maxLength, required, requiredMessage, validate,
  multiline, rows = 3, layout, disabled, monospace,
}: TextFieldProps) {
  const autoId = useId();
  const ids = fieldIds(id ?? autoId);
  const current = value ?? '';
  const [draft, setDraft] = useState<string | null>(null);
  const [seen, setSeen] = useState(current);
  if (seen !== current) {
    setSeen(current);
    setDraft(null);
  }

  const trimmed = draft?.trim() ?? null;
  const error = trimmed === null ? null : checkText(trimmed, { required, requiredMessage, maxLength, validate });

  const commit = () => {
    if (trimmed === null || error) return;
    setDraft(null);
    if (trimmed !== current) onCommit(trimmed);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
    if (e.key === 'Enter' && (!multiline || e.metaKey || e.ctrlKey)) {
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
    }
  };

  const common = {
    id: ids.control,
    className: `ff-input${multiline ? ' ff-input--multiline' : ''}${monospace ? ' ff-input--mono' : ''}`,
    'data-testid': testId,
    value: draft ?? current,
    placeholder,
    disabled,
    spellCheck: multiline ? true : false,
    'aria-invalid': error ? true : undefined,
    'aria-required': required ? true : undefined,
    'aria-describedby': describedBy(ids, Boolean(hint) && !error, Boolean(error)),
    onKeyDown,
    onBlur: commit,
  } as const;

  return (
    <FieldFrame ids={ids} label={label} hint={hint} error={error} layout={layout ?? (multiline ? 'stacked' : 'inline')}>
      {multiline ? (
        <textarea {...common} rows={rows} onChange={(e) => setDraft(e.target.value)} />
      ) : (
        <input {...common} type="text" autoComplete="off" onChange={(e) => setDraft(e.target.value)} />
      )}
    </FieldFrame>
  );
}
