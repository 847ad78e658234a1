/**
 * The transport: play/pause, the time at the cursor, the speed, and a track with the scenario's faults
 * as bars (one lane per overlap), the run's health along the bottom, and a range input laid over it to
 * scrub (keyboard: arrows step a bucket, Page Up/Down ten, Home/End).
 */
import { memo, useMemo, type CSSProperties, type PointerEvent } from 'react';
import type { FaultSpec, Scenario } from '../../core/sim/index.ts';
import { PLAYBACK_SPEEDS, type PlaybackSpeed, type SimRun } from '../../store/simulation.ts';
import { formatSeconds } from './format.ts';

export interface TimelineProps {
  scenario: Scenario;
  run: SimRun | undefined;
  cursorMs: number;
  playing: boolean;
  speed: PlaybackSpeed;
  nameOf: (id: string) => string;
  activeFault: number | null;
  onActivateFault: (index: number | null) => void;
  onScrub: (ms: number) => void;
  onPlay: (playing: boolean) => void;
  onSpeed: (speed: PlaybackSpeed) => void;
}

/** Lanes so overlapping faults do not draw on top of each other (greedy, in start order). */
export function faultLanes(faults: readonly FaultSpec[]): number[] {
  const order = faults.map((_, i) => i).sort((a, b) => faults[a]!.fromMs - faults[b]!.fromMs);
  const ends: number[] = [];
  const lanes = new Array<number>(faults.length).fill(0);
  for (const i of order) {
    const f = faults[i]!;
    let lane = ends.findIndex((end) => end <= f.fromMs);
    if (lane < 0) lane = ends.length;
    ends[lane] = f.toMs;
    lanes[i] = lane;
  }
  return lanes;
}

const NO_FAULTS: readonly FaultSpec[] = [];

type Band = 'ok' | 'degraded' | 'failing' | 'idle';

/** The run's overall success ratio per bucket as a CSS gradient of ok/degraded/failing bands. */
function healthGradient(run: SimRun): string | undefined {
  const { entries, bucketCount } = run.result;
  if (bucketCount === 0 || entries.ids.length === 0) return undefined;
  const bands: Band[] = [];
  for (let b = 0; b < bucketCount; b++) {
    let arrivals = 0;
    let ok = 0;
    let degraded = 0;
    for (let e = 0; e < entries.ids.length; e++) {
      const cell = e * bucketCount + b;
      arrivals += entries.arrivals[cell]!;
      ok += entries.ok[cell]!;
      degraded += entries.degraded[cell]!;
    }
    const ratio = arrivals === 0 ? NaN : (ok + degraded) / arrivals;
    bands.push(Number.isNaN(ratio) ? 'idle' : ratio < 0.75 ? 'failing' : ratio < 0.99 || degraded / arrivals >= 0.01 ? 'degraded' : 'ok');
  }
  const color: Record<Band, string> = { ok: 'var(--success)', degraded: 'var(--warning)', failing: 'var(--danger)', idle: 'var(--surface-3)' };
  const stops: string[] = [];
  let start = 0;
  for (let b = 1; b <= bands.length; b++) {
    if (b < bands.length && bands[b] === bands[start]) continue;
    const from = (start / bands.length) * 100;
    const to = (b / bands.length) * 100;
    stops.push(`${color[bands[start]!]} ${from}% ${to}%`);
    start = b;
  }
  return `linear-gradient(to right, ${stops.join(', ')})`;
}

