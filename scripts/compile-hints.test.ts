import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints } from './compile-hints.ts';

type Handler = (options: unknown, bundle: Record<string, unknown>) => void;

describe('compile hints', () => {
  it('opens the first download with the hint and leaves lazy chunks alone', () => {
    const hook = compileHints().generateBundle as { order: string; handler: Handler };
    const bundle = {
      'assets/index.js': { type: 'chunk', isEntry: true, code: 'const __vite__mapDeps=1;' },
      'assets/CodeEditor.js': { type: 'chunk', isEntry: false, code: 'export{}' },
      'assets/index.css': { type: 'asset', source: 'body{}' },
    };
    hook.handler({}, bundle);
    // V8 reads the hint only as the file's first line, so it runs after Vite adds its preload map.
    expect(hook.order).toBe('post');
    expect(bundle['assets/index.js'].code.split('\n')[0]).toBe(COMPILE_HINT);
    expect(bundle['assets/CodeEditor.js'].code).toBe('export{}');
  });
});
