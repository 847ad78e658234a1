/**
 * The run's verdict: availability per entry point, the blast radius (with how much of its work each
 * node answered), retry amplification, breaker openings, messages, warnings. In compare mode the two
 * variants stand side by side, and the recommended one offers to apply its policies.
 */
import { memo } from 'react';
import { entryStatus, type EntryStatus, type NodeSummary, type SimResult } from '../../core/sim/index.ts';
import type { SimRun } from '../../store/simulation.ts';
import { formatCount, formatMs, formatPercent } from './format.ts';

export interface SummaryProps {
  runs: readonly SimRun[];
  nameOf: (id: string) => string;
  /** Offered under the recommended variant; undefined when nothing would change. */
  onApplyPolicies?: (() => void) | undefined;
}

const VARIANT_TITLES = { 'as drawn': 'As drawn', 'with recommended policies': 'With recommended policies' } as const;
const STATUS_LABELS: Record<EntryStatus, string> = { ok: 'ok', degraded: 'degraded', failing: 'failing', down: 'down' };

/** Share of a node's arrivals it answered (degraded answers included). */
export function answeredShare(n: NodeSummary): number {
  return n.arrivals === 0 ? 1 : n.successes / n.arrivals;
}

function nodeById(result: SimResult): Map<string, NodeSummary> {
  return new Map(result.summary.nodes.map((n) => [n.id, n]));
}

export const Summary = memo(function Summary({ runs, nameOf, onApplyPolicies }: SummaryProps) {
  const base = runs[0];
  if (!base) return null;
  const compare = runs.length > 1;
  const entryIds = base.result.summary.entries.map((e) => e.id);
  return (
    <div className={`sp-summary${compare ? ' is-compare' : ''}`} data-testid="sim-summary">
      <table className="sp-summary__table">
        <colgroup>
          <col className="sp-summary__col-name" />
          {runs.map((r) => <col key={r.variant} />)}
        </colgroup>
        {compare && (
          <thead>
            <tr>
              <th scope="col"><span className="fp-visually-hidden">Measure</span></th>
              {runs.map((r) => <th key={r.variant} scope="col" className="sp-summary__variant">{VARIANT_TITLES[r.variant]}</th>)}
            </tr>
          </thead>
        )}
        <tbody>
          <tr className="sp-summary__section"><th scope="rowgroup" colSpan={runs.length + 1}>Availability</th></tr>
          {entryIds.length === 0 && (
            <tr><td colSpan={runs.length + 1} className="sp-muted">No entry point took load.</td></tr>
          )}
          {entryIds.map((id) => (
            <tr key={id}>
              <th scope="row" className="sp-summary__name" title={id}>{nameOf(id)}</th>
              {runs.map((r) => {
                const e = r.result.summary.entries.find((x) => x.id === id);
                if (!e) return <td key={r.variant}>–</td>;
                const status = entryStatus(e);
                return (
                  <td key={r.variant} className="sp-summary__cell" data-testid="availability" data-entry={id} data-variant={r.variant}
                    data-status={status} data-value={e.availability}>
                    <span className={`sp-avail sp-avail--${status}`}>{formatPercent(e.availability)}</span>
                    <span className={`sp-status sp-status--${status}`}>{STATUS_LABELS[status]}</span>
                    <span className="sp-summary__sub">
                      p99 {formatMs(e.p99Ms)}
                      {e.degradedRatio >= 0.01 && <> · {formatPercent(e.degradedRatio)} by fallback</>}
                      {e.stuck > 0 && <> · {formatCount(e.stuck)} never answered</>}
                    </span>
                  </td>
                );
              })}
            </tr>
          ))}

          <tr className="sp-summary__section"><th scope="rowgroup" colSpan={runs.length + 1}>Blast radius</th></tr>
          <tr>
            <th scope="row" className="sp-summary__name">Nodes hit</th>
            {runs.map((r) => {
              const nodes = nodeById(r.result);
              const hit = r.result.summary.blastRadius;
              return (
                <td key={r.variant} data-testid="blast-radius" data-variant={r.variant}>
                  {hit.length === 0 ? (
                    <span className="sp-muted">None</span>
                  ) : (
                    <ul className="sp-blast">
                      {hit.map((id) => {
                        const n = nodes.get(id);
                        const share = n ? answeredShare(n) : 1;
                        return (
                          <li key={id} className={`sp-blast__node${share < 0.75 ? ' is-failing' : ''}`} data-node={id} data-answered={share}
                            title={n ? `${nameOf(id)} answered ${formatPercent(share)} of ${formatCount(n.arrivals)} requests${n.unanswered ? `; swallowed ${formatCount(n.unanswered)}` : ''}${n.maxQueue ? `; up to ${formatCount(n.maxQueue)} queued` : ''}` : nameOf(id)}>
                            <span className="sp-blast__name">{nameOf(id)}</span>
                            <span className="sp-blast__share">{formatPercent(share)}</span>
                          </li>
                        );
                      })}
                    </ul>
                  )}
                </td>
              );
            })}
          </tr>

          <tr className="sp-summary__section"><th scope="rowgroup" colSpan={runs.length + 1}>Resilience</th></tr>
          <Row label="Retry amplification" title="Attempts per call on links that retry: extra load the retries added" runs={runs}
            value={(r) => `×${r.summary.retryAmplification.toFixed(2)}`} testId="retry-amplification" />
          <Row label="Breaker openings" title="How often a circuit breaker opened" runs={runs}
            value={(r) => formatCount(r.summary.breakerOpenings)} testId="breaker-openings" />
          <Row label="Messages delayed" title="Messages that waited more than a second between publish and consumption" runs={runs}
            value={(r) => `${formatCount(r.summary.messages.delayed)} of ${formatCount(r.summary.messages.published)}`} testId="messages-delayed" />
          <Row label="Max backlog" title="The deepest queue of messages waiting for a subscriber" runs={runs}
            value={(r) => formatCount(r.summary.messages.maxBacklog) + (r.summary.messages.pending > 0 ? ` (${formatCount(r.summary.messages.pending)} left at the end)` : '')}
            testId="max-backlog" />

          {runs.some((r) => r.result.warnings.length > 0) && (
            <>
              <tr className="sp-summary__section"><th scope="rowgroup" colSpan={runs.length + 1}>Warnings</th></tr>
              <tr>
                <th scope="row"><span className="fp-visually-hidden">Warnings</span></th>
                {runs.map((r) => (
                  <td key={r.variant}>
                    <ul className="sp-warnings">
                      {r.result.warnings.map((w) => <li key={w}>{w}</li>)}
                    </ul>
                  </td>
                ))}
              </tr>
            </>
          )}
        </tbody>
      </table>
      {compare && (
        <div className="sp-summary__apply">
          {onApplyPolicies ? (
            <button type="button" className="btn btn--primary sp-apply" data-testid="apply-policies" onClick={onApplyPolicies}
              title="Add the catalogue's timeout, retry, circuit breaker and fallback to every sync call between backend nodes (one undo step)">
              Apply these policies
            </button>
          ) : (
            <span className="sp-muted">Every recommended policy is already in the model.</span>
          )}
        </div>
      )}
    </div>
  );
});

function Row({ label, title, runs, value, testId }: {
  label: string;
  title: string;
  runs: readonly SimRun[];
  value: (result: SimResult) => string;
  testId: string;
}) {
  return (
    <tr>
      <th scope="row" className="sp-summary__name" title={title}>{label}</th>
      {runs.map((r) => <td key={r.variant} className="sp-summary__num" data-testid={testId} data-variant={r.variant}>{value(r.result)}</td>)}
    </tr>
  );
}
