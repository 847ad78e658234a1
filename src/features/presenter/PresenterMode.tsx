/**
 * Presenter mode, for workshops: full screen (when the browser allows it; it still works when refused),
 * larger type, side panels hidden, the diagram zoomed to fill the room's screen, and the keyboard:
 *
 *   → / PageDown, ← / PageUp   the lesson's next / previous step — or, with the Simulate panel open on
 *                              a run, the timeline (Shift for bigger jumps; Home / End for its ends)
 *   N, Shift+N                 reveal the next finding / hide the last one (one at a time)
 *   L                          laser pointer: hold it, or tap to switch it on and off
 *   ?                          the keys
 *   Esc (or Ctrl/⌘+Alt+P)      leave
 *
 * Mounted only while presenting (the teaching store's `presenting`); leaving restores the view.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useReactFlow } from '@xyflow/react';
import { compareFindings, type Finding } from '../../core/rules/index.ts';
import type { EditorState } from '../../store/editor-store.ts';
import { simulationStoreFor, useSimulation } from '../../store/simulation.ts';
import { useEditor, useEditorStore } from '../../store/StoreProvider.tsx';
import { goToLessonStep, stepBack, stepForward, teachingStoreFor, useTeaching } from '../../store/teaching.ts';
import { isTypingTarget } from '../../ui/file-io.ts';
import { LASER_HOLD_MS, presenterCommand, timelineStep, type PresenterCommand } from './keys.ts';
import './presenter.css';

const selectFindings = (s: EditorState) => s.analysis?.findings;
const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

export function PresenterMode() {
  const store = useEditorStore();
  const flow = useReactFlow();
  const rawFindings = useEditor(selectFindings);
  const findings = useMemo(() => [...(rawFindings ?? [])].sort(compareFindings), [rawFindings]);
  const [revealed, setRevealed] = useState(0);
  const [laser, setLaser] = useState(false);
  const [help, setHelp] = useState(false);
  const [flash, setFlash] = useState<string | null>(null);
  const shown = Math.min(revealed, findings.length);
  const findingsRef = useRef(findings);
  findingsRef.current = findings;

  const say = useCallback((message: string) => setFlash(message), []);
  useEffect(() => {
    if (!flash) return;
    const t = setTimeout(() => setFlash(null), 2600);
    return () => clearTimeout(t);
  }, [flash]);

  // Enter: class on the root (hides panels, scales type), full screen if allowed, the diagram framed.
  // Leave: all of it undone, the view as it was.
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('is-presenting');
    const saved = flow.getViewport();
    const frame = () => void flow.fitView({ padding: 0.12, maxZoom: 1.6, duration: 300 });
    let ownsFullscreen = false;
    let raf = requestAnimationFrame(() => (raf = requestAnimationFrame(frame)));
    const onFullscreen = () => {
      if (document.fullscreenElement) {
        ownsFullscreen = true;
        raf = requestAnimationFrame(frame);
      } else if (ownsFullscreen) {
        // The browser left full screen (Esc, F11): leave presenter mode with it.
        ownsFullscreen = false;
        teachingStoreFor(store).getState().setPresenting(false);
      }
    };
    document.addEventListener('fullscreenchange', onFullscreen);
    if (!document.fullscreenElement && typeof root.requestFullscreen === 'function') {
      try {
        // Refused (no user gesture, an iframe, a kiosk): presenter mode works without it.
        root.requestFullscreen({ navigationUI: 'hide' }).catch(() => undefined);
      } catch {
        // Same.
      }
    }
    return () => {
      cancelAnimationFrame(raf);
      document.removeEventListener('fullscreenchange', onFullscreen);
      root.classList.remove('is-presenting', 'is-lasering');
      if (ownsFullscreen && document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
      store.getState().setHighlight(null);
      void flow.setViewport(saved, { duration: 200 });
    };
  }, [flow, store]);

  // The newest revealed finding is highlighted on the canvas (the laser takes over while it is on).
  useEffect(() => {
    if (laser) return;
    const latest = shown > 0 ? findings[shown - 1] : undefined;
    store.getState().setHighlight(latest ? { nodes: new Set(latest.nodes), links: new Set(latest.links) } : null);
  }, [store, findings, shown, laser]);

  const step = useCallback((direction: 1 | -1, big: boolean) => {
    const sim = simulationStoreFor(store).getState();
    const run = sim.panelOpen ? sim.runs[0] : undefined;
    if (run) {
      sim.setPlaying(false);
      sim.setCursor(sim.cursorMs + direction * timelineStep(run.result.durationMs, run.result.bucketMs, big));
      return;
    }
    const teaching = teachingStoreFor(store).getState();
    if (!teaching.active) {
      say('Nothing to step through: start a lesson, or open Simulate on a run');
      return;
    }
    if (direction > 0 && !stepForward(store)) {
      say(teaching.progress && teaching.progress.stepIndex >= teaching.active.lesson.steps.length ? 'That was the last step' : 'Next unlocks when this step’s check passes');
    }
    if (direction < 0 && !stepBack(store)) say('This is the first step');
  }, [store, say]);

  const ends = useCallback((which: 'first' | 'last') => {
    const sim = simulationStoreFor(store).getState();
    const run = sim.panelOpen ? sim.runs[0] : undefined;
    if (run) {
      sim.setPlaying(false);
      sim.setCursor(which === 'first' ? 0 : run.result.durationMs);
    } else if (which === 'first') goToLessonStep(store, 0);
  }, [store]);

  // The laser: a red dot that follows the pointer and highlights the node under it.
  const laserRef = useRef({ on: false, downAt: 0, tapOff: false });
  const dot = useRef<HTMLDivElement>(null);
  const setLaserOn = useCallback((on: boolean) => {
    laserRef.current.on = on;
    setLaser(on);
  }, []);
  useEffect(() => {
    const root = document.documentElement;
    root.classList.toggle('is-lasering', laser);
    if (!laser) return;
    let over: string | null = null;
    const onMove = (e: PointerEvent) => {
      const el = dot.current;
      if (el) {
        el.style.transform = `translate(${e.clientX}px, ${e.clientY}px)`;
        el.hidden = false;
      }
      const target = document.elementFromPoint(e.clientX, e.clientY);
      const id = target?.closest('.react-flow__node')?.getAttribute('data-id') ?? null;
      if (id === over) return;
      over = id;
      store.getState().setHighlight(id ? { nodes: new Set([id]), links: new Set() } : null);
    };
    window.addEventListener('pointermove', onMove, { passive: true });
    return () => {
      window.removeEventListener('pointermove', onMove);
      root.classList.remove('is-lasering');
    };
  }, [laser, store]);

  const runCommand = useCallback((cmd: PresenterCommand, repeat: boolean, at = performance.now()) => {
    switch (cmd.type) {
      case 'exit':
        if (help) setHelp(false);
        else teachingStoreFor(store).getState().setPresenting(false);
        return;
      case 'next':
        return step(1, cmd.big);
      case 'previous':
        return step(-1, cmd.big);
      case 'first':
      case 'last':
        return ends(cmd.type);
      case 'reveal-finding':
        if (findingsRef.current.length === 0) say('No findings: the rules engine is happy with this design');
        else setRevealed((n) => Math.min(findingsRef.current.length, Math.min(n, findingsRef.current.length) + 1));
        return;
      case 'hide-finding':
        setRevealed((n) => Math.max(0, Math.min(n, findingsRef.current.length) - 1));
        return;
      case 'laser-down': {
        if (repeat) return;
        const state = laserRef.current;
        if (state.on) state.tapOff = true;
        else {
          state.tapOff = false;
          state.downAt = at;
          setLaserOn(true);
        }
        return;
      }
      case 'help':
        setHelp((v) => !v);
        return;
    }
  }, [store, step, ends, say, help, setLaserOn]);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTypingTarget(e.target)) return;
      const cmd = presenterCommand(e);
      if (!cmd) return;
      // Before the editor's own shortcuts and React Flow's arrow-key moves.
      e.preventDefault();
      e.stopPropagation();
      // Event times, not handler times: a busy main thread must not turn a tap into a hold.
      runCommand(cmd, e.repeat, e.timeStamp);
    };
    const onKeyUp = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== 'l' || e.shiftKey) return;
      const state = laserRef.current;
      if (state.tapOff) {
        state.tapOff = false;
        setLaserOn(false);
      } else if (state.on && e.timeStamp - state.downAt > LASER_HOLD_MS) setLaserOn(false);
    };
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener('keyup', onKeyUp, true);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener('keyup', onKeyUp, true);
    };
  }, [runCommand, setLaserOn]);

  return (
    <>
      {laser && <div ref={dot} className="pm-laser" data-testid="presenter-laser" hidden aria-hidden="true" />}
      {shown > 0 && <FindingsReveal findings={findings.slice(0, shown)} total={findings.length} />}
      {help && <KeysHelp onClose={() => setHelp(false)} />}
      <Hud findings={findings.length} shown={shown} laser={laser} flash={flash}
        onLaser={() => setLaserOn(!laserRef.current.on)} onHelp={() => setHelp((v) => !v)}
        onExit={() => teachingStoreFor(store).getState().setPresenting(false)}
        onReveal={() => runCommand({ type: 'reveal-finding' }, false)} />
    </>
  );
}

/** The bar along the bottom: what the arrows step through, findings, laser, keys, and the way out. */
function Hud({ findings, shown, laser, flash, onLaser, onHelp, onExit, onReveal }: {
  findings: number;
  shown: number;
  laser: boolean;
  flash: string | null;
  onLaser: () => void;
  onHelp: () => void;
  onExit: () => void;
  onReveal: () => void;
}) {
  const active = useTeaching((s) => s.active);
  const progress = useTeaching((s) => s.progress);
  const check = useTeaching((s) => s.check);
  const panelOpen = useSimulation((s) => s.panelOpen);
  const run = useSimulation((s) => s.runs[0]);
  const cursor = useSimulation((s) => s.cursorMs);
  const timeline = panelOpen && run;
  const step = active && progress ? active.lesson.steps[progress.stepIndex] : undefined;
  const passed = step && (progress?.completed.includes(step.id) || (check?.stepId === step.id && check.status === 'passed'));

  return (
    <div className="pm-hud" role="toolbar" aria-label="Presenter mode" data-testid="presenter-hud">
      <span className="pm-hud__live"><span className="pm-hud__dot" aria-hidden="true" />Presenting</span>
      <span className="pm-hud__context" data-testid="presenter-context">
        {timeline ? (
          <>Timeline <strong>{(cursor / 1000).toFixed(1)} s</strong> / {(run.result.durationMs / 1000).toFixed(0)} s</>
        ) : step && progress && active ? (
          <>Step {progress.stepIndex + 1}/{active.lesson.steps.length} · <strong>{step.title}</strong>{passed && <span className="pm-hud__ok"> ✓</span>}</>
        ) : active ? (
          <>“{active.lesson.title}” complete</>
        ) : (
          <>Free presentation</>
        )}
      </span>
      <button type="button" className="pm-hud__btn" onClick={onReveal} data-testid="presenter-reveal" title="Reveal the next finding (N; Shift+N hides)">
        Findings <kbd>N</kbd> <span className="pm-hud__count">{shown}/{findings}</span>
      </button>
      <button type="button" className={`pm-hud__btn${laser ? ' is-on' : ''}`} aria-pressed={laser} onClick={onLaser} data-testid="presenter-laser-toggle"
        title="Laser pointer (hold L, or tap L to switch)">
        Laser <kbd>L</kbd>
      </button>
      <button type="button" className="pm-hud__btn" onClick={onHelp} title="Keys (?)" aria-label="Presenter keys">?</button>
      <button type="button" className="pm-hud__btn pm-hud__exit" onClick={onExit} data-testid="presenter-exit" title={`Leave presenter mode (Esc or ${MOD}Alt+P)`}>
        Exit <kbd>Esc</kbd>
      </button>
      {flash && <span className="pm-hud__flash" role="status" data-testid="presenter-flash">{flash}</span>}
    </div>
  );
}

