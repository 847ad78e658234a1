/**
 * What the benchmark installs in every page before its scripts run (Playwright's addInitScript): the
 * page's own clock does the measuring. Plain JavaScript in a string, so nothing the TypeScript runner
 * adds to compiled functions can leak into the page.
 *
 * `window.__bench`:
 * - `longtasks`: every PerformanceObserver long task, as [startTime, duration].
 * - `readyAt`: performance.now() of the first frame after the page is drawn: for `nodes`, every one of
 *   `expect` React Flow nodes present and visible (the whole diagram on screen); for `pane`, the canvas
 *   pane; for `root`, anything in #root. It is also logged to the console (READY_MESSAGE).
 * - `drive(kind, frames, opts)`: one input step per animation frame — `pan` (wheel, as a trackpad or
 *   Shift+wheel does), `zoom` (Ctrl+wheel, as a pinch does; in for the first half, out for the second)
 *   or `drag` (mousedown on node `opts.id`, one mousemove per frame, mouseup) — dispatched as DOM events
 *   on the canvas, resolving with the frames' timestamps. With the frame rate uncapped, the gap between
 *   two frames is the time that step cost.
 * - `zoomTo(id, k, flowPoint?)`: zooms to `k` around node `id` (one pinch step), or around `flowPoint` (its
 *   centre in flow coordinates) when the node is not drawn (inside a collapsed context); `settle()` waits until no frame
 *   takes over 50 ms for 400 ms; `armFindings()` / `findings`: when the findings summary next changes
 *   after a key press, and when that change was painted.
 */
export interface ProbeConfig {
  ready: 'nodes' | 'pane' | 'root';
  expect?: number;
}

/**
 * Logged to the console when the page is ready. The benchmark waits for it rather than polling the page:
 * Playwright's polling (waitForFunction) evaluates its own injected script in the page, a long task
 * of 20–30 ms that would land in the very start-up it measures.
 */
export const READY_MESSAGE = '__bench:ready';

export function probeScript(config: ProbeConfig): string {
  return `(() => {
  const CFG = ${JSON.stringify(config)};
  const READY_MESSAGE = ${JSON.stringify(READY_MESSAGE)};
  const B = (window.__bench = { longtasks: [], readyAt: 0, keyAt: 0, findings: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  const isReady = () => {
    if (CFG.ready === 'root') return !!document.getElementById('root')?.firstElementChild;
    if (CFG.ready === 'pane') return !!document.querySelector('.react-flow__pane');
    const els = document.getElementsByClassName('react-flow__node');
    const last = els[els.length - 1];
    // A collapsed context (the app's overview, zoomed far out; not a React Flow node) stands for its members.
    let drawn = els.length;
    const boxes = document.querySelectorAll('[data-members]');
    for (const c of boxes) drawn += Number(c.getAttribute('data-members'));
    return drawn >= CFG.expect && (last ? last.style.visibility !== 'hidden' : boxes.length > 0);
  };
  const check = () => {
    if (isReady()) requestAnimationFrame(() => { B.readyAt = performance.now(); console.debug(READY_MESSAGE); });
    else requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
  addEventListener('keydown', (e) => { B.keyAt = e.timeStamp; }, true);

  const pane = () => document.querySelector('.react-flow__pane');
  const centre = (el) => { const r = el.getBoundingClientRect(); return { x: r.left + r.width / 2, y: r.top + r.height / 2 }; };
  const wheel = (target, init) => target.dispatchEvent(new WheelEvent('wheel', Object.assign({ bubbles: true, cancelable: true, deltaMode: 0, view: window }, init)));
  const mouse = (target, type, x, y) => target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, view: window, clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1 }));
  const nodeEl = (id) => document.querySelector('.react-flow__node[data-id="' + id + '"]');

  B.zoom = () => {
    const m = /scale\\(([^)]+)\\)/.exec(document.querySelector('.react-flow__viewport')?.style.transform ?? '');
    return m ? Number(m[1]) : 1;
  };
  /** The screen point of a flow point, from the viewport's transform. */
  const toScreen = (p) => {
    const m = /translate\\(([-\\d.e]+)px, ([-\\d.e]+)px\\)/.exec(document.querySelector('.react-flow__viewport')?.style.transform ?? '');
    const r = pane().getBoundingClientRect();
    return { x: r.left + (m ? Number(m[1]) : 0) + p.x * B.zoom(), y: r.top + (m ? Number(m[2]) : 0) + p.y * B.zoom() };
  };
  B.zoomTo = (id, k, flowPoint) => {
    const el = nodeEl(id);
    // A node inside a collapsed context is not in the DOM: aim at where it is (its flow point).
    const at = el ? centre(el) : flowPoint ? toScreen(flowPoint) : centre(pane());
    // React Flow's pinch step: zoom * 2^(-deltaY * 0.002).
    wheel(pane(), { ctrlKey: true, deltaY: -Math.log2(k / B.zoom()) / 0.002, clientX: at.x, clientY: at.y });
  };
  B.settle = (quietMs = 400, capMs = 15000) => new Promise((resolve) => {
    const start = performance.now();
    let last = start;
    let quietSince = start;
    const step = (now) => {
      if (now - last > 50) quietSince = now;
      last = now;
      if (now - quietSince >= quietMs || now - start > capMs) resolve(now - start);
      else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  B.drive = (kind, frames, opts) => new Promise((resolve) => {
    const target = pane();
    const mid = centre(target);
    const times = [];
    let i = 0;
    let node = null;
    let from = null;
    if (kind === 'drag') {
      node = nodeEl(opts.id);
      from = centre(node);
      mouse(node, 'mousedown', from.x, from.y);
    }
    const step = (now) => {
      times.push(now);
      if (i >= frames) {
        if (kind === 'drag') mouse(window, 'mouseup', from.x + frames * 2, from.y);
        resolve(times);
        return;
      }
      if (kind === 'pan') {
        const dir = Math.floor(i / 40) % 2 ? -1 : 1;
        wheel(target, { deltaX: 8 * dir, deltaY: 5 * dir, clientX: mid.x, clientY: mid.y });
      } else if (kind === 'zoom') {
        wheel(target, { ctrlKey: true, deltaY: i < frames / 2 ? -15 : 15, clientX: mid.x, clientY: mid.y });
      } else {
        mouse(window, 'mousemove', from.x + (i + 1) * 2, from.y + (i % 2));
      }
      i++;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  B.armFindings = () => {
    B.findings = null;
    const el = document.querySelector('[data-testid="findings-summary"]');
    const before = el.getAttribute('aria-label');
    const observer = new MutationObserver(() => {
      if (el.getAttribute('aria-label') === before) return;
      const changed = performance.now();
      observer.disconnect();
      requestAnimationFrame(() => { B.findings = { key: B.keyAt, changed, painted: performance.now() }; });
    });
    observer.observe(el, { subtree: true, childList: true, characterData: true, attributes: true });
  };
})();`;
}
