/**
 * The model as text, two-way: a Monaco editor showing the model as YAML or JSON, validated as you type,
 * applied to the canvas when valid (see text-sync.ts), with completion and hover docs. Loaded lazily
 * (default export for React.lazy), so Monaco is only fetched when the panel first opens.
 *
 * The panel root carries `nokey`, and the app's shortcuts skip `.monaco-editor`, so Space, Delete and
 * Ctrl+Z typed in the editor stay in the editor.
 */
import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent } from 'react';
import type * as Monaco from 'monaco-editor';
import { useEditor, useEditorStore } from '../../store/StoreProvider.tsx';
import type { EditorState } from '../../store/editor-store.ts';
import { CodeEditor } from '../../ui/monaco/CodeEditor.tsx';
import { CloseIcon, CopyIcon } from '../../ui/icons.tsx';
import { MODEL_URI, setupLanguages } from './language-setup.ts';
import { TEXT_FORMATS, type TextFormat } from './model-text.ts';
import { DEFAULT_WIDTH, MIN_WIDTH, readFormat, readWidth, writeFormat, writeWidth } from './preferences.ts';
import { attachTextSync, type SyncStatus, type TextSync } from './text-sync.ts';
import type { EntityRef } from './text-entities.ts';
import { MOD } from './TextPanelToggle.tsx';
import './text-panel.css';

const selectTheme = (s: EditorState) => s.theme;

const FORMAT_LABEL: Readonly<Record<TextFormat, string>> = { yaml: 'YAML', json: 'JSON' };

const INITIAL_STATUS: SyncStatus = { state: 'valid', problems: [], canvasChanged: false };

export interface TextPanelProps {
  /** When given, the header shows a button that closes the panel. */
  onClose?: (() => void) | undefined;
}

