import type { editor } from 'monaco-editor/editor';

/**
 * The editor's options. One constant object, so @monaco-editor/react never sees new options
 * on a re-render and never calls `updateOptions`.
 */
export const EDITOR_OPTIONS: editor.IStandaloneEditorConstructionOptions = {
  ariaLabel: 'Dockerfile',
  // The pane resizes with the split divider and the window.
  automaticLayout: true,
  // The canvas is the overview; the pane is narrow enough without a minimap.
  minimap: { enabled: false },
  fontFamily: "ui-monospace, 'SF Mono', SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', 'Liberation Mono', monospace",
  fontSize: 13,
  fontLigatures: false,
  renderWhitespace: 'selection',
  tabSize: 4,
  insertSpaces: true,
  scrollBeyondLastLine: false,
  lineNumbersMinChars: 3,
  glyphMargin: false,
  // Hovers and the find widget may reach past the pane, whose overflow is hidden.
  fixedOverflowWidgets: true,
  // No completion feature is bundled; say so rather than let Monaco ask the worker.
  quickSuggestions: false,
  wordBasedSuggestions: 'off',
  stickyScroll: { enabled: false },
};
