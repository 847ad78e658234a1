/**
 * The generated code: the workspace's file tree and a read-only Monaco view, regenerated as the model
 * changes, with the selected node's files first; download the whole workspace or one service as a zip.
 * Loaded lazily (default export for React.lazy), so Monaco is fetched only when the panel first opens.
 */
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type * as Monaco from 'monaco-editor';
import { generateWorkspace, zipFiles, type GeneratedFile } from '../../core/codegen/index.ts';
import { slugify } from '../../core/model/index.ts';
import { useEditor, useEditorStore } from '../../store/StoreProvider.tsx';
import type { EditorState } from '../../store/editor-store.ts';
import { CodeEditor } from '../../ui/monaco/CodeEditor.tsx';
import { downloadBlob } from '../../ui/file-io.ts';
import { CloseIcon, DownloadIcon } from '../../ui/icons.tsx';
import { buildFileTree, defaultFile, languageOf, type TreeEntry } from './file-tree.ts';
import './code-panel.css';

const selectModel = (s: EditorState) => s.model;
const selectTheme = (s: EditorState) => s.theme;
/** The one selected node, when exactly one is selected. */
const selectSelectedNode = (s: EditorState) => (s.selection.nodes.size === 1 ? [...s.selection.nodes][0] : undefined);

const READ_ONLY = { readOnly: true, domReadOnly: true } as const;

type Generated = { ok: true; files: GeneratedFile[] } | { ok: false; message: string };

