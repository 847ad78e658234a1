/**
 * Monaco themes that sit on the app's surfaces: Monaco's own `vs` and `vs-dark` with the background,
 * gutter and selection colours of theme.css (Monaco needs literal colours, not CSS variables).
 */
import type * as Monaco from 'monaco-editor';

/** The app's theme names (the store's `theme`). */
export type AppTheme = 'light' | 'dark';

export const MONACO_THEME: Readonly<Record<AppTheme, string>> = { light: 'faultline-light', dark: 'faultline-dark' };

export function defineThemes(monaco: typeof Monaco): void {
  monaco.editor.defineTheme(MONACO_THEME.light, {
    base: 'vs',
    inherit: true,
    rules: [
      { token: 'type.yaml', foreground: '3b5bdb' },
      { token: 'string.key.json', foreground: '3b5bdb' },
    ],
    colors: {
      'editor.background': '#ffffff',
      'editorGutter.background': '#ffffff',
      'editorLineNumber.foreground': '#a3abba',
      'editorLineNumber.activeForeground': '#4a5366',
      'editor.lineHighlightBackground': '#f5f6f8',
      'editor.lineHighlightBorder': '#00000000',
      'editor.selectionBackground': '#d5defc',
      'editor.inactiveSelectionBackground': '#e5ebff',
      'editorIndentGuide.background1': '#eceef2',
      'editorWidget.background': '#ffffff',
      'editorWidget.border': '#d9dde4',
      'editorHoverWidget.background': '#ffffff',
      'editorHoverWidget.border': '#d9dde4',
      'editorSuggestWidget.background': '#ffffff',
      'editorSuggestWidget.border': '#d9dde4',
      'editorSuggestWidget.selectedBackground': '#e5ebff',
      'focusBorder': '#3b5bdb00',
    },
  });
  monaco.editor.defineTheme(MONACO_THEME.dark, {
    base: 'vs-dark',
    inherit: true,
    rules: [
      { token: 'type.yaml', foreground: '9cb0ff' },
      { token: 'string.key.json', foreground: '9cb0ff' },
    ],
    colors: {
      'editor.background': '#1c2029',
      'editorGutter.background': '#1c2029',
      'editorLineNumber.foreground': '#5b6477',
      'editorLineNumber.activeForeground': '#b4bccb',
      'editor.lineHighlightBackground': '#242935',
      'editor.lineHighlightBorder': '#00000000',
      'editor.selectionBackground': '#3a4574',
      'editor.inactiveSelectionBackground': '#2d3552',
      'editorIndentGuide.background1': '#2a303c',
      'editorWidget.background': '#242935',
      'editorWidget.border': '#343b4b',
      'editorHoverWidget.background': '#242935',
      'editorHoverWidget.border': '#343b4b',
      'editorSuggestWidget.background': '#242935',
      'editorSuggestWidget.border': '#343b4b',
      'editorSuggestWidget.selectedBackground': '#27305a',
      'focusBorder': '#748ffc00',
    },
  });
}
