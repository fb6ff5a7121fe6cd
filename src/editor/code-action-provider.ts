import type { editor, languages } from 'monaco-editor/editor';
import type { Analysis } from '../dockerfile/analyze.ts';
import type { Change } from '../dockerfile/edits/changes.ts';
import { quickFixesFor } from '../dockerfile/fixes/quick-fixes-for.ts';
import { languageTarget } from './language-target.ts';
import { monaco } from './monaco-setup.ts';
import { toOffset } from './monaco-positions.ts';

/** The command a quick fix runs: it dispatches the fix's changes to the store. */
export const APPLY_QUICK_FIX_COMMAND = 'stagewright.applyQuickFix';

/** What the command gets: the fix, and the analysis it was computed on. */
interface QuickFixArguments {
  readonly model: editor.ITextModel;
  readonly analysis: Analysis;
  readonly changes: readonly Change[];
  readonly selectStage?: number;
}

/**
 * Applies a quick fix through the store (so history and the canvas follow). A fix computed
 * on an older text is dropped: its offsets would land in the wrong place.
 */
export function applyQuickFix(args: QuickFixArguments): void {
  const target = languageTarget(args.model);
  if (target === null || target.analysis !== args.analysis) return;
  target.store.getState().dispatch({ changes: args.changes, origin: 'command', ...(args.selectStage === undefined ? {} : { selectStage: args.selectStage }) });
}

/** The rule name of a marker: `code` is the rule, or `{value: rule, target: docs}`. */
function markerRule(marker: editor.IMarkerData): string | null {
  if (typeof marker.code === 'string') return marker.code;
  return marker.code?.value ?? null;
}

/**
 * Quick fixes (Ctrl+. or the light bulb) for the markers under the cursor, from the core's
 * `quickFixesFor`. Each runs {@link APPLY_QUICK_FIX_COMMAND} instead of a Monaco edit.
 */
export const codeActionProvider: languages.CodeActionProvider = {
  provideCodeActions(model, _range, context) {
    const target = languageTarget(model);
    if (target === null) return { actions: [], dispose() {} };
    const { analysis } = target;
    const actions: languages.CodeAction[] = [];
    for (const marker of context.markers) {
      const rule = markerRule(marker);
      const from = toOffset(analysis.lines, { lineNumber: marker.startLineNumber, column: marker.startColumn });
      const to = toOffset(analysis.lines, { lineNumber: marker.endLineNumber, column: marker.endColumn });
      const finding = analysis.diagnostics.find((d) => d.rule === rule && d.from === from && d.to === to);
      if (finding === undefined) continue;
      for (const fix of quickFixesFor(analysis, finding)) {
        const args: QuickFixArguments = { model, analysis, changes: fix.changes, ...(fix.selectStage === undefined ? {} : { selectStage: fix.selectStage }) };
        actions.push({
          title: fix.title,
          kind: 'quickfix',
          diagnostics: [marker],
          isPreferred: fix.preferred,
          command: { id: APPLY_QUICK_FIX_COMMAND, title: fix.title, arguments: [args] },
        });
      }
    }
    return { actions, dispose() {} };
  },
};

/** Registers the command that quick fixes run. */
export function registerQuickFixCommand(): { dispose(): void } {
  return monaco.editor.registerCommand(APPLY_QUICK_FIX_COMMAND, (_accessor: unknown, args: QuickFixArguments) => applyQuickFix(args));
}
