import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** Imports the pure core must never make: UI frameworks, the store, the editor, or any shell folder. */
const coreForbidden = [
  { group: ['react', 'react/*', 'react-dom', 'react-dom/*'], message: 'src/core is pure TypeScript: no React.' },
  { group: ['@xyflow/*'], message: 'src/core is pure TypeScript: no React Flow.' },
  { group: ['zustand', 'zustand/*'], message: 'src/core is pure TypeScript: no store.' },
  { group: ['monaco-editor', 'monaco-editor/*', '@monaco-editor/*'], message: 'src/core is pure TypeScript: no Monaco.' },
  { group: ['elkjs', 'elkjs/*'], message: 'elkjs runs in src/workers, behind the LayoutEngine port.' },
  {
    group: ['**/store/**', '**/features/**', '**/ui/**', '**/app/**', '**/workers/**', '**/cli/**', '**/adapters/**'],
    message: 'src/core imports nothing from the shells (store, features, ui, app, workers, cli).',
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench/results.json', 'bench/browser/dist*', '.scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: coreForbidden }] },
  },
  {
    // Features are siblings: a feature talks to another only through the store.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['../*/*', '!../../**'], message: 'A feature does not import another feature (features are flat folders; talk through the store).' }] },
      ],
    },
  },
);
