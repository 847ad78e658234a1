import { useId, useState, type ReactNode } from 'react';

export interface SectionProps {
  title: ReactNode;
  /** A one-line explanation under the header (the catalogue's wording for a policy). */
  hint?: ReactNode | undefined;
  /** Controls at the right of the header (a policy's on/off switch). They never toggle the section. */
  actions?: ReactNode | undefined;
  collapsible?: boolean | undefined;
  defaultOpen?: boolean | undefined;
  testId?: string | undefined;
  /** Dims the section (a switched-off policy). */
  muted?: boolean | undefined;
  children?: ReactNode;
}

/** A titled group of fields; its header button (aria-expanded) folds the body away. */
export function Section({ title, hint, actions, collapsible = true, defaultOpen = true, testId, muted, children }: SectionProps) {
  const bodyId = useId();
  const [open, setOpen] = useState(defaultOpen);
  const hasBody = children !== undefined && children !== null && children !== false;
  const expanded = !collapsible || open;
  return (
    <section className={`ff-section${muted ? ' is-muted' : ''}`} data-testid={testId}>
      <div className="ff-section__header">
        <h3 className="ff-section__title">
          {collapsible ? (
            <button type="button" className="ff-section__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
              <svg className="ff-section__chevron" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true" focusable="false">
                <path d="M3 2 7 5 3 8" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
              <span>{title}</span>
            </button>
          ) : (
            title
          )}
        </h3>
        {actions && <div className="ff-section__actions">{actions}</div>}
      </div>
      <div id={bodyId} className="ff-section__content" hidden={!expanded}>
        {hint && <p className="ff-section__hint">{hint}</p>}
        {hasBody && <div className="ff-section__body">{children}</div>}
      </div>
    </section>
  );
}
