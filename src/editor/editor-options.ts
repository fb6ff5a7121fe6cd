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
  // Completion comes from the core (completion-provider.ts), as you type in instructions;
  // comments and strings get none. Word-based guesses from the text would only add noise.
  quickSuggestions: { other: 'on', comments: 'off', strings: 'off' },
  wordBasedSuggestions: 'off',
  stickyScroll: { enabled: false },
};
