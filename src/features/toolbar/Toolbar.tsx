import { useState } from 'react';
import { useEditor, useEditorStore, useServices } from '../../store/StoreProvider.tsx';
import { selectCanRedo, selectCanUndo, selectRedoLabel, selectTheme, selectUndoLabel } from '../../store/selectors.ts';
import { renameModel } from '../../store/actions.ts';
import { autoLayout, downloadModel, newDocument, openFile, openTemplate, shareLink } from '../../store/document-actions.ts';
import { TEMPLATES } from '../../core/templates/index.ts';
import { Menu } from '../../ui/Menu.tsx';
import { downloadText, pickFile } from '../../ui/file-io.ts';
import { DownloadIcon, LayoutIcon, LogoIcon, MoonIcon, OpenIcon, PlusIcon, RedoIcon, ShareIcon, SunIcon, UndoIcon, FileIcon } from '../../ui/icons.tsx';
import { ShareDialog } from './ShareDialog.tsx';
import { EXPORT_FORMATS, EXPORT_FORMAT_INFO, type ExportFormat } from '../../core/export/format-info.ts';
import { downloadBlob } from '../../ui/file-io.ts';
import { SaveStatus } from './SaveStatus.tsx';
import { teachingStoreFor } from '../../store/teaching.ts';
import './toolbar.css';

const MOD = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform) ? '⌘' : 'Ctrl+';

