/** The charts: per entry point, and for the node selected on the canvas; compare runs overlay dashed. */
import { memo, useMemo, type ReactNode } from 'react';
import type { SimResult } from '../../core/sim/index.ts';
import type { EditorState } from '../../store/editor-store.ts';
import type { SimRun } from '../../store/simulation.ts';
import { useEditor } from '../../store/StoreProvider.tsx';
import { entryCharts, MAX_CHARTED_ENTRIES, nodeCharts, PALETTE_SIZE, VARIANT_SHORT, type ChartSet } from './chart-data.ts';
import { TimeChart } from './TimeChart.tsx';

export interface SimChartsProps {
  runs: readonly SimRun[];
  nameOf: (id: string) => string;
  cursorMs: number;
  onScrub: (ms: number) => void;
}

const selectSingleNode = (s: EditorState): string | null => {
  if (s.selection.nodes.size !== 1) return null;
  const [id] = s.selection.nodes;
  return id ?? null;
};

function bucketOf(result: SimResult, ms: number): number {
  return Math.max(0, Math.min(result.bucketCount - 1, Math.floor(ms / result.bucketMs)));
}

export const SimCharts = memo(function SimCharts({ runs, nameOf, cursorMs, onScrub }: SimChartsProps) {
  const nodeId = useEditor(selectSingleNode);
  const entries = useMemo(() => entryCharts(runs, nameOf), [runs, nameOf]);
  const node = useMemo(() => (nodeId ? nodeCharts(runs, nodeId, nameOf) : undefined), [runs, nodeId, nameOf]);
  const base = runs[0]?.result;
  if (!base) return null;
  const bucket = bucketOf(base, cursorMs);
  const compare = runs.length > 1;
  const charted = base.entries.ids.slice(0, MAX_CHARTED_ENTRIES);
  return (
    <div className="sp-charts" data-testid="sim-charts">
      <ChartGroup title="Entry points" set={entries} bucket={bucket} base={base} cursorMs={cursorMs} onScrub={onScrub}
        legend={
          <ul className="sp-legend">
            {charted.map((id, e) => (
              <li key={id} className={`sp-legend__item sp-color-${(e % PALETTE_SIZE) + 1}`}><span className="sp-legend__swatch" />{nameOf(id)}</li>
            ))}
            {compare && runs.map((r, i) => (
              <li key={r.variant} className={`sp-legend__item sp-legend__variant${i > 0 ? ' is-dashed' : ''}`}><span className="sp-legend__line" />{VARIANT_SHORT[r.variant]}</li>
            ))}
            {entries.hidden > 0 && <li className="sp-legend__item sp-muted">+{entries.hidden} more not charted</li>}
          </ul>
        } />
      {node ? (
        <ChartGroup title={nameOf(nodeId!)} subtitle="selected node" set={node} bucket={bucket} base={base} cursorMs={cursorMs} onScrub={onScrub} />
      ) : (
        <p className="sp-muted sp-charts__hint">{nodeId ? 'The selected element was not simulated (it was added after this run).' : 'Select one node on the canvas to chart it here.'}</p>
      )}
    </div>
  );
});

function ChartGroup({ title, subtitle, set, bucket, base, cursorMs, onScrub, legend }: {
  title: string;
  subtitle?: string;
  set: ChartSet;
  bucket: number;
  base: SimResult;
  cursorMs: number;
  onScrub: (ms: number) => void;
  legend?: ReactNode;
}) {
  return (
    <section className="sp-charts__group" aria-label={`Charts: ${title}`}>
      <header className="sp-charts__head">
        <h4 className="sp-charts__title">{title}</h4>
        {subtitle && <span className="sp-charts__subtitle">{subtitle}</span>}
        {legend}
      </header>
      <div className="sp-charts__row">
        {set.charts.map((spec) => (
          <TimeChart key={spec.key} spec={spec} xs={set.xs} cursorMs={cursorMs} bucket={bucket} bucketMs={base.bucketMs} onScrub={onScrub} />
        ))}
      </div>
    </section>
  );
}
