import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { EditorState, EditorStore } from './editor-store.ts';
import type { EditorServices } from './services.ts';

const StoreContext = createContext<EditorStore | null>(null);
const ServicesContext = createContext<EditorServices | null>(null);

/** Provides one editor store and its services to everything below. */
export function StoreProvider({ store, services, children }: { store: EditorStore; services: EditorServices; children: ReactNode }) {
  return (
    <StoreContext.Provider value={store}>
      <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>
    </StoreContext.Provider>
  );
}

/** The store itself, for actions and imperative reads. Throws outside a StoreProvider. */
export function useEditorStore(): EditorStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useEditorStore must be used inside <StoreProvider>');
  return store;
}

/** Subscribes to a slice of editor state. Use module-level selectors and `useShallow` for object results. */
export function useEditor<T>(selector: (state: EditorState) => T): T {
  return useStore(useEditorStore(), selector);
}

/** The app's services (layout engine, document storage). Throws outside a StoreProvider. */
export function useServices(): EditorServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices must be used inside <StoreProvider>');
  return services;
}
