/**
 * The edit-command check of the conformance run: on a real Dockerfile, run each edit command
 * where it applies, reparse, and check that the stage graph is what the command promises,
 * that no syntax error appears, and that the inverse changes give back the text exactly.
 */
import { analyzeDockerfile, type Analysis } from '../dockerfile/analyze.ts';
import { addInstruction } from '../dockerfile/edits/add-instruction.ts';
import { addStage } from '../dockerfile/edits/add-stage.ts';
import { applyChanges, invertChanges } from '../dockerfile/edits/changes.ts';
import { connectCopy } from '../dockerfile/edits/connect-copy.ts';
import { deleteStage } from '../dockerfile/edits/delete-stage.ts';
import { duplicateStage } from '../dockerfile/edits/duplicate-stage.ts';
import type { EditResult } from '../dockerfile/edits/edit-result.ts';
import { CONTINUATION_AT_END } from '../dockerfile/edits/edit-text.ts';
import { moveInstruction } from '../dockerfile/edits/move-instruction.ts';
import { moveStage } from '../dockerfile/edits/move-stage.ts';
import { removeEdge } from '../dockerfile/edits/remove-edge.ts';
import { removeInstruction } from '../dockerfile/edits/remove-instruction.ts';
import { renameStage } from '../dockerfile/edits/rename-stage.ts';
import { setBaseImage } from '../dockerfile/edits/set-base-image.ts';
import { setPlatform } from '../dockerfile/edits/set-platform.ts';
import type { StageEdge } from '../dockerfile/model.ts';

/** A stage-to-stage edge as a comparable word: `copy 1->3`, `from 0->2 onbuild`. */
type EdgeWord = string;

function edgeWord(kind: string, from: number, to: number, onbuild: boolean): EdgeWord {
  return `${kind} ${from}->${to}${onbuild ? ' onbuild' : ''}`;
}

/** The stage-to-stage edges, through `map` (stage index → new index; `null` drops the edge). */
function edgeWords(edges: readonly StageEdge[], map: (index: number) => number | null = (i) => i): EdgeWord[] {
  const words: EdgeWord[] = [];
  for (const e of edges) {
    if (e.from === null) continue;
    const from = map(e.from);
    const to = map(e.to);
    if (from !== null && to !== null) words.push(edgeWord(e.kind, from, to, e.viaOnbuild));
  }
  return words.sort();
}

function analyze(text: string): Analysis {
  return analyzeDockerfile(text, { rules: [] });
}

function syntaxErrorCount(analysis: Analysis): number {
  return analysis.ast.diagnostics.filter((d) => d.severity === 'error').length + analysis.diagnostics.filter((d) => d.rule === 'SyntaxError').length;
}

/** One command to try, and what its result must satisfy: a failure message, or `null`. */
interface EditProbe {
  readonly label: string;
  readonly run: (analysis: Analysis) => EditResult;
  /** Checks the analysis of the edited text; refusals are accepted when `refusable` says so. */
  readonly expect: (after: Analysis) => string | null;
  /** A refusal that is fine here (the command refuses for a documented reason). */
  readonly refusable?: (reason: string) => boolean;
}

function sameEdges(expected: readonly EdgeWord[]) {
  return (after: Analysis): string | null => {
    const actual = edgeWords(after.model.edges);
    const want = [...expected].sort();
    return actual.join(', ') === want.join(', ') ? null : `edges: expected [${want.join(', ')}], got [${actual.join(', ')}]`;
  };
}

