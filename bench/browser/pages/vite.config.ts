/**
 * The benchmark's own pages, built next to (never into) the app: the bare React Flow baseline, the bare
 * Vite + React baseline, and a page that runs the app's layout client and rules engine outside the UI.
 * Built by bench/browser.bench.ts into bench/browser/dist and served at /__bench/.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  base: '/__bench/',
  plugins: [react()],
  worker: { format: 'es' },
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../dist', import.meta.url)),
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rollupOptions: {
      input: {
        reactflow: `${here}reactflow/index.html`,
        react: `${here}react/index.html`,
        core: `${here}core/index.html`,
      },
    },
  },
});
