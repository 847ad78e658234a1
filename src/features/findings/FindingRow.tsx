import { memo, useEffect, useRef } from 'react';
import { quickFixesFor, type Finding, type QuickFix } from '../../core/rules/index.ts';
import type { Subject } from './group-findings.ts';
import { FixMenu } from './FixMenu.tsx';
import { FixIcon, MuteIcon, SeverityIcon } from './icons.tsx';

/** What a row can ask of the panel; one stable object for every row, so rows stay memoized. */
export interface RowHandlers {
  hover(finding: Finding | null): void;
  select(finding: Finding): void;
  fix(finding: Finding, fix: QuickFix): void;
  suppress(finding: Finding): void;
}

const MAX_SUBJECTS = 4;

/** One finding: severity, message, subjects, and its fixes. Re-renders only when its own props change. */
export const FindingRow = memo(function FindingRow({ finding, subjects, active, handlers }: {
  finding: Finding;
  subjects: readonly Subject[];
  active: boolean;
  handlers: RowHandlers;
}) {
  const hovered = useRef(false);
  // A row that disappears under the pointer (its quick fix applied) never gets mouseleave: clear for it.
  useEffect(() => () => {
    if (hovered.current) handlers.hover(null);
  }, [handlers]);

  const fixes = quickFixesFor(finding);
  const [main, ...others] = fixes;
  const shown = subjects.slice(0, MAX_SUBJECTS);
  const hidden = subjects.length - shown.length;
  const enter = () => {
    hovered.current = true;
    handlers.hover(finding);
  };
  const leave = () => {
    hovered.current = false;
    handlers.hover(null);
  };

  return (
    <li className={`fp-row fp-row--${finding.severity}${active ? ' is-active' : ''}`} data-testid="finding"
      data-rule={finding.rule} data-severity={finding.severity} onMouseEnter={enter} onMouseLeave={leave}>
      <button type="button" className="fp-row__main fp-nav" title={finding.message} aria-current={active ? 'true' : undefined}
        onClick={() => handlers.select(finding)} onFocus={enter} onBlur={leave}>
        <span className={`fp-sev fp-sev--${finding.severity}`} aria-label={finding.severity}>
          <SeverityIcon severity={finding.severity} />
        </span>
        <span className="fp-row__message">{finding.message}</span>
        {shown.length > 0 && (
          <span className="fp-row__subjects" title={subjects.map((s) => s.name).join(', ')}>
            {shown.map((s) => (
              <span key={`${s.kind}:${s.id}`} className={`fp-subject fp-subject--${s.kind}`}>{s.name}</span>
            ))}
            {hidden > 0 && <span className="fp-subject fp-subject--more">+{hidden}</span>}
          </span>
        )}
      </button>
      <span className="fp-row__actions">
        {main && (
          <span className="fp-split">
            <button type="button" className={`fp-btn fp-btn--fix${others.length > 0 ? ' has-menu' : ''}`} data-testid="quick-fix"
              title={`Quick fix: ${main.label}`} onClick={(e) => {
                e.stopPropagation();
                handlers.fix(finding, main);
              }}>
              <FixIcon size={12} />
              <span className="fp-btn__label">{main.label}</span>
            </button>
            {others.length > 0 && <FixMenu fixes={others} onApply={(fix) => handlers.fix(finding, fix)} />}
          </span>
        )}
        <button type="button" className="fp-btn fp-btn--ghost fp-row__suppress" data-testid="suppress"
          title="Switch this rule off here, with a reason" onClick={(e) => {
            e.stopPropagation();
            handlers.suppress(finding);
          }}>
          <MuteIcon size={12} />
          <span className="fp-btn__label">Suppress…</span>
        </button>
      </span>
    </li>
  );
});
