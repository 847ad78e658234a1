/** The bare Vite + React baseline: React mounts one element. What "a page that loads React" costs. */
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<main data-testid="ready">Ready</main>);
