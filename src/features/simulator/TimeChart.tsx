/**
 * One small time-series chart drawn by uPlot, which is loaded (with its stylesheet) on first use, so it
 * stays out of the initial bundle. The playback cursor is a line laid over the plot and moved without a
 * redraw; pressing or dragging on the plot scrubs.
 */
import { memo, useEffect, useRef, useState } from 'react';
import type uPlot from 'uplot';
import { useEditor } from '../../store/StoreProvider.tsx';
import { formatChartValue, PALETTE_SIZE, valuesAt, type ChartSpec } from './chart-data.ts';

type UPlotClass = typeof uPlot;

let loading: Promise<UPlotClass> | null = null;

/** uPlot and its stylesheet, fetched once. */
function loadUPlot(): Promise<UPlotClass> {
  loading ??= Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([module]) => module.default);
  loading.catch(() => {
    loading = null; // a failed chunk load may succeed later
  });
  return loading;
}

export interface TimeChartProps {
  spec: ChartSpec;
  /** Bucket start times in seconds. */
  xs: readonly number[];
  cursorMs: number;
  bucket: number;
  bucketMs: number;
  onScrub: (ms: number) => void;
  height?: number;
}

interface Colors {
  axis: string;
  grid: string;
  series: string[];
}

function readColors(el: HTMLElement): Colors {
  const style = getComputedStyle(el);
  const get = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    axis: get('--text-3', '#7a8396'),
    grid: get('--border', '#d9dde4'),
    series: Array.from({ length: PALETTE_SIZE }, (_, i) => get(`--sp-series-${i + 1}`, '#3b5bdb')),
  };
}

function axisLabel(v: number, unit: ChartSpec['unit']): string {
  if (unit === 'ms') return v >= 1000 ? `${+(v / 1000).toFixed(2)} s` : `${v} ms`;
  return unit === '%' ? `${v} %` : `${v}/s`;
}

export const TimeChart = memo(function TimeChart({ spec, xs, cursorMs, bucket, bucketMs, onScrub, height = 96 }: TimeChartProps) {
  const host = useRef<HTMLDivElement>(null);
  const plotRef = useRef<uPlot | null>(null);
  const lineRef = useRef<HTMLDivElement | null>(null);
  const cursorRef = useRef(cursorMs);
  const scrubRef = useRef(onScrub);
  const [lib, setLib] = useState<UPlotClass | null>(null);
  const [failed, setFailed] = useState(false);
  const theme = useEditor((s) => s.theme);

  useEffect(() => {
    scrubRef.current = onScrub;
  }, [onScrub]);

  useEffect(() => {
    let live = true;
    loadUPlot().then(
      (cls) => live && setLib(() => cls),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, []);

  const placeLine = () => {
    const plot = plotRef.current;
    const line = lineRef.current;
    if (!plot || !line) return;
    const left = plot.valToPos(cursorRef.current / 1000, 'x');
    line.style.transform = `translateX(${Number.isFinite(left) ? left : 0}px)`;
  };

  useEffect(() => {
    const el = host.current;
    if (!lib || !el) return;
    let cancelled = false;
    let cleanup: (() => void) | undefined;
    // Built after this commit's effects, so the theme's colours (set by the shell) are in place.
    void Promise.resolve().then(() => {
      if (cancelled) return;
      const colors = readColors(el);
      const axis = { stroke: colors.axis, grid: { stroke: colors.grid, width: 1 }, ticks: { stroke: colors.grid, width: 1, size: 4 }, font: '10px system-ui, sans-serif', gap: 3 };
      const opts: uPlot.Options = {
        width: Math.max(160, el.clientWidth),
        height,
        padding: [6, 14, 0, 0],
        legend: { show: false },
        cursor: { y: false, drag: { x: false, y: false, setScale: false }, points: { show: false } },
        scales: {
          x: { time: false, range: [0, Math.max(xs.length * (bucketMs / 1000), 1)] },
          y: spec.range ? { range: spec.range } : { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
        },
        axes: [
          { ...axis, size: 22, values: (_u, splits) => splits.map((v) => `${v} s`) },
          { ...axis, size: 44, values: (_u, splits) => splits.map((v) => axisLabel(v, spec.unit)) },
        ],
        series: [
          {},
          ...spec.series.map((s) => ({
            label: s.label,
            stroke: colors.series[s.color] ?? colors.axis,
            width: s.dashed ? 1.5 : 1.75,
            ...(s.dashed ? { dash: [5, 4] } : {}),
            points: { show: false },
            spanGaps: false,
          })),
        ],
        hooks: { setSize: [() => placeLine()] },
      };
      const data = [Array.from(xs), ...spec.series.map((s) => s.values)] as uPlot.AlignedData;
      let plot: uPlot;
      try {
        plot = new lib(opts, data, el);
      } catch {
        setFailed(true);
        return;
      }
      plotRef.current = plot;
      const line = document.createElement('div');
      line.className = 'sp-chart__cursor';
      plot.over.appendChild(line);
      lineRef.current = line;
      placeLine();

      const over = plot.over;
      const scrubTo = (clientX: number) => {
        const x = clientX - over.getBoundingClientRect().left;
        const seconds = plot.posToVal(x, 'x');
        if (Number.isFinite(seconds)) scrubRef.current(seconds * 1000);
      };
      const onDown = (e: PointerEvent) => {
        if (e.button !== 0) return;
        over.setPointerCapture?.(e.pointerId);
        scrubTo(e.clientX);
        const onMove = (m: PointerEvent) => scrubTo(m.clientX);
        const onUp = () => {
          over.removeEventListener('pointermove', onMove);
          over.removeEventListener('pointerup', onUp);
          over.removeEventListener('pointercancel', onUp);
        };
        over.addEventListener('pointermove', onMove);
        over.addEventListener('pointerup', onUp);
        over.addEventListener('pointercancel', onUp);
      };
      over.addEventListener('pointerdown', onDown);
      const resize = typeof ResizeObserver === 'undefined'
        ? undefined
        : new ResizeObserver(() => {
          const width = Math.max(160, el.clientWidth);
          if (width !== plot.width) plot.setSize({ width, height });
        });
      resize?.observe(el);
      cleanup = () => {
        resize?.disconnect();
        over.removeEventListener('pointerdown', onDown);
        plot.destroy();
        plotRef.current = null;
        lineRef.current = null;
      };
    });
    return () => {
      cancelled = true;
      cleanup?.();
    };
  }, [lib, spec, xs, height, bucketMs, theme]);

  useEffect(() => {
    cursorRef.current = cursorMs;
    placeLine();
  });

  const values = valuesAt(spec, bucket);
  return (
    <figure className="sp-chart" data-testid={`chart-${spec.key}`}>
      <figcaption className="sp-chart__head">
        <span className="sp-chart__title">{spec.title}</span>
        <span className="sp-chart__values" aria-live="off">
          {values.slice(0, 4).map((v, i) => {
            const s = spec.series[i]!;
            return (
              <span key={i} className={`sp-chart__value sp-color-${s.color + 1}${s.dashed ? ' is-dashed' : ''}`} title={s.label}>
                {formatChartValue(v, spec.unit)}
              </span>
            );
          })}
        </span>
      </figcaption>
      <div ref={host} className="sp-chart__plot" style={{ height }} role="img"
        aria-label={`${spec.title} over time: ${spec.series.map((s, i) => `${s.label} ${formatChartValue(values[i] ?? null, spec.unit)}`).join(', ')} at the cursor`}>
        {failed && <p className="sp-chart__fallback">The chart could not be drawn.</p>}
      </div>
    </figure>
  );
});
