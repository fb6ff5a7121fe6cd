import type { editor } from 'monaco-editor/editor';
import type { AppliedChange } from '../store/document-store.ts';
import type { LineIndex } from '../dockerfile/text.ts';
import { changesFromMonaco } from './content-changes.ts';
import { detectEol, normalizeEol } from './detect-eol.ts';
import type { EditorBinding, EditorBindingContext } from './editor-binding.ts';
import { monaco } from './monaco-setup.ts';
import { toMonacoPosition, toMonacoRange } from './monaco-positions.ts';

/** Gives the model the line ending of `text`, so typed line breaks match the file's. */
function matchLineEnding(model: editor.ITextModel, text: string): void {
  const eol = detectEol(text);
  if (model.getEOL() !== eol) {
    model.setEOL(eol === '\r\n' ? monaco.editor.EndOfLineSequence.CRLF : monaco.editor.EndOfLineSequence.LF);
  }
}

/** True when a change set replaces the whole old text (a load, or the undo of one). */
function replacesAll(change: AppliedChange, oldLength: number): boolean {
  const only = change.changes.length === 1 ? change.changes[0]! : null;
  return only !== null && only.from === 0 && only.to === oldLength;
}

/**
 * In development only (it reads the whole text): reports a model that no longer shows the
 * store's text, the one failure this adapter must never have.
 */
function checkMirrored(model: editor.ITextModel, text: string): void {
  if (!import.meta.env.DEV) return;
  if (model.getValue() !== normalizeEol(text, model.getEOL() === '\r\n' ? '\r\n' : '\n')) {
    console.error('Stagewright: the editor no longer shows the document text');
  }
}

/**
 * Keeps the Monaco model and the store's text the same, both ways.
 *
 * - Typing (any content change Monaco makes) becomes `dispatch({ changes, origin: 'editor' })`.
 * - A change from anywhere else (canvas, history, load, toolbar) is applied to the model
 *   with `pushEditOperations`, never `setValue`, so Monaco keeps the cursor, the selection,
 *   folding and the scroll position anchored to the text around them.
 * - While such a change is applied, `applying` is set and Monaco's resulting content event
 *   is not sent back to the store.
 * - After a history step, a load, or a canvas gesture that selects a stage, the cursor goes
 *   where the store says (`placesCursor`).
 *
 * The work per keystroke is one conversion of the event's ranges and the dispatch.
 */
export function bindDocumentSync({ editor, model, store }: EditorBindingContext): EditorBinding {
  let applying = false;
  const whileApplying = (apply: () => void) => {
    applying = true;
    try {
      apply();
    } finally {
      applying = false;
    }
  };

  // The model was created from the text of the first render; the store may have moved on
  // while Monaco loaded. Catch up once, here (the only whole-text comparison).
  const initial = store.getState();
  let mirrored = initial.lastChange;
  whileApplying(() => {
    matchLineEnding(model, initial.text);
    if (model.getValue() !== normalizeEol(initial.text, detectEol(initial.text))) {
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text: initial.text }], () => null);
    }
  });

  const contentListener = editor.onDidChangeModelContent((event) => {
    // Our own mirrored edits, and line-ending switches (which change no line), stay here.
    if (applying || event.isEolChange) return;
    const state = store.getState();
    state.dispatch({ changes: changesFromMonaco(event.changes, state.analysis.lines), origin: 'editor' });
    checkMirrored(model, store.getState().text);
  });

  const mirror = (change: AppliedChange, oldLines: LineIndex, newLines: LineIndex, newText: string) => {
    const whole = replacesAll(change, oldLines.length);
    whileApplying(() => {
      // Before the edit, so that the inserted text is stored with the new file's endings.
      if (whole) matchLineEnding(model, newText);
      const edits = change.changes.map((c) => ({ range: toMonacoRange(oldLines, c.from, c.to), text: c.insert }));
      model.pushEditOperations([], edits, () => null);
    });
    if (change.placesCursor && change.cursor !== null) {
      const position = toMonacoPosition(newLines, change.cursor);
      editor.setPosition(position);
      editor.revealPositionInCenterIfOutsideViewport(position);
    }
  };

  const unsubscribe = store.subscribe((state, previous) => {
    const change = state.lastChange;
    if (change === null || change === mirrored) return;
    mirrored = change;
    if (change.origin === 'editor') return;
    mirror(change, previous.analysis.lines, state.analysis.lines, state.text);
    checkMirrored(model, state.text);
  });

  return {
    dispose() {
      unsubscribe();
      contentListener.dispose();
    },
  };
}
