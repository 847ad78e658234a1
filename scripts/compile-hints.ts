import type { Plugin } from 'vite';

/**
 * Marks the first download for eager compilation (V8's explicit compile hints, Chrome 136+): the
 * comment must open the file. Most of that chunk runs while the first screen renders (React, React
 * Flow, the shell), and V8 otherwise compiles each function on the main thread the first time it is
 * called; with the hint it compiles them while the script streams in, on a background thread. Lazy
 * chunks (Monaco, ELK, panels) are left as they are: most of their code never runs on load.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

export function compileHints(): Plugin {
  return {
    name: 'faultline:compile-hints',
    apply: 'build',
    // Last: after minification, which would drop the comment, and after Vite prepends its preload map
    // (source maps are off, so there are no lines to shift).
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
      },
    },
  };
}
