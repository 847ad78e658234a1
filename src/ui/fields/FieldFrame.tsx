import type { ReactNode } from 'react';
import { FieldError } from './FieldError.tsx';
import type { FieldIds } from './field-ids.ts';

export type FieldLayout = 'inline' | 'stacked';

export interface FieldFrameProps {
  ids: FieldIds;
  label: ReactNode;
  hint?: ReactNode | undefined;
  error?: string | null | undefined;
  layout?: FieldLayout | undefined;
  /** Renders the label as a <span> for controls labelled another way (a radio group's legend). */
  labelAs?: 'label' | 'span' | undefined;
  children: ReactNode;
}

/** The layout every field shares: label, control, then hint and error under the control. */
export function FieldFrame({ ids, label, hint, error, layout = 'inline', labelAs = 'label', children }: FieldFrameProps) {
  return (
    <div className={`ff-field ff-field--${layout}${error ? ' is-invalid' : ''}`}>
      {labelAs === 'label' ? (
        <label className="ff-label" htmlFor={ids.control}>{label}</label>
      ) : (
        <span className="ff-label" id={`${ids.control}-label`}>{label}</span>
      )}
      <div className="ff-control">{children}</div>
      {(hint || error) && (
        <div className="ff-messages">
          <FieldError id={ids.error} message={error} />
          {hint && !error && <div id={ids.hint} className="ff-hint">{hint}</div>}
        </div>
      )}
    </div>
  );
}
