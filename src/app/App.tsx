import { useEffect, useState } from 'react';
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
import { useShortcuts } from './useShortcuts.ts';

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
  useShortcuts(store, services);
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
      <Toolbar onToggleDocuments={() => setShowDocuments((v) => !v)} />
      <div className="app__main">
        {showDocuments && <DocumentsPanel onClose={() => setShowDocuments(false)} />}
        <Palette />
        <FlowCanvas onDropFile={(file) => void openFile(store, services, file)} />
        <Inspector />
      </div>
      <Notices />
      <LoadProblemDialog />
    </div>
  );
}
