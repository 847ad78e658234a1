import { memo, useId, useState } from 'react';
import { getRule, type SuppressedFinding, type Suppression } from '../../core/rules/index.ts';
import type { NameLookup } from './group-findings.ts';
import { ChevronIcon, RestoreIcon, SeverityIcon } from './icons.tsx';

/**
 * Suppressions are listed, not hidden: every finding the model switched off with its reason, and any
 * suppression that no longer matches a finding (so it can be cleaned up), each with Restore.
 */
export const SuppressedList = memo(function SuppressedList({ suppressed, stale, name, onRestore }: {
  suppressed: readonly SuppressedFinding[];
  stale: readonly Suppression[];
  name: NameLookup;
  onRestore: (suppression: Suppression) => void;
}) {
  const [open, setOpen] = useState(true);
  const bodyId = useId();
  const total = suppressed.length + stale.length;
  if (total === 0) return null;
  return (
    <section className="fp-suppressed" data-testid="suppressed-list">
      <button type="button" className="fp-section-toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
        <ChevronIcon className="fp-chevron" />
        <span>Suppressed</span>
        <span className="fp-count">{total}</span>
      </button>
      <ul id={bodyId} className="fp-rows" hidden={!open}>
        {open && suppressed.map(({ finding, suppression }) => (
          <li key={`${suppression.rule}|${suppression.target}|${finding.nodes.join(',')}|${finding.links.join(',')}`}
            className="fp-row fp-row--suppressed" data-testid="suppressed-finding" data-rule={finding.rule}>
            <span className="fp-row__main fp-row__main--static">
              <span className={`fp-sev fp-sev--${finding.severity}`} aria-label={finding.severity}>
                <SeverityIcon severity={finding.severity} />
              </span>
              <span className="fp-row__message" title={finding.message}>{finding.message}</span>
              <span className="fp-row__reason" title={`Suppressed for ${name(suppression.target)}: ${suppression.reason}`}>
                <span className="fp-row__reason-target">{name(suppression.target)}</span>
                <span className="fp-row__reason-text">“{suppression.reason}”</span>
              </span>
            </span>
            <span className="fp-row__actions fp-row__actions--always">
              <RestoreButton onClick={() => onRestore(suppression)} />
            </span>
          </li>
        ))}
        {open && stale.map((suppression) => (
          <li key={`stale|${suppression.rule}|${suppression.target}`} className="fp-row fp-row--suppressed is-stale"
            data-testid="suppressed-finding" data-rule={suppression.rule} data-stale="true">
            <span className="fp-row__main fp-row__main--static">
              <span className="fp-sev" aria-hidden="true"><RestoreIcon size={12} /></span>
              <span className="fp-row__message">
                {getRule(suppression.rule)?.title ?? suppression.rule} on {name(suppression.target)} — matches no finding now
              </span>
              <span className="fp-row__reason"><span className="fp-row__reason-text">“{suppression.reason}”</span></span>
            </span>
            <span className="fp-row__actions fp-row__actions--always">
              <RestoreButton label="Remove" onClick={() => onRestore(suppression)} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
});

function RestoreButton({ onClick, label = 'Restore' }: { onClick: () => void; label?: string }) {
  return (
    <button type="button" className="fp-btn fp-btn--ghost" data-testid="restore-suppression" onClick={onClick}
      title={label === 'Restore' ? 'Remove the suppression: the finding comes back if it still applies' : 'Remove this suppression'}>
      <RestoreIcon size={12} />
      <span className="fp-btn__label">{label}</span>
    </button>
  );
}
