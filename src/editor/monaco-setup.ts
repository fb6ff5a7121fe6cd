/**
 * Monaco from the app's own bundle: nothing is fetched from a CDN.
 *
 * Only the editor features the pane uses are imported (the full `register.all` set adds
 * about 1.2 MB of script that nobody would reach: diff editor, code lens, inlay hints, …).
 * Importing this module configures `@monaco-editor/react`, so it must run before the first
 * `<Editor>` renders; `MonacoEditor.tsx` imports it at the top.
 */
import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

// Editing basics that users expect from any code editor.
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/dnd/register';
// Problems: the marker hover (message and rule link) and F8 / Shift+F8 to step through them.
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/gotoError/register';
// Language features from the core (register-language-features.ts): completion (the suggest
// widget; `features/suggest` alone only brings inline completions), F12 / Shift+F12 with the
// peek view, F2, the outline (Ctrl+Shift+O) and quick fixes (Ctrl+. and the light bulb).
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/gotoSymbol/register';
import 'monaco-editor/editor/contrib/gotoSymbol/browser/goToCommands';
import 'monaco-editor/features/referenceSearch/register';
import 'monaco-editor/features/rename/register';
import 'monaco-editor/features/documentSymbols/register';
import 'monaco-editor/features/quickOutline/register';
import 'monaco-editor/features/codeAction/register';
// Keyboard users can leave the editor with Tab after Ctrl+M.
import 'monaco-editor/features/toggleTabFocusMode/register';

// The Dockerfile grammar; its tokenizer is a small chunk loaded on first use.
import 'monaco-editor/languages/definitions/dockerfile/register';

// Word ranges, bracket pairs and similar model work run in this worker. The Vite `?worker`
// import bundles it as a same-origin module file (the CSP allows `worker-src 'self'`).
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

// Hand the bundled Monaco to @monaco-editor/react, which would otherwise load it from a CDN.
loader.config({ monaco });

export { monaco };
