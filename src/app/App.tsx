import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { ReactFlowProvider } from '@xyflow/react';
import { StoreProvider, useEditor, useEditorStore, useServices } from '../store/StoreProvider.tsx';
import type { EditorStore } from '../store/editor-store.ts';
import type { EditorServices } from '../store/services.ts';
import { openFile } from '../store/document-actions.ts';
import { FlowCanvas } from '../features/canvas/FlowCanvas.tsx';
import { Palette } from '../features/palette/Palette.tsx';
import { Inspector } from '../features/inspector/Inspector.tsx';
import { Toolbar } from '../features/toolbar/Toolbar.tsx';
import { DocumentsPanel } from '../features/documents/DocumentsPanel.tsx';
import { Notices } from '../features/notices/Notices.tsx';
import { LoadProblemDialog } from '../features/notices/LoadProblemDialog.tsx';
import { FindingsSummary } from '../features/findings/FindingsSummary.tsx';
import { TextPanelLoading, TextPanelToggle } from '../features/text-editor/TextPanelToggle.tsx';
import { CodePanelToggle } from './CodePanelToggle.tsx';
import { SimulatorToggle } from '../features/simulator/SimulatorToggle.tsx';
import { BottomDock, type DockTab } from './BottomDock.tsx';
import { Shortcuts } from './useShortcuts.ts';
import { StatusBar } from './StatusBar.tsx';
import { useTeaching } from '../store/teaching.ts';
import { useLessonBootstrap } from '../features/lessons/lesson-link.ts';

// The text panel (and Monaco with it) loads only when first opened.
const TextPanel = lazy(() => import('../features/text-editor/TextPanel.tsx'));
// So does the code panel (the generated workspace in a read-only Monaco).
const CodePanel = lazy(() => import('../features/code/CodePanel.tsx'));
// And the Simulate panel (scenario editor, charts, the simulator's core): not needed for the first paint.
const SimulatorPanel = lazy(() => import('../features/simulator/SimulatorPanel.tsx').then((m) => ({ default: m.SimulatorPanel })));
// And the Problems panel (its status-bar summary is part of the first screen).
const FindingsPanel = lazy(() => import('../features/findings/FindingsPanel.tsx').then((m) => ({ default: m.FindingsPanel })));
// Teaching: the pattern library, the lessons (with their checks) and presenter mode load on first use.
const LibraryPanel = lazy(() => import('../features/library/LibraryPanel.tsx'));
const LessonsPanel = lazy(() => import('../features/lessons/LessonsPanel.tsx'));
const PresenterMode = lazy(() => import('../features/presenter/PresenterMode.tsx'));

/** The whole editor for one store. */
export function App({ store, services }: { store: EditorStore; services: EditorServices }) {
  return (
    <StoreProvider store={store} services={services}>
      <ReactFlowProvider>
        <Shell />
      </ReactFlowProvider>
    </StoreProvider>
  );
}

function Shell() {
  const store = useEditorStore();
  const services = useServices();
  const theme = useEditor((s) => s.theme);
  const [showDocuments, setShowDocuments] = useState(false);
  // Problems and Simulate share the bottom dock: one tab shows at a time.
  const [bottom, setBottom] = useState<DockTab | null>(null);
  const showFindings = bottom === 'problems';
  const showSimulator = bottom === 'simulate';
  // The text and code panels share the right-hand side: opening one closes the other.
  const [side, setSide] = useState<'text' | 'code' | null>(null);
  const showText = side === 'text';
  const showCode = side === 'code';
  const shell = useMemo(() => ({
    toggleFindings: () => setBottom((v) => (v === 'problems' ? null : 'problems')),
    toggleSimulator: () => setBottom((v) => (v === 'simulate' ? null : 'simulate')),
    toggleText: () => setSide((v) => (v === 'text' ? null : 'text')),
    toggleCode: () => setSide((v) => (v === 'code' ? null : 'code')),
  }), []);
  const toggleFindings = shell.toggleFindings;
  const teachingDrawer = useTeaching((s) => s.drawer);
  const presenting = useTeaching((s) => s.presenting);
  useLessonBootstrap(store);
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
    try {
      localStorage.setItem('faultline.theme', theme);
    } catch {
      // A theme that is not remembered is not worth bothering the user about.
    }
  }, [theme]);
  return (
    <div className="app">
      <Shortcuts store={store} services={services} shell={shell} />
      <Toolbar onToggleDocuments={() => setShowDocuments((v) => !v)} />
      <div className="app__main">
        {showDocuments && <DocumentsPanel onClose={() => setShowDocuments(false)} />}
        {teachingDrawer && (
          <Suspense fallback={<div className="drawer drawer--loading" aria-busy="true" />}>
            {teachingDrawer === 'library' ? <LibraryPanel /> : <LessonsPanel />}
          </Suspense>
        )}
        <Palette />
        <div className="app__center">
          <FlowCanvas onDropFile={(file) => void openFile(store, services, file)} />
          {bottom && (
            <BottomDock tab={bottom} onTab={setBottom} onClose={() => setBottom(null)}>
              <Suspense fallback={null}>{bottom === 'problems' ? <FindingsPanel /> : <SimulatorPanel />}</Suspense>
            </BottomDock>
          )}
        </div>
        {showText && (
          <Suspense fallback={<TextPanelLoading />}>
            <TextPanel onClose={() => setSide(null)} />
          </Suspense>
        )}
        {showCode && (
          <Suspense fallback={<TextPanelLoading />}>
            <CodePanel onClose={() => setSide(null)} />
          </Suspense>
        )}
        <Inspector />
      </div>
      <StatusBar>
        <FindingsSummary onClick={toggleFindings} active={showFindings} />
        <SimulatorToggle onClick={shell.toggleSimulator} active={showSimulator} />
        <TextPanelToggle onClick={shell.toggleText} active={showText} />
        <CodePanelToggle onClick={shell.toggleCode} active={showCode} />
      </StatusBar>
      <Notices />
      <LoadProblemDialog />
      {presenting && <Suspense fallback={null}><PresenterMode /></Suspense>}
    </div>
  );
}