function generate(model: EditorState['model']): Generated {
  try {
    return { ok: true, files: generateWorkspace(model) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

export default function CodePanel({ onClose }: { onClose?: () => void }) {
  const store = useEditorStore();
  const theme = useEditor(selectTheme);
  // Regenerating follows the model, but never at the cost of a drag or a keystroke.
  const model = useDeferredValue(useEditor(selectModel));
  const selectedNode = useEditor(selectSelectedNode);
  const generated = useMemo(() => generate(model), [model]);
  const files = useMemo(() => (generated.ok ? generated.files : []), [generated]);
  const selectedService = useMemo(() => (selectedNode && files.some((f) => f.nodeId === selectedNode) ? selectedNode : undefined), [files, selectedNode]);
  const tree = useMemo(() => buildFileTree(files, selectedService), [files, selectedService]);
  const [openPath, setOpenPath] = useState<string | undefined>(undefined);
  const editorRef = useRef<Monaco.editor.IStandaloneCodeEditor | null>(null);
  const monacoRef = useRef<typeof Monaco | null>(null);
  const [editorReady, setEditorReady] = useState(false);

  // Selecting another service on the canvas opens its server file.
  useEffect(() => {
    setOpenPath(defaultFile(files, selectedService));
    // Only a change of selection should jump; a regeneration keeps the open file.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedService]);

  const current = files.find((f) => f.path === openPath) ?? files.find((f) => f.path === defaultFile(files, selectedService));

  useEffect(() => {
    const editor = editorRef.current;
    const monaco = monacoRef.current;
    if (!editor || !monaco || !current) return;
    const uri = monaco.Uri.parse(`inmemory://faultline-code/${current.path}`);
    const text = monaco.editor.getModel(uri) ?? monaco.editor.createModel(current.contents, languageOf(current.path), uri);
    if (text.getValue() !== current.contents) text.setValue(current.contents);
    if (editor.getModel() !== text) editor.setModel(text);
  }, [current, editorReady]);

  const onReady = useCallback((editor: Monaco.editor.IStandaloneCodeEditor, monaco: typeof Monaco) => {
    // A read-only view of code whose dependencies are not installed here: syntax colours, no red squiggles.
    monaco.typescript.typescriptDefaults.setDiagnosticsOptions({ noSemanticValidation: true, noSyntaxValidation: true });
    editorRef.current = editor;
    monacoRef.current = monaco;
    setEditorReady(true);
    return () => {
      setEditorReady(false);
      for (const m of monaco.editor.getModels()) if (m.uri.authority === 'faultline-code') m.dispose();
      editorRef.current = null;
      monacoRef.current = null;
    };
  }, []);

  const download = (service?: string) => {
    const chosen = service ? generateWorkspace(store.getState().model, { service }) : files;
    const name = `${slugify(store.getState().model.name)}${service ? `-${slugify(service)}` : ''}.zip`;
    downloadBlob(name, new Blob([zipFiles(chosen) as BlobPart], { type: 'application/zip' }));
    store.getState().notify({ tone: 'success', message: `Downloaded ${name} (${chosen.length} files)` });
  };

  return (
    <aside className="code-panel nokey" aria-label="Generated code" data-testid="code-panel">
      <header className="code-panel__header">
        <h2>Generated code</h2>
        <span className="code-panel__count">{files.length} files</span>
        <div className="code-panel__actions">
          {selectedService && (
            <button type="button" className="tool-btn" onClick={() => download(selectedService)} data-testid="download-service-zip" title="This service and the workspace files it needs">
              <DownloadIcon /><span>{selectedService}.zip</span>
            </button>
          )}
          <button type="button" className="tool-btn" onClick={() => download()} disabled={!generated.ok || files.length === 0} data-testid="download-zip" title="The whole workspace: services, clients, events, sagas, docker-compose.yml">
            <DownloadIcon /><span>Download .zip</span>
          </button>
          {onClose && <button type="button" className="tool-btn tool-btn--icon" aria-label="Close the code panel" onClick={onClose}><CloseIcon /></button>}
        </div>
      </header>
      {!generated.ok ? (
        <p className="code-panel__error" role="alert">The code could not be generated: {generated.message}</p>
      ) : files.length === 0 ? (
        <p className="code-panel__empty">Add a service to the canvas to see its generated code.</p>
      ) : (
        <div className="code-panel__body">
          <nav className="code-panel__tree" aria-label="Generated files" data-testid="code-tree">
            {tree.children.map((entry) => <TreeItem key={entry.path} entry={entry} depth={0} openPath={current?.path} onOpen={setOpenPath} />)}
          </nav>
          <div className="code-panel__editor">
            <div className="code-panel__path" data-testid="code-path">{current?.path}</div>
            <CodeEditor path="inmemory://faultline-code/__placeholder.ts" language="typescript" theme={theme} ariaLabel="Generated file (read only)"
              options={READ_ONLY} onReady={onReady} />
          </div>
        </div>
      )}
    </aside>
  );
}

function TreeItem({ entry, depth, openPath, onOpen }: { entry: TreeEntry; depth: number; openPath: string | undefined; onOpen: (path: string) => void }) {
  const [open, setOpen] = useState(entry.kind === 'folder' && (entry.highlighted || depth === 0 || openPath?.startsWith(`${entry.path}/`) === true));
  useEffect(() => {
    if (entry.kind === 'folder' && entry.highlighted) setOpen(true);
  }, [entry]);
  const indent = { paddingLeft: 8 + depth * 12 };
  if (entry.kind === 'file') {
    return (
      <button type="button" className={`code-tree__file${entry.path === openPath ? ' is-open' : ''}${entry.highlighted ? ' is-highlighted' : ''}`}
        style={indent} onClick={() => onOpen(entry.path)} data-path={entry.path} title={entry.path}>
        {entry.name}
      </button>
    );
  }
  return (
    <div className="code-tree__folder">
      <button type="button" className={`code-tree__folder-name${entry.highlighted ? ' is-highlighted' : ''}`} style={indent}
        aria-expanded={open} onClick={() => setOpen(!open)}>
        <span className="code-tree__caret" aria-hidden="true">{open ? '▾' : '▸'}</span>{entry.name}
      </button>
      {open && entry.children.map((child) => <TreeItem key={child.path} entry={child} depth={depth + 1} openPath={openPath} onOpen={onOpen} />)}
    </div>
  );
}