/** The top bar: documents, history, layout, sharing and theme. */
export function Toolbar({ onToggleDocuments }: { onToggleDocuments: () => void }) {
  const store = useEditorStore();
  const services = useServices();
  const canUndo = useEditor(selectCanUndo);
  const canRedo = useEditor(selectCanRedo);
  const undoLabel = useEditor(selectUndoLabel);
  const redoLabel = useEditor(selectRedoLabel);
  const theme = useEditor(selectTheme);
  const [share, setShare] = useState<string | null>(null);

  const save = (file: { fileName: string; content: string | Blob; mediaType: string }) => {
    downloadBlob(file.fileName, typeof file.content === 'string' ? new Blob([file.content], { type: file.mediaType }) : file.content);
    store.getState().notify({ tone: 'success', message: `Exported ${file.fileName}` });
  };
  const failed = (e: unknown) => store.getState().notify({ tone: 'error', message: `Export failed: ${e instanceof Error ? e.message : String(e)}` });
  // The exporters load on first use: nothing of them is needed to draw the first screen.
  const diagram = (format: 'png' | 'svg') =>
    void Promise.all([import('../../store/export-actions.ts'), import('../../ui/rasterize.ts')])
      .then(([{ exportDiagram }, { svgToPng }]) => exportDiagram(store, format, svgToPng))
      .then(save, failed);
  const text = (format: ExportFormat) => void import('../../store/export-actions.ts').then(({ exportText }) => save(exportText(store, format)), failed);
  const exportItems = [
    { id: 'png', label: 'PNG image', hint: 'The diagram as drawn, at 2× for sharp slides', onSelect: () => diagram('png') },
    { id: 'svg', label: 'SVG image', hint: 'Vector: crisp at any zoom', onSelect: () => diagram('svg') },
    ...EXPORT_FORMATS.map((format) => ({ id: format, label: EXPORT_FORMAT_INFO[format].label, hint: EXPORT_FORMAT_INFO[format].extension, onSelect: () => text(format) })),
  ];

  const newItems = [
    { id: 'blank', label: 'Blank model', hint: 'An empty canvas', onSelect: () => newDocument(store) },
    ...TEMPLATES.map((t) => ({ id: t.id, label: t.title, hint: t.summary, onSelect: () => void openTemplate(store, services, t.id) })),
  ];

  const teaching = teachingStoreFor(store).getState;
  const learnItems = [
    { id: 'library', label: 'Pattern library', hint: `Every pattern and anti-pattern, and apply them to the selection (${MOD}Alt+B)`, onSelect: () => teaching().openDrawer('library') },
    { id: 'lessons', label: 'Lessons', hint: `Guided exercises that check your diagram as you go (${MOD}Alt+N)`, onSelect: () => teaching().openDrawer('lessons') },
    { id: 'present', label: 'Present', hint: `Full screen for a room; arrows step, Esc leaves (${MOD}Alt+P)`, onSelect: () => teaching().setPresenting(true) },
  ];

  return (
    <header className="toolbar" data-testid="toolbar">
      <div className="toolbar__brand">
        <LogoIcon size={20} />
        <span>Faultline</span>
      </div>
      <ModelName />
      <div className="toolbar__group">
        <Menu label="New" items={newItems} testId="menu-new" icon={<PlusIcon />} />
        <button type="button" className="tool-btn" title={`Open a .faultline.json or YAML file (${MOD}O)`} data-testid="open-file"
          onClick={async () => {
            const file = await pickFile();
            if (file) await openFile(store, services, file);
          }}>
          <OpenIcon /><span>Open</span>
        </button>
        <button type="button" className="tool-btn" title={`Download as .faultline.json (${MOD}S)`} data-testid="download"
          onClick={() => void downloadModel(store, downloadText)}>
          <DownloadIcon /><span>Save</span>
        </button>
        <Menu label="Export" items={exportItems} testId="menu-export" icon={<DownloadIcon />} />
        <button type="button" className="tool-btn" title="Your saved models" onClick={onToggleDocuments} data-testid="toggle-documents">
          <FileIcon /><span>Models</span>
        </button>
        <button type="button" className="tool-btn" title="A link that contains the whole model" data-testid="share"
          onClick={() => void shareLink(store, window.location.href).then((link) => link && setShare(link))}>
          <ShareIcon /><span>Share</span>
        </button>
      </div>
      <div className="toolbar__group">
        <button type="button" className="tool-btn tool-btn--icon" disabled={!canUndo} onClick={() => store.getState().undo()}
          title={canUndo ? `Undo ${undoLabel ?? ''} (${MOD}Z)` : 'Nothing to undo'} aria-label="Undo" data-testid="undo">
          <UndoIcon />
        </button>
        <button type="button" className="tool-btn tool-btn--icon" disabled={!canRedo} onClick={() => store.getState().redo()}
          title={canRedo ? `Redo ${redoLabel ?? ''} (${MOD}Shift+Z)` : 'Nothing to redo'} aria-label="Redo" data-testid="redo">
          <RedoIcon />
        </button>
        <button type="button" className="tool-btn" onClick={() => void autoLayout(store, services)} title="Auto-layout, left to right (Shift+L)" data-testid="auto-layout">
          <LayoutIcon /><span>Layout</span>
        </button>
      </div>
      <div className="toolbar__group">
        <Menu label="Learn" items={learnItems} testId="menu-learn" icon={<LearnIcon />} />
      </div>
      <div className="toolbar__spacer" />
      <SaveStatus />
      <button type="button" className="tool-btn tool-btn--icon" aria-label={theme === 'dark' ? 'Light theme' : 'Dark theme'} data-testid="theme"
        title={theme === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme'}
        onClick={() => store.getState().setTheme(theme === 'dark' ? 'light' : 'dark')}>
        {theme === 'dark' ? <SunIcon /> : <MoonIcon />}
      </button>
      {share && <ShareDialog link={share} onClose={() => setShare(null)} />}
    </header>
  );
}

/** The model's name, renamable in place. */
function ModelName() {
  const store = useEditorStore();
  const name = useEditor((s) => s.model.name);
  const [draft, setDraft] = useState<string | null>(null);
  if (draft === null) {
    return (
      <button type="button" className="toolbar__name" title="Rename the model" onClick={() => setDraft(name)} data-testid="model-name">
        {name}
      </button>
    );
  }
  const done = (commit: boolean) => {
    if (commit) renameModel(store, draft);
    setDraft(null);
  };
  return (
    <input className="toolbar__name-input" aria-label="Model name" autoFocus value={draft} maxLength={200}
      onChange={(e) => setDraft(e.target.value)} onBlur={() => done(true)}
      onKeyDown={(e) => {
        if (e.key === 'Enter') done(true);
        if (e.key === 'Escape') done(false);
      }} />
  );
}

/** A graduation cap, for the Learn menu. */
function LearnIcon() {
  return (
    <svg width={16} height={16} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M2 9.5 12 5l10 4.5L12 14z" /><path d="M6 11.5V16c2 2 10 2 12 0v-4.5M22 9.5V15" />
    </svg>
  );
}
