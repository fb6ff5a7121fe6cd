import type { editor, IPosition, languages } from 'monaco-editor/editor';
import { renameStage } from '../dockerfile/edits/rename-stage.ts';
import { stageReferenceAt } from '../dockerfile/language/stage-references.ts';
import { languageTarget } from './language-target.ts';
import { toMonacoRange, toOffset } from './monaco-positions.ts';

/** Monaco's contribution that shows a short message at a position (as F2 on nothing does). */
interface MessageController {
  showMessage(message: string, position: IPosition): void;
}

function showMessage(codeEditor: editor.IStandaloneCodeEditor, message: string, position: IPosition): void {
  const controller = codeEditor.getContribution('editor.contrib.messageController') as unknown as MessageController | null;
  controller?.showMessage(message, position);
}

/**
 * F2 on a stage name renames the stage everywhere through the same edit command as the
 * canvas (`renameStage`). The changes are dispatched to the store as one `command`
 * transaction, which the document sync mirrors into the model; Monaco gets an empty
 * WorkspaceEdit back, so nothing is applied twice and undo is the store's one step.
 */
export const renameProvider: languages.RenameProvider = {
  resolveRenameLocation(model, position) {
    const target = languageTarget(model);
    const { lines } = target?.analysis ?? { lines: null };
    const reference = target === null || lines === null ? null : stageReferenceAt(target.analysis, toOffset(lines, position));
    if (target === null || lines === null || reference === null || !reference.literal) {
      return { range: { startLineNumber: position.lineNumber, startColumn: position.column, endLineNumber: position.lineNumber, endColumn: position.column }, text: '', rejectReason: 'Only a stage name can be renamed here.' };
    }
    const stage = target.analysis.model.stages[reference.stage]!;
    return { range: toMonacoRange(lines, reference.from, reference.to), text: stage.displayName ?? '' };
  },
  provideRenameEdits(model, position, newName) {
    const target = languageTarget(model);
    if (target === null) return { edits: [], rejectReason: 'The editor is not bound to the document.' };
    const { analysis } = target;
    const reference = stageReferenceAt(analysis, toOffset(analysis.lines, position));
    if (reference === null) return { edits: [], rejectReason: 'Only a stage name can be renamed here.' };
    const result = renameStage(analysis, { stage: reference.stage, name: newName });
    if (!result.ok) {
      // A standalone Monaco only logs a rejection, so show it at the name instead; after a
      // tick, because the rename controller moves the selection once edits come back, and a
      // selection change closes the message.
      const reason = result.reason;
      setTimeout(() => showMessage(target.editor, reason, position), 0);
      return { edits: [] };
    }
    target.store.getState().dispatch({ changes: result.changes, origin: 'command', ...(result.selectStage === undefined ? {} : { selectStage: result.selectStage }) });
    return { edits: [] };
  },
};