/** The probes that apply to one analysed text. */
function probes(analysis: Analysis): EditProbe[] {
  const { stages, edges } = analysis.model;
  const all = edgeWords(edges);
  const list: EditProbe[] = [];
  const last = stages.length - 1;
  for (const stage of stages) {
    const i = stage.index;
    const name = `renamed-${i}`;
    list.push({
      label: `renameStage(${i})`,
      run: (a) => renameStage(a, { stage: i, name }),
      expect: (after) => (after.model.stages[i]?.displayName !== name ? `stage ${i} is not named ${name}` : sameEdges(all)(after)),
      refusable: (reason) => reason.includes(' through "FROM '),
    });
    list.push({
      label: `duplicateStage(${i})`,
      run: (a) => duplicateStage(a, { stage: i }),
      expect: sameEdges([
        ...edgeWords(edges, (k) => (k > i ? k + 1 : k)),
        ...edges.filter((e) => e.to === i && e.from !== null && e.from !== i).map((e) => edgeWord(e.kind, e.from!, i + 1, e.viaOnbuild)),
      ]),
    });
    if (i < last) {
      const swap = (k: number) => (k === i ? i + 1 : k === i + 1 ? i : k);
      list.push({ label: `moveStage(${i}, down)`, run: (a) => moveStage(a, { stage: i, direction: 1 }), expect: sameEdges(edgeWords(edges, swap)), refusable: () => true });
      list.push({
        label: `connectCopy(${i} → ${last})`,
        run: (a) => connectCopy(a, { from: i, to: last }),
        expect: sameEdges([...all, edgeWord('copy', i, last, false)]),
        refusable: (reason) => reason.includes('shares the name'),
      });
    }
    const childOf = (k: number) => stages[k]!.base.kind === 'stage' && (stages[k]!.base as { stage: number }).stage === i;
    // Deleting the only stage leaves a file with no instructions, which BuildKit refuses.
    if (stages.length > 1) list.push({
      label: `deleteStage(${i}, with dependents)`,
      run: (a) => deleteStage(a, { stages: [i], withDependents: true }),
      expect: sameEdges(
        edgeWords(
          edges.filter((e) => e.from !== i && e.to !== i && !(e.viaOnbuild && childOf(e.to))),
          (k) => (k > i ? k - 1 : k),
        ),
      ),
    });
    if (stage.base.kind !== 'stage') {
      list.push({
        label: `setBaseImage(${i})`,
        run: (a) => setBaseImage(a, { stage: i, image: 'example.com/replaced:1' }),
        expect: (after) => (after.model.stages[i]?.base.raw !== 'example.com/replaced:1' ? 'base image not replaced' : sameEdges(all)(after)),
        refusable: (reason) => reason.includes('names stage'),
      });
    }
    for (const platform of ['linux/arm64', null]) {
      list.push({
        label: `setPlatform(${i}, ${platform})`,
        run: (a) => setPlatform(a, { stage: i, platform }),
        expect: (after) => (after.model.stages[i]?.platform !== platform ? `platform is ${after.model.stages[i]?.platform}` : sameEdges(all)(after)),
      });
    }
    list.push({ label: `addInstruction(${i})`, run: (a) => addInstruction(a, { stage: i, text: 'RUN true' }), expect: sameEdges(all) });
    const count = stage.instructions.length;
    if (count > 0) {
      const first = stage.instructions[0]!;
      const gone = new Set(edges.filter((e) => !e.viaOnbuild && e.instruction === first));
      const inside = (e: StageEdge) => first.name === 'ONBUILD' && first.from <= e.range.from && e.range.to <= first.to;
      list.push({
        label: `removeInstruction(${i}, 0)`,
        run: (a) => removeInstruction(a, { stage: i, instruction: 0 }),
        expect: sameEdges(edgeWords(edges.filter((e) => !gone.has(e) && !inside(e)))),
      });
      list.push({ label: `moveInstruction(${i}, 0 → ${count - 1})`, run: (a) => moveInstruction(a, { stage: i, from: 0, to: count - 1 }), expect: sameEdges(all) });
    }
  }
  list.push({ label: 'addStage(blank, at 0)', run: (a) => addStage(a, { template: 'blank', at: 0 }), expect: sameEdges(edgeWords(edges, (k) => k + 1)) });
  edges.forEach((edge, index) => {
    if (edge.from === null) return;
    const removed = (e: StageEdge) =>
      (e.range.from === edge.range.from && e.range.to === edge.range.to) || (edge.kind === 'from' && e.viaOnbuild && e.to === edge.to);
    list.push({ label: `removeEdge(${index}: ${edge.kind} ${edge.from}->${edge.to})`, run: (a) => removeEdge(a, { edge: index }), expect: sameEdges(edgeWords(edges.filter((e) => !removed(e)))) });
  });
  return list;
}

/**
 * Runs every applicable edit command on `text` and returns one message per broken promise.
 * Texts with syntax errors, or a stage graph BuildKit refuses (a cycle, a stage copying from
 * itself or a later stage), are skipped: the commands are meant for Dockerfiles BuildKit reads.
 */
export function checkEditCommands(text: string): string[] {
  const analysis = analyze(text);
  const errorsBefore = syntaxErrorCount(analysis);
  const graphRefused = analysis.graph.cycles.length > 0 || analysis.diagnostics.some((d) => d.rule === 'StageReference');
  if (errorsBefore > 0 || graphRefused) return [];
  const failures: string[] = [];
  for (const probe of probes(analysis)) {
    let result: EditResult;
    try {
      result = probe.run(analysis);
    } catch (error) {
      failures.push(`edit ${probe.label} threw: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (!result.ok) {
      // Text after a continuation at the end of the file would join it: every command refuses that.
      const expected = result.reason === CONTINUATION_AT_END || probe.refusable?.(result.reason) === true;
      if (!expected) failures.push(`edit ${probe.label} refused: ${result.reason}`);
      continue;
    }
    const after = applyChanges(text, result.changes);
    if (applyChanges(after, invertChanges(text, result.changes)) !== text) failures.push(`edit ${probe.label}: the inverse does not restore the text`);
    const reparsed = analyze(after);
    if (syntaxErrorCount(reparsed) > errorsBefore) failures.push(`edit ${probe.label}: syntax errors appeared`);
    const problem = probe.expect(reparsed);
    if (problem !== null) failures.push(`edit ${probe.label}: ${problem}`);
  }
  return failures;
}
