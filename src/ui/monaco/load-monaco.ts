/**
 * Monaco from the local package, never a CDN: the editor, its workers (bundled by Vite as module
 * workers) and @monaco-editor/react's loader pointed at this instance. Import this module only from
 * lazily loaded code (a panel behind React.lazy), so Monaco stays out of the initial bundle.
 */
import * as monaco from 'monaco-editor';
import { loader } from '@monaco-editor/react';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import TsWorker from 'monaco-editor/language/typescript/ts.worker?worker';
import { defineThemes } from './themes.ts';

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    if (label === 'json') return new JsonWorker();
    if (label === 'typescript' || label === 'javascript') return new TsWorker();
    return new EditorWorker();
  },
};

loader.config({ monaco });
defineThemes(monaco);

export { monaco };
export type Monaco = typeof monaco;
