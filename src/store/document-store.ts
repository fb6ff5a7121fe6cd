import { createStore, type StoreApi } from 'zustand/vanilla';
import { analyzeAst, analyzeDockerfile, type Analysis } from '../dockerfile/analyze.ts';
import { applyChanges, mapOffset, type ChangeSet } from '../dockerfile/edits/changes.ts';
import type { LintSettings } from '../dockerfile/lint/run-lint.ts';
import { EMPTY_HISTORY, recordChange, stepHistory, type History } from './history.ts';
import { isGraphBroken } from './graph-broken.ts';

/**
 * Who made a change. Each view skips the changes it made itself. `command` is a language
 * command run from a view (rename, quick fix): its changes come from the core, so every
 * view, the editor included, mirrors them.
 */
export type Origin = 'editor' | 'canvas' | 'history' | 'load' | 'toolbar' | 'command';

/** A change to the document: the only way the text changes. */
export interface Transaction {
  readonly changes: ChangeSet;
  readonly origin: Origin;
  /** The stage to select after the change, if the change means to select one. */
  readonly selectStage?: number | null;
  /** Where the cursor is after the change (an offset into the new text). */
  readonly cursor?: number;
}

/** The last change applied, for views that mirror the text (the editor). */
export interface AppliedChange {
  readonly seq: number;
  /** Offsets into the text before the change. */
  readonly changes: ChangeSet;
  readonly origin: Origin;
  readonly cursor: number | null;
  /**
   * True when the change says where the cursor goes (undo and redo, a load, a transaction
   * with a cursor, or a canvas gesture that selects a stage: the cursor goes to its FROM
   * line), so the editor moves its own cursor there instead of keeping it in place.
   */
  readonly placesCursor: boolean;
}

/** A request to show a range in the editor; `seq` tells repeated requests apart. */
export interface RevealRequest {
  readonly seq: number;
  readonly from: number;
  readonly to: number;
  /** Where to put the cursor. */
  readonly cursor: number;
  /**
   * Whether the editor takes the keyboard. A jump from a list (a problem, a plan entry) does;
   * a pick on the canvas does not, so Delete, F2 and Enter go on acting on what was picked.
   */
  readonly focusEditor: boolean;
}

/** How a reveal treats the keyboard; see {@link RevealRequest.focusEditor}. */
export interface RevealOptions {
  /** Default true. */
  readonly focusEditor?: boolean;
}

/** Options of {@link DocumentActions.revealRange}. */
export interface RevealRangeOptions extends RevealOptions {
  /** Where to put the cursor; the start of the range by default. */
  readonly cursor?: number;
}

/** A canvas position. */
export interface XY {
  readonly x: number;
  readonly y: number;
}

/** The document, what is derived from it, and view state. */
export interface DocumentState {
  readonly text: string;
  /** Parse, model, graph and lint of `text`, computed in the same update. */
  readonly analysis: Analysis;
  /** The analysis the canvas draws: the last one whose graph was whole. */
  readonly graphAnalysis: Analysis;
  /** True while the text is broken and the canvas shows an older graph. */
  readonly stale: boolean;
  readonly lastChange: AppliedChange | null;
  readonly history: History;
  /** The selected stage (index), or `null`. */
  readonly selectedStage: number | null;
  /**
   * Every selected stage, ascending: the canvas can select several (Shift/Ctrl+click).
   * Holds `selectedStage` whenever that is set; empty when it is `null`.
   */
  readonly selectedStages: readonly number[];
  /** The editor's cursor offset, or `null` before the editor reports one. */
  readonly cursor: number | null;
  /** `--target`: a stage name or index; `null` builds the last stage. */
  readonly target: string | null;
  /** Positions the user dragged, keyed by stage name (or `#index` for a stage with none). */
  readonly positions: Readonly<Record<string, XY>>;
  readonly reveal: RevealRequest | null;
  /** The edge the pointer is over (index into `graphAnalysis.model.edges`), or `null`. */
  readonly hoveredEdge: number | null;
  readonly lintSettings: LintSettings;
  /** The build walkthrough's current step (a wave of the plan), or `null` when not walking through. */
  readonly walkthroughStep: number | null;
}

