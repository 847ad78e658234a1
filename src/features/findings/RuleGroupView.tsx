import { memo, useId, useState } from 'react';
import type { RuleGroup } from './group-findings.ts';
import { FindingRow, type RowHandlers } from './FindingRow.tsx';
import { ChevronIcon, InfoIcon } from './icons.tsx';
import { RuleInfo } from './RuleInfo.tsx';

/** Rows rendered before "Show all": keeps a model with thousands of findings cheap to open and scroll. */
export const INITIAL_ROWS = 50;

/** One rule's findings under a collapsible header (title, id, count) with the rule's explanation on demand. */
export const RuleGroupView = memo(function RuleGroupView({ group, activeKey, handlers }: {
  group: RuleGroup;
  activeKey: string | null;
  handlers: RowHandlers;
}) {
  const [open, setOpen] = useState(true);
  const [showInfo, setShowInfo] = useState(false);
  const [showAll, setShowAll] = useState(false);
  const bodyId = useId();
  const infoId = useId();
  const { entries, rule } = group;
  const visible = showAll ? entries : entries.slice(0, INITIAL_ROWS);
  const title = rule?.title ?? group.ruleId;

  return (
    <li className="fp-group" data-testid="finding-group" data-rule={group.ruleId}>
      <div className="fp-group__header">
        <button type="button" className="fp-group__toggle fp-nav" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
          <ChevronIcon className="fp-chevron" />
          <span className="fp-group__title">{title}</span>
          <span className="fp-group__id">{group.ruleId}</span>
          <span className={`fp-count fp-count--${group.severity}`}>{entries.length}</span>
        </button>
        {rule && (
          <button type="button" className={`fp-icon-btn${showInfo ? ' is-on' : ''}`} aria-expanded={showInfo} aria-controls={infoId}
            aria-label={`About ${title}`} title={`About “${title}”: why it matters and how to fix it`} data-testid="rule-info"
            onClick={() => setShowInfo((v) => !v)}>
            <InfoIcon size={14} />
          </button>
        )}
      </div>
      {showInfo && rule && <RuleInfo rule={rule} id={infoId} />}
      <div id={bodyId} hidden={!open}>
        {open && (
          <ul className="fp-rows">
            {visible.map((entry) => (
              <FindingRow key={entry.key} finding={entry.finding} subjects={entry.subjects}
                active={entry.key === activeKey} handlers={handlers} />
            ))}
          </ul>
        )}
        {open && entries.length > visible.length && (
          <button type="button" className="fp-more" data-testid="show-all" onClick={() => setShowAll(true)}>
            Show all {entries.length} ({entries.length - visible.length} more)
          </button>
        )}
      </div>
    </li>
  );
});
