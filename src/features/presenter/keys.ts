/**
 * Presenter mode's keys, as a pure mapping from a key event to a command, so the keyboard contract is
 * tested without a browser. Presentation clickers send PageDown / PageUp (some send arrows), so both work.
 */
export type PresenterCommand =
  | { type: 'exit' }
  | { type: 'next'; big: boolean }
  | { type: 'previous'; big: boolean }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'reveal-finding' }
  | { type: 'hide-finding' }
  | { type: 'laser-down' }
  | { type: 'help' };

export interface KeyLike {
  key: string;
  code?: string;
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

/** The command a key press means in presenter mode, or undefined (the key is left to the editor). */
export function presenterCommand(e: KeyLike): PresenterCommand | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey) return undefined;
  switch (e.key) {
    case 'Escape':
      return { type: 'exit' };
    case 'ArrowRight':
    case 'PageDown':
      return { type: 'next', big: e.shiftKey };
    case 'ArrowLeft':
    case 'PageUp':
      return { type: 'previous', big: e.shiftKey };
    case 'Home':
      return { type: 'first' };
    case 'End':
      return { type: 'last' };
    case '?':
      return { type: 'help' };
  }
  const key = e.key.toLowerCase();
  if (key === 'n') return e.shiftKey ? { type: 'hide-finding' } : { type: 'reveal-finding' };
  // Shift+L stays the editor's auto-layout.
  if (key === 'l' && !e.shiftKey) return { type: 'laser-down' };
  return undefined;
}

/** How far one press moves the simulation cursor: about 1/40 of the run, never under one bucket. */
export function timelineStep(durationMs: number, bucketMs: number, big: boolean): number {
  const step = Math.max(bucketMs, Math.round(durationMs / 40 / bucketMs) * bucketMs || bucketMs);
  return big ? step * 5 : step;
}

/** Hold L for a laser while held; a quick tap switches it on until the next tap. */
export const LASER_HOLD_MS = 400;
