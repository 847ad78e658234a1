import { useId, type ReactNode } from 'react';

/** A labelled value that cannot be edited here (a count, a link's ends). */
export function ReadOnlyField({ label, children, testId }: { label: ReactNode; children: ReactNode; testId?: string | undefined }) {
  const id = useId();
  return (
    <div className="ff-field ff-field--inline ff-field--readonly">
      <span className="ff-label" id={id}>{label}</span>
      <div className="ff-control ff-readonly" aria-labelledby={id} data-testid={testId}>{children}</div>
    </div>
  );
}