/** What can be done to the document. */
export interface DocumentActions {
  dispatch(transaction: Transaction): void;
  undo(origin?: Origin): void;
  redo(origin?: Origin): void;
  /** Replaces the whole text, as one undoable step. */
  load(text: string): void;
  /** Selects a stage; with `reveal`, the editor shows its FROM line. */
  selectStage(index: number | null, options?: { reveal?: boolean } & RevealOptions): void;
  /** Adds a stage to the selection, or takes it out if it is already in it. */
  toggleStageSelection(index: number): void;
  /** Selects exactly these stages (the canvas's selection box). */
  selectStages(indexes: readonly number[]): void;
  /** The editor reports its cursor; the stage under it becomes the selection. */
  setCursor(offset: number): void;
  setTarget(target: string | null): void;
  setPosition(key: string, position: XY): void;
  hoverEdge(index: number | null): void;
  revealRange(from: number, to: number, options?: RevealRangeOptions): void;
  setLintSettings(settings: LintSettings): void;
  /** Shows one step of the build walkthrough on the canvas; `null` ends the walkthrough. */
  setWalkthroughStep(step: number | null): void;
}

export type DocumentStore = StoreApi<DocumentState & DocumentActions>;

/** The key under which a stage's dragged position is kept. */
export function positionKey(name: string | null, index: number): string {
  return name ?? `#${index}`;
}

function analyze(text: string, target: string | null, lint: LintSettings): Analysis {
  return analyzeDockerfile(text, { target: target ?? undefined, lint });
}

/** The stage whose lines hold `offset` (between one FROM and the next), or `null`. */
export function stageAtOffset(analysis: Analysis, offset: number): number | null {
  let found: number | null = null;
  for (const stage of analysis.model.stages) {
    if (stage.fromInstruction.from <= offset) found = stage.index;
    else break;
  }
  if (found === null) return null;
  const lineStart = analysis.ast.source.lastIndexOf('\n', offset - 1) + 1;
  return analysis.model.stages[found]!.fromInstruction.from <= Math.max(offset, lineStart) ? found : null;
}

/** The empty selection, shared: views compare selections by identity. */
const NO_STAGES: readonly number[] = [];

function selectedList(index: number | null): readonly number[] {
  return index === null ? NO_STAGES : [index];
}

/** The selection without stages past `count`; the same array when none were (a keystroke). */
function selectionWithin(selected: readonly number[], count: number): readonly number[] {
  return selected.every((index) => index < count) ? selected : selected.filter((index) => index < count);
}

