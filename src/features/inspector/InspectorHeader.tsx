import type { ReactNode } from 'react';

export type HeaderTone =
  | 'service' | 'database' | 'broker' | 'gateway' | 'client' | 'external'
  | 'sync' | 'async' | 'data'
  | 'context' | 'model' | 'multi';

/** The panel's header: the element's kind icon in its colour, its name, and what it is. */
export function InspectorHeader({ tone, icon, title, subtitle, detail }: {
  tone: HeaderTone;
  icon: ReactNode;
  title: string;
  subtitle: string;
  /** Secondary, copyable text such as the element's id. */
  detail?: string | undefined;
}) {
  return (
    <header className="insp-header" data-tone={tone}>
      <div className="insp-header__icon" aria-hidden="true">{icon}</div>
      <div className="insp-header__text">
        <h2 className="insp-header__title" title={title} data-testid="inspector-title">{title || 'Untitled'}</h2>
        <div className="insp-header__subtitle">
          <span>{subtitle}</span>
          {detail && (
            <>
              <span className="insp-header__sep" aria-hidden="true">·</span>
              <code className="insp-header__detail" title={`id: ${detail}`}>{detail}</code>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