/** The findings revealed so far, newest last (and highlighted on the canvas). */
function FindingsReveal({ findings, total }: { findings: readonly Finding[]; total: number }) {
  return (
    <section className="pm-findings" aria-label="Findings" aria-live="polite" data-testid="presenter-findings">
      <header className="pm-findings__head">Findings <span>{findings.length} of {total}</span></header>
      <ol className="pm-findings__list">
        {findings.map((f, i) => (
          <li key={`${f.rule}:${f.nodes.join(',')}:${f.links.join(',')}:${i}`} className={`pm-finding pm-finding--${f.severity}${i === findings.length - 1 ? ' is-latest' : ''}`}
            data-testid="presenter-finding" data-rule={f.rule}>
            <span className="pm-finding__sev">{f.severity}</span>
            <span className="pm-finding__msg">{f.message}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

function KeysHelp({ onClose }: { onClose: () => void }) {
  const rows: [string, string][] = [
    ['→  PageDown', 'next lesson step — or forward on the simulation timeline (Simulate open)'],
    ['←  PageUp', 'previous step — or back on the timeline; Shift for bigger jumps'],
    ['Home  End', 'first step / the timeline’s ends'],
    ['N  Shift+N', 'reveal the next finding / hide the last one'],
    ['L', 'laser pointer: hold, or tap to switch on and off'],
    ['Esc', `leave presenter mode (also ${MOD}Alt+P)`],
  ];
  return (
    <div className="pm-help" role="dialog" aria-label="Presenter keys" data-testid="presenter-help">
      <dl>
        {rows.map(([keys, what]) => (
          <div key={keys}><dt>{keys}</dt><dd>{what}</dd></div>
        ))}
      </dl>
      <button type="button" className="pm-hud__btn" onClick={onClose}>Close</button>
    </div>
  );
}

export default PresenterMode;