export default function TextPanel({ onClose }: TextPanelProps) {
  const store = useEditorStore();
  const theme = useEditor(selectTheme);
  const [format, setFormat] = useState<TextFormat>(readFormat);
  const [status, setStatus] = useState<SyncStatus>(INITIAL_STATUS);
  const [width, setWidth] = useState(readWidth);
  const sync = useRef<TextSync | null>(null);
  const editorRef = useRef<Monaco.editor.IStandaloneCodeEditor | null>(null);
  /** The element under the cursor before a format switch, to find it again in the new text. */
  const revealAfterSwitch = useRef<EntityRef | undefined>(undefined);
  const closeRef = useRef(onClose);
  useEffect(() => {
    closeRef.current = onClose;
  }, [onClose]);

  const onReady = useCallback(
    (editor: Monaco.editor.IStandaloneCodeEditor, monaco: typeof Monaco) => {
      setupLanguages(monaco);
      editorRef.current = editor;
      // The app's shortcut is skipped inside the editor (it is a typing target), so the editor has its own.
      const closeAction = editor.addAction({
        id: 'faultline.closeTextPanel',
        label: 'Close the text panel',
        keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Shift | monaco.KeyCode.KeyE],
        run: () => closeRef.current?.(),
      });
      // Ctrl+S in the editor applies the text at once instead of opening the browser's "Save page".
      const applyAction = editor.addAction({
        id: 'faultline.applyText',
        label: 'Apply the text to the canvas now',
        keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS],
        run: () => {
          sync.current?.flush();
        },
      });
      const attached = attachTextSync({ store, editor, monaco, format, onStatus: setStatus, reveal: revealAfterSwitch.current });
      revealAfterSwitch.current = undefined;
      sync.current = attached;
      return () => {
        attached.dispose();
        closeAction.dispose();
        applyAction.dispose();
        if (sync.current === attached) sync.current = null;
        if (editorRef.current === editor) editorRef.current = null;
      };
    },
    [store, format],
  );

  const switchFormat = (next: TextFormat) => {
    if (next === format) return;
    const flushed = sync.current?.flush();
    // Unapplied broken text cannot be shown in another format; the flush has just marked its problems.
    if (flushed && !flushed.valid) return;
    revealAfterSwitch.current = flushed?.entity;
    setFormat(next);
    writeFormat(next);
  };

  const copy = async () => {
    const text = editorRef.current?.getValue() ?? '';
    try {
      await navigator.clipboard.writeText(text);
      store.getState().notify({ tone: 'success', message: `Copied the ${FORMAT_LABEL[format]} to the clipboard` });
    } catch {
      store.getState().notify({ tone: 'error', message: 'The browser did not allow copying; select the text and press Ctrl+C' });
    }
  };

  const invalid = status.state === 'invalid';
  const count = status.problems.length;

  return (
    <aside className="text-panel nokey" style={{ width }} aria-label="Model as text" data-testid="text-panel">
      <ResizeHandle width={width} onResize={setWidth} />
      <header className="text-panel__header">
        <span className="text-panel__title">Text</span>
        <div className="text-panel__formats" role="radiogroup" aria-label="Text format">
          {TEXT_FORMATS.map((f) => (
            <button key={f} type="button" role="radio" aria-checked={f === format} className="text-panel__format"
              data-testid={`text-format-${f}`} disabled={invalid && f !== format}
              title={invalid && f !== format ? 'Fix the problems first: only valid text can be shown in another format' : `Show the model as ${FORMAT_LABEL[f]}`}
              onClick={() => switchFormat(f)}>
              {FORMAT_LABEL[f]}
            </button>
          ))}
        </div>
        <span className="text-panel__spacer" />
        <button type="button" className="text-panel__icon-btn" title={`Copy the ${FORMAT_LABEL[format]}`} aria-label="Copy the text"
          data-testid="text-copy" onClick={() => void copy()}>
          <CopyIcon size={15} />
        </button>
        {onClose && (
          <button type="button" className="text-panel__icon-btn" title={`Close the text panel (${MOD}Shift+E)`} aria-label="Close the text panel"
            data-testid="text-close" onClick={onClose}>
            <CloseIcon size={15} />
          </button>
        )}
      </header>
      {status.canvasChanged && (
        <div className="text-panel__notice" role="status" data-testid="text-canvas-changed">
          <span>The canvas changed while you were editing. Your text is kept; applying it will replace those changes.</span>
          <button type="button" className="text-panel__notice-btn" onClick={() => sync.current?.reloadFromCanvas()} data-testid="text-reload">
            Reload from canvas
          </button>
        </div>
      )}
      <div className="text-panel__editor">
        <CodeEditor key={format} path={MODEL_URI[format]} language={format} theme={theme}
          ariaLabel={`The model as ${FORMAT_LABEL[format]}`} onReady={onReady} />
      </div>
      <footer className={`text-panel__status text-panel__status--${status.state}`} data-testid="text-status-bar">
        <div className="text-panel__status-line">
          <span className="text-panel__dot" aria-hidden="true" />
          <span className="text-panel__status-text" data-testid="text-status" role="status" aria-live="polite">
            {invalid
              ? `${count} problem${count === 1 ? '' : 's'} — the canvas keeps the last valid model`
              : status.state === 'pending'
                ? 'Checking…'
                : 'Valid — synced with the canvas'}
          </span>
        </div>
        {invalid && status.problems[0] && (
          <button type="button" className="text-panel__problem" title="Go to the next problem (F8 in the editor)" data-testid="text-next-problem"
            onClick={() => sync.current?.revealNextProblem()}>
            <span className="text-panel__problem-where">
              {status.problems[0].line !== undefined ? `Ln ${status.problems[0].line}` : 'File'}
            </span>
            <span className="text-panel__problem-message">
              {status.problems[0].path !== '(root)' ? `${status.problems[0].path}: ` : ''}
              {status.problems[0].message}
            </span>
          </button>
        )}
      </footer>
    </aside>
  );
}

/** The panel's left edge: drag to resize (remembered), double-click to reset. */
function ResizeHandle({ width, onResize }: { width: number; onResize: (width: number) => void }) {
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);
  const latest = useRef(width);
  useEffect(() => {
    latest.current = width;
  }, [width]);
  const clamp = (w: number) => Math.round(Math.min(Math.max(w, MIN_WIDTH), Math.max(MIN_WIDTH, window.innerWidth * 0.7)));
  const onPointerDown = (event: ReactPointerEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { startX: event.clientX, startWidth: width };
  };
  const onPointerMove = (event: ReactPointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    onResize(clamp(drag.current.startWidth + drag.current.startX - event.clientX));
  };
  const onPointerUp = () => {
    if (!drag.current) return;
    drag.current = null;
    writeWidth(latest.current);
  };
  return (
    <div className="text-panel__resize" role="separator" aria-orientation="vertical" aria-label="Resize the text panel"
      title="Drag to resize; double-click to reset" onPointerDown={onPointerDown} onPointerMove={onPointerMove} onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={() => {
        onResize(DEFAULT_WIDTH);
        writeWidth(DEFAULT_WIDTH);
      }} />
  );
}