/** Creates the store with `text` as the first document. `now` is injectable for tests. */
export function createDocumentStore(text: string, now: () => number = () => Date.now()): DocumentStore {
  const initial = analyze(text, null, {});
  let seq = 0;
  return createStore<DocumentState & DocumentActions>()((set, get) => {
    /** Applies changes and recomputes everything derived, in one `set()`. */
    /** `text` is the new text, already computed by the caller from `changes`. */
    const commit = (
      text: string,
      changes: ChangeSet,
      origin: Origin,
      history: History,
      cursor: number | null,
      selectStage?: number | null,
    ) => {
      const state = get();
      const analysis = analyze(text, state.target, state.lintSettings);
      const broken = isGraphBroken(analysis);
      const graphAnalysis = broken ? state.graphAnalysis : analysis;
      // A gesture that selects a stage puts the cursor on its FROM line: left where it was,
      // the cursor could sit in another stage after a move, and select that one instead.
      const placed = cursor ?? (selectStage == null ? null : (analysis.model.stages[selectStage]?.fromInstruction.from ?? null));
      const mappedCursor = placed ?? (state.cursor === null ? null : mapOffset(state.cursor, changes));
      const stageCount = graphAnalysis.model.stages.length;
      // Stages past the new end drop out of the selection; the rest of it stays.
      const selectedStages =
        selectStage !== undefined ? selectedList(selectStage) : selectionWithin(state.selectedStages, stageCount);
      const selectedStage =
        selectStage !== undefined
          ? selectStage
          : state.selectedStage !== null && state.selectedStage < stageCount
            ? state.selectedStage
            : (selectedStages[selectedStages.length - 1] ?? null);
      set({
        selectedStages,
        text,
        analysis,
        graphAnalysis,
        stale: broken && graphAnalysis !== analysis,
        lastChange: { seq: ++seq, changes, origin, cursor: mappedCursor, placesCursor: placed !== null },
        history,
        cursor: mappedCursor,
        selectedStage,
        hoveredEdge: null,
      });
    };

    const step = (direction: 'undo' | 'redo') => {
      const state = get();
      const result = stepHistory(state.history, state.text, direction);
      if (result === null) return;
      commit(applyChanges(state.text, result.changes), result.changes, 'history', result.history, result.cursor);
    };

    /** A new target or lint settings: the text is the same, so its parse is reused. */
    const reanalyze = (patch: Partial<DocumentState>) => {
      const state = { ...get(), ...patch };
      const analysis = analyzeAst(state.analysis.ast, { target: state.target ?? undefined, lint: state.lintSettings });
      const broken = isGraphBroken(analysis);
      set({ ...patch, analysis, graphAnalysis: broken ? get().graphAnalysis : analysis, stale: broken });
    };

    return {
      text,
      analysis: initial,
      graphAnalysis: initial,
      stale: false,
      lastChange: null,
      history: EMPTY_HISTORY,
      selectedStage: null,
      selectedStages: NO_STAGES,
      cursor: null,
      target: null,
      positions: {},
      reveal: null,
      hoveredEdge: null,
      lintSettings: {},
      walkthroughStep: null,

      dispatch(transaction) {
        if (transaction.changes.length === 0) return;
        const state = get();
        const after = applyChanges(state.text, transaction.changes);
        // Only the editor types: a one-character canvas edit is a gesture of its own, never
        // part of a run of keystrokes (one undo step per gesture).
        const history = recordChange(state.history, state.text, after, transaction.changes, state.cursor, now(), transaction.origin === 'editor');
        commit(after, transaction.changes, transaction.origin, history, transaction.cursor ?? null, transaction.selectStage);
      },
      undo: () => step('undo'),
      redo: () => step('redo'),
      load(next) {
        const state = get();
        if (next === state.text) return;
        get().dispatch({ changes: [{ from: 0, to: state.text.length, insert: next }], origin: 'load', selectStage: null, cursor: 0 });
      },
      selectStage(index, options) {
        const stage = index === null ? undefined : get().graphAnalysis.model.stages[index];
        if (stage === undefined) {
          set({ selectedStage: null, selectedStages: NO_STAGES });
          return;
        }
        if (options?.reveal !== true) {
          set({ selectedStage: index, selectedStages: [stage.index] });
          return;
        }
        const current = get().analysis.model.stages[stage.index] ?? stage;
        const reveal = { seq: ++seq, from: current.from, to: current.to, cursor: current.fromInstruction.from, focusEditor: options.focusEditor ?? true };
        set({ selectedStage: index, selectedStages: [stage.index], reveal });
      },
      setCursor(offset) {
        const state = get();
        const stage = stageAtOffset(state.analysis, offset);
        // A cursor that stays in a stage of a multi-selection keeps the selection.
        const keep = stage !== null && state.selectedStages.includes(stage) && state.selectedStage === stage;
        set({ cursor: offset, selectedStage: stage, selectedStages: keep ? state.selectedStages : selectedList(stage) });
      },
      toggleStageSelection(index) {
        const state = get();
        if (state.graphAnalysis.model.stages[index] === undefined) return;
        if (state.selectedStages.includes(index)) {
          const selectedStages = state.selectedStages.filter((i) => i !== index);
          const last = selectedStages[selectedStages.length - 1];
          set({ selectedStages, selectedStage: state.selectedStage === index ? (last ?? null) : state.selectedStage });
          return;
        }
        set({ selectedStages: [...state.selectedStages, index].sort((a, b) => a - b), selectedStage: index });
      },
      selectStages(indexes) {
        const count = get().graphAnalysis.model.stages.length;
        const selectedStages = [...new Set(indexes)].filter((i) => i >= 0 && i < count).sort((a, b) => a - b);
        set({ selectedStages, selectedStage: selectedStages[selectedStages.length - 1] ?? null });
      },
      setTarget(target) {
        reanalyze({ target });
      },
      setPosition(key, position) {
        set({ positions: { ...get().positions, [key]: position } });
      },
      hoverEdge(index) {
        set({ hoveredEdge: index });
      },
      revealRange(from, to, options) {
        set({ reveal: { seq: ++seq, from, to, cursor: options?.cursor ?? from, focusEditor: options?.focusEditor ?? true } });
      },
      setLintSettings(lintSettings) {
        reanalyze({ lintSettings });
      },
      setWalkthroughStep(walkthroughStep) {
        set({ walkthroughStep });
      },
    };
  });
}
