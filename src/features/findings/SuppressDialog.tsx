import { useId, useState } from 'react';
import { getRule, primarySubject, type Finding } from '../../core/rules/index.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import type { NameLookup } from './group-findings.ts';

/** Asks why a rule is switched off for a finding's subject; a suppression without a reason is not allowed. */
export function SuppressDialog({ finding, name, onConfirm, onClose }: {
  finding: Finding;
  name: NameLookup;
  onConfirm: (reason: string) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const inputId = useId();
  const target = primarySubject(finding);
  const title = getRule(finding.rule)?.title ?? finding.rule;
  const empty = reason.trim() === '';
  const error = touched && empty ? 'Say why, so the next reader knows this was deliberate' : null;

  const confirm = () => {
    setTouched(true);
    if (!empty) onConfirm(reason.trim());
  };

  return (
    <Dialog title="Suppress finding" onClose={onClose} testId="suppress-dialog" footer={
      <>
        <button type="button" className="btn btn--secondary" onClick={onClose}>Cancel</button>
        <button type="button" className="btn btn--primary" data-testid="suppress-confirm" disabled={empty} onClick={confirm}>
          Suppress
        </button>
      </>
    }>
      <p className="dialog__text">
        Switches off <strong>{title}</strong> for <strong>{target === undefined ? 'this finding' : name(target)}</strong>.
        The suppression is saved in the model and stays listed under “Suppressed”, where it can be restored.
      </p>
      <blockquote className="fp-quote">{finding.message}</blockquote>
      <form className="fp-reason" onSubmit={(e) => {
        e.preventDefault();
        confirm();
      }}>
        <label className="fp-reason__label" htmlFor={inputId}>Reason <span aria-hidden="true">(required)</span></label>
        <input id={inputId} className={`ff-input${error ? ' is-invalid' : ''}`} data-testid="suppress-reason" autoFocus autoComplete="off"
          value={reason} maxLength={500} placeholder="e.g. read-only reporting replica, agreed with the data team"
          aria-required="true" aria-invalid={error ? true : undefined} aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(e) => setReason(e.target.value)} onBlur={() => setTouched(reason !== '')} />
        {error && <div id={`${inputId}-error`} className="ff-error" role="alert">{error}</div>}
      </form>
    </Dialog>
  );
}
