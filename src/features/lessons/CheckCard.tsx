import type { CheckResult } from '../../core/teaching/index.ts';
import type { StepCheck } from '../../store/teaching.ts';
import { CheckIcon, DotIcon, ErrorIcon, PlayIcon } from './icons.tsx';

const STATUS_LABEL: Readonly<Record<StepCheck['status'], string>> = {
  idle: 'Not checked yet',
  checking: 'Checking…',
  passed: 'Done',
  failed: 'Not yet',
  error: 'Could not check',
};

/**
 * The step's check: what it asks, live pass / fail, the parts of a compound check each with its own
 * mark, and what is still missing. A simulation check shows a Check button and progress instead.
 */
export function CheckCard({ description, check, onDemand, doneBefore, onRun, onCancel }: {
  description: string;
  check: StepCheck | null;
  onDemand: boolean;
  /** The step was completed earlier (the learner may have changed the model since). */
  doneBefore: boolean;
  onRun: () => void;
  onCancel: () => void;
}) {
  const status = check?.status ?? (onDemand ? 'idle' : 'checking');
  const result = check?.result ?? null;
  const stale = onDemand && status === 'idle' && result !== null;
  const parts = result?.children && result.children.length > 1 ? result.children : null;
  return (
    <section className={`lsn-check lsn-check--${status}`} aria-label="Check" data-testid="lesson-check" data-status={status}>
      <div className="lsn-check__head">
        <StatusMark status={status} />
        <div className="lsn-check__what">
          <span className="lsn-check__label">Check</span>
          <span className="lsn-check__description" data-testid="lesson-check-description">{description}</span>
        </div>
        <span className={`lsn-check__status lsn-check__status--${status}`} data-testid="lesson-check-status" role="status" aria-live="polite">
          {STATUS_LABEL[status]}
        </span>
      </div>

      {parts && (
        <ul className="lsn-check__parts">
          {parts.map((part, i) => <Part key={i} part={part} />)}
        </ul>
      )}
      {!parts && result && !result.passed && status !== 'idle' && <p className="lsn-check__detail" data-testid="lesson-check-detail">{result.detail}</p>}
      {!parts && result?.passed && status === 'passed' && <p className="lsn-check__detail lsn-check__detail--ok">{result.detail}</p>}
      {status === 'error' && <p className="lsn-check__detail lsn-check__detail--error" role="alert">{check?.error}</p>}

      {onDemand && (
        <div className="lsn-check__run">
          {status === 'checking' ? (
            <>
              <div className="lsn-progress" role="progressbar" aria-label="Simulation progress" aria-valuemin={0} aria-valuemax={100}
                aria-valuenow={Math.round((check?.progress ?? 0) * 100)} data-testid="lesson-check-progress">
                <div className="lsn-progress__bar" style={{ width: `${Math.max(4, Math.round((check?.progress ?? 0) * 100))}%` }} />
              </div>
              <button type="button" className="btn btn--secondary lsn-btn-sm" onClick={onCancel} data-testid="lesson-cancel-check">Cancel</button>
            </>
          ) : (
            <>
              <span className="lsn-check__hint">
                {stale ? 'The model changed since the last check.' : 'This check runs a short simulation on your model.'}
              </span>
              <button type="button" className="btn btn--primary lsn-btn-sm" onClick={onRun} data-testid="lesson-run-check">
                <PlayIcon size={12} /> {result ? 'Check again' : 'Check'}
              </button>
            </>
          )}
        </div>
      )}
      {doneBefore && status !== 'passed' && status !== 'checking' && (
        <p className="lsn-check__note" data-testid="lesson-done-before"><CheckIcon size={12} /> You completed this step earlier; you can move on.</p>
      )}
    </section>
  );
}

function Part({ part }: { part: CheckResult }) {
  return (
    <li className={`lsn-part${part.passed ? ' is-passed' : ''}`} data-testid="lesson-check-part" data-passed={part.passed}>
      <span className="lsn-part__mark">{part.passed ? <CheckIcon size={13} /> : <DotIcon size={13} />}</span>
      <span className="lsn-part__text">
        <span>{part.description}</span>
        {!part.passed && <span className="lsn-part__detail">{part.detail}</span>}
      </span>
    </li>
  );
}

function StatusMark({ status }: { status: StepCheck['status'] }) {
  if (status === 'passed') return <span className="lsn-mark lsn-mark--passed"><CheckIcon size={14} /></span>;
  if (status === 'error') return <span className="lsn-mark lsn-mark--error"><ErrorIcon size={14} /></span>;
  if (status === 'checking') return <span className="lsn-mark lsn-mark--checking" aria-hidden="true" />;
  return <span className="lsn-mark lsn-mark--open"><DotIcon size={14} /></span>;
}
