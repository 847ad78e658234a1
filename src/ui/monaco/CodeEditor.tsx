/**
 * A Monaco editor that looks like the rest of the app: app theme (light/dark), the app's monospace
 * font, no minimap, two-space indentation, widgets free to overflow the panel. Monaco comes from the
 * local package (load-monaco.ts); import this component only from lazily loaded code.
 *
 * The text is the caller's business: `onReady` gets the editor once it exists (its text model made
 * from `path` and `language`, initially empty) and may return a cleanup, run before the editor goes.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import Editor from '@monaco-editor/react';
import type * as Monaco from 'monaco-editor';
import { monaco } from './load-monaco.ts';
import { MONACO_THEME, type AppTheme } from './themes.ts';
import './code-editor.css';

export const MONO_FONT = "ui-monospace, 'SFMono-Regular', Menlo, Consolas, 'Liberation Mono', monospace";

export interface CodeEditorProps {
  /** Model URI, e.g. `inmemory://faultline/model.yaml`; language features can be scoped to it. */
  path: string;
  language: string;
  theme: AppTheme;
  ariaLabel: string;
  options?: Monaco.editor.IStandaloneEditorConstructionOptions;
  onReady: (editor: Monaco.editor.IStandaloneCodeEditor, api: typeof Monaco) => void | (() => void);
}

const BASE_OPTIONS: Monaco.editor.IStandaloneEditorConstructionOptions = {
  fontFamily: MONO_FONT,
  fontSize: 12,
  lineHeight: 18,
  tabSize: 2,
  insertSpaces: true,
  detectIndentation: false,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  fixedOverflowWidgets: true,
  renderLineHighlight: 'line',
  renderWhitespace: 'none',
  lineNumbersMinChars: 3,
  folding: true,
  stickyScroll: { enabled: true, maxLineCount: 3 },
  padding: { top: 8, bottom: 8 },
  scrollbar: { verticalScrollbarSize: 10, horizontalScrollbarSize: 10, useShadows: false },
  overviewRulerBorder: false,
  hideCursorInOverviewRuler: true,
  wordBasedSuggestions: 'off',
  quickSuggestions: { other: true, strings: true, comments: false },
  suggest: { showWords: false, preview: true },
  tabCompletion: 'on',
  // Curly quotes and dashes are ordinary in descriptions; only invisible characters are worth flagging.
  unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: true },
  automaticLayout: true,
};

export function CodeEditor({ path, language, theme, ariaLabel, options, onReady }: CodeEditorProps) {
  const [editor, setEditor] = useState<Monaco.editor.IStandaloneCodeEditor | null>(null);
  const ready = useRef(onReady);
  useEffect(() => {
    ready.current = onReady;
  });
  useEffect(() => {
    if (!editor) return undefined;
    const cleanup = ready.current(editor, monaco);
    return typeof cleanup === 'function' ? cleanup : undefined;
  }, [editor]);
  const merged = useMemo(() => ({ ...BASE_OPTIONS, ariaLabel, ...options }), [ariaLabel, options]);
  return (
    <Editor
      className="code-editor"
      defaultPath={path}
      path={path}
      defaultLanguage={language}
      defaultValue=""
      theme={MONACO_THEME[theme]}
      options={merged}
      loading={<div className="code-editor__loading">Loading the editor…</div>}
      onMount={(instance) => setEditor(instance)}
    />
  );
}