export const Timeline = memo(function Timeline({
  scenario, run, cursorMs, playing, speed, nameOf, activeFault, onActivateFault, onScrub, onPlay, onSpeed,
}: TimelineProps) {
  const duration = run?.result.durationMs ?? scenario.durationMs;
  const faults = scenario.faults ?? NO_FAULTS;
  const lanes = useMemo(() => faultLanes(faults), [faults]);
  const laneCount = Math.max(1, ...lanes.map((l) => l + 1));
  const gradient = useMemo(() => (run ? healthGradient(run) : undefined), [run]);
  const step = run ? run.result.bucketMs : 1000;
  const pct = (ms: number) => `${Math.max(0, Math.min(100, (ms / Math.max(duration, 1)) * 100))}%`;
  const atEnd = run !== undefined && cursorMs >= duration;
  const ticks = [0, 0.25, 0.5, 0.75, 1].map((f) => Math.round((duration * f) / 1000) * 1000);
  // Pressing on the lanes scrubs too (the range input sits under them, over the health strip).
  const scrubFromPointer = (e: PointerEvent<HTMLDivElement>) => {
    if (!run || e.button !== 0) return;
    const box = e.currentTarget.getBoundingClientRect();
    if (box.width <= 0) return;
    const ms = ((e.clientX - box.left) / box.width) * duration;
    onPlay(false);
    onScrub(Math.round(ms / step) * step);
  };

  return (
    <div className="sp-timeline" data-testid="sim-timeline">
      <div className="sp-transport">
        <button type="button" className="sp-play" disabled={!run} data-testid="sim-play" aria-label={playing ? 'Pause' : 'Play'}
          title={run ? (playing ? 'Pause' : atEnd ? 'Play from the start' : 'Play') : 'Run the scenario first'}
          onClick={() => {
            if (!playing && atEnd) onScrub(0);
            onPlay(!playing);
          }}>
          {playing ? (
            <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true"><rect x="3.5" y="2.5" width="3" height="11" rx="1" fill="currentColor" /><rect x="9.5" y="2.5" width="3" height="11" rx="1" fill="currentColor" /></svg>
          ) : (
            <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true"><path d="M4.5 2.8v10.4a.6.6 0 0 0 .9.5l8.3-5.2a.6.6 0 0 0 0-1L5.4 2.3a.6.6 0 0 0-.9.5z" fill="currentColor" /></svg>
          )}
        </button>
        <span className="sp-time" data-testid="sim-time" aria-live="off">
          <strong>{run ? formatSeconds(Math.round(cursorMs / 100) * 100) : '–'}</strong>
          <span> / {formatSeconds(duration)}</span>
        </span>
        <label className="sp-speed" title="Playback speed: simulated seconds per second">
          <span className="fp-visually-hidden">Playback speed</span>
          <select value={speed} onChange={(e) => onSpeed(Number(e.target.value) as PlaybackSpeed)} data-testid="sim-speed">
            {PLAYBACK_SPEEDS.map((s) => <option key={s} value={s}>{s}×</option>)}
          </select>
        </label>
      </div>

      <div className="sp-track" style={{ '--sp-lanes': laneCount } as CSSProperties}>
        <div className="sp-track__lanes" onPointerDown={scrubFromPointer}
          onPointerMove={(e) => {
            if (e.buttons === 1) scrubFromPointer(e);
          }}>
          {faults.map((f, i) => (
            <button key={i} type="button" tabIndex={-1}
              className={`sp-bar sp-fault--${f.kind}${activeFault === i ? ' is-active' : ''}`}
              style={{ left: pct(f.fromMs), width: `calc(${pct(Math.min(f.toMs, duration))} - ${pct(f.fromMs)})`, top: `calc(${lanes[i]} * var(--sp-lane-h))` }}
              title={`${nameOf(f.target)} ${f.kind}, ${formatSeconds(f.fromMs)}–${formatSeconds(f.toMs)}`}
              data-testid={`fault-bar-${i}`}
              onClick={() => onActivateFault(activeFault === i ? null : i)}>
              <span className="sp-bar__label">{nameOf(f.target)} · {f.kind}</span>
            </button>
          ))}
          {faults.length === 0 && <span className="sp-track__empty">No faults: steady load only</span>}
        </div>
        <div className="sp-track__health" style={gradient ? { background: gradient } : undefined} aria-hidden="true" />
        <div className="sp-track__ticks" aria-hidden="true">
          {ticks.map((t, i) => <span key={i} style={{ left: pct(t) }}>{formatSeconds(t)}</span>)}
        </div>
        {run && <div className="sp-track__cursor" style={{ left: pct(cursorMs) }} aria-hidden="true" />}
        {run && (
          <input type="range" className="sp-track__scrub" min={0} max={duration} step={step} value={Math.min(cursorMs, duration)}
            aria-label="Playback position" aria-valuetext={formatSeconds(Math.round(cursorMs / 100) * 100)} data-testid="sim-scrub"
            onChange={(e) => {
              onPlay(false);
              onScrub(Number(e.target.value));
            }} />
        )}
      </div>
    </div>
  );
});
