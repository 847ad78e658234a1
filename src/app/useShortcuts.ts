import { useEffect } from 'react';
import { useReactFlow } from '@xyflow/react';
import type { EditorStore } from '../store/editor-store.ts';
import type { EditorServices } from '../store/services.ts';
import { copySelection, deleteSelection, duplicateSelection, groupSelection, pasteClipboard, selectAll } from '../store/actions.ts';
import { autoLayout, downloadModel, openFile } from '../store/document-actions.ts';
import { downloadText, isTypingTarget, pickFile } from '../ui/file-io.ts';
import { teachingStoreFor } from '../store/teaching.ts';

/**
 * The editor's keyboard shortcuts (Ctrl on Windows/Linux, Cmd on macOS). Ignored while typing in a
 * field, a dialog or the text editor, so Space, Delete and Ctrl+Z keep their meaning there.
 */
export interface ShellShortcuts {
  toggleFindings: () => void;
  toggleSimulator: () => void;
  toggleText: () => void;
  toggleCode: () => void;
}

export function useShortcuts(store: EditorStore, services: EditorServices, shell: ShellShortcuts): void {
  const flow = useReactFlow();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const state = store.getState();
      const run = (action: () => void) => {
        event.preventDefault();
        action();
      };
      if (mod && key === 'z' && !event.shiftKey) return run(() => state.undo());
      if (mod && ((key === 'z' && event.shiftKey) || key === 'y')) return run(() => state.redo());
      if (mod && key === 'c') return run(() => copySelection(store));
      if (mod && key === 'v') return run(() => pasteClipboard(store));
      if (mod && key === 'd') return run(() => duplicateSelection(store));
      if (mod && key === 'a') return run(() => selectAll(store));
      if (mod && key === 'g') return run(() => groupSelection(store));
      if (mod && event.shiftKey && key === 'm') return run(() => shell.toggleFindings());
      // Ctrl/Cmd+Alt+S; by code, since Alt changes the key's character (⌥S is "ß" on a Mac).
      if (mod && event.altKey && !event.shiftKey && event.code === 'KeyS') return run(() => shell.toggleSimulator());
      // Teaching, also by code: Ctrl/Cmd+Alt+P presenter mode (in and out), +B the pattern library, +N the lessons.
      if (mod && event.altKey && !event.shiftKey && event.code === 'KeyP') {
        return run(() => teachingStoreFor(store).getState().setPresenting(!teachingStoreFor(store).getState().presenting));
      }
      if (mod && event.altKey && !event.shiftKey && event.code === 'KeyB') return run(() => teachingStoreFor(store).getState().toggleDrawer('library'));
      if (mod && event.altKey && !event.shiftKey && event.code === 'KeyN') return run(() => teachingStoreFor(store).getState().toggleDrawer('lessons'));
      if (mod && event.shiftKey && key === 'e') return run(() => shell.toggleText());
      if (mod && event.shiftKey && key === 'k') return run(() => shell.toggleCode());
      if (mod && key === 's') {
        return run(() => void downloadModel(store, downloadText).then((fileName) => fileName && state.notify({ tone: 'success', message: `Downloaded ${fileName}` })));
      }
      if (mod && key === 'o') return run(() => void pickFile().then((file) => file && openFile(store, services, file)));
      if (mod || event.altKey) return;
      if (key === 'delete' || key === 'backspace') return run(() => deleteSelection(store));
      if (key === 'escape') return run(() => state.clearSelection());
      if (key === 'f') return run(() => void flow.fitView({ padding: 0.15, duration: 200, maxZoom: 1.2 }));
      if (key === 'l' && event.shiftKey) return run(() => void autoLayout(store, services));
      if (key === 'f2') {
        const [only] = state.selection.nodes;
        if (state.selection.nodes.size === 1 && only) return run(() => state.setRenaming(only));
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [flow, services, store, shell]);
}

/**
 * Registers the shortcuts from a leaf of its own. `useReactFlow` re-renders its component when the
 * viewport is initialised (just after the first paint); called from the shell, that re-rendered the
 * whole first screen a second time.
 */
export function Shortcuts({ store, services, shell }: { store: EditorStore; services: EditorServices; shell: ShellShortcuts }): null {
  useShortcuts(store, services, shell);
  return null;
}
