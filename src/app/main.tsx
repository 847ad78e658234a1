// First: starts opening IndexedDB while the rest of the app's modules are evaluated.
import './first-read.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './theme.css';
import './app.css';
import { App } from './App.tsx';
import { boot } from './boot.ts';

const root = createRoot(document.getElementById('root')!);
boot().then(
  ({ store, services }) => {
    root.render(
      <StrictMode>
        <App store={store} services={services} />
      </StrictMode>,
    );
  },
  (error: unknown) => {
    root.render(<pre className="boot-error">Faultline could not start: {String(error)}</pre>);
  },
);
