import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { compileHints } from './scripts/compile-hints.ts';

export default defineConfig({
  plugins: [react(), compileHints()],
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the first screen needs in one chunk: left to itself, the bundler split it into
          // about 18 small shared chunks (one per set of lazy panels sharing them), and the browser then
          // queued their requests (6 per host) before it could evaluate anything. Lazy chunks import
          // what they share with the first screen from this chunk.
          groups: [{ name: 'app', tags: ['$initial'] }],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
  },
});
