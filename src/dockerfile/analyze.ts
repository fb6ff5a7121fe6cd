import type { Diagnostic, DockerfileAst } from './ast.ts';
import { buildModel } from './build-model.ts';
import { buildStageGraph, planBuild, resolveTarget, type BuildPlan, type StageGraph } from './graph.ts';
import { ALL_RULES } from './lint/all-rules.ts';
import type { LintRule } from './lint/rule.ts';
import { runLint, type LintSettings } from './lint/run-lint.ts';
import type { DockerfileModel } from './model.ts';
import { parseDockerfile } from './parser.ts';
import { ruleUrl } from './rule-url.ts';
import { createLineIndex, type LineIndex } from './text.ts';

/** Options of {@link analyzeDockerfile}. */
export interface AnalyzeOptions {
  /** `--target`: a stage name or index. The last stage when absent. */
  readonly target?: string | number;
  readonly lint?: LintSettings;
  /** The rules to run; all of them by default. */
  readonly rules?: readonly LintRule[];
}

/** Everything derived from one text: tree, model, graph, plan and findings. */
export interface Analysis {
  readonly ast: DockerfileAst;
  readonly model: DockerfileModel;
  readonly graph: StageGraph;
  /** The plan for the chosen target (the last stage if the requested one does not exist). */
  readonly plan: BuildPlan | null;
  /** False when `options.target` named no stage. */
  readonly targetFound: boolean;
  /** Parse, model and lint findings, in source order. */
  readonly diagnostics: readonly Diagnostic[];
  readonly lines: LineIndex;
}

/** Parses and analyses a Dockerfile. Never throws. */
export function analyzeDockerfile(text: string, options: AnalyzeOptions = {}): Analysis {
  return analyzeAst(parseDockerfile(text), options);
}

/** Analyses an existing tree, for callers that already parsed the text. */
export function analyzeAst(ast: DockerfileAst, options: AnalyzeOptions = {}): Analysis {
  const { model, diagnostics: modelDiagnostics } = buildModel(ast.instructions, ast.escape, ast.source);
  const graph = buildStageGraph(model);
  const requested = resolveTarget(model, options.target);
  const targetFound = requested !== null || model.stages.length === 0;
  const target = requested ?? (model.stages.length > 0 ? model.stages.length - 1 : null);
  const plan = target === null ? null : planBuild(graph, target);
  const cycleDiagnostics: Diagnostic[] = graph.cycles.map((cycle) => {
    const stage = model.stages[cycle[0]!]!;
    const label = cycle.map((i) => model.stages[i]!.displayName ?? String(i)).join(' → ');
    return {
      rule: 'CircularDependency',
      severity: 'error',
      message: `circular dependency detected on stage: ${stage.name ?? stage.index} (${label})`,
      from: stage.fromInstruction.from,
      to: stage.fromInstruction.to,
      url: ruleUrl('CircularDependency'),
    };
  });
  const lint = runLint({ ast, model, graph, plan }, options.rules ?? ALL_RULES, options.lint);
  const diagnostics = [...ast.diagnostics, ...modelDiagnostics, ...cycleDiagnostics, ...lint].sort(
    (a, b) => a.from - b.from || a.to - b.to,
  );
  return { ast, model, graph, plan, targetFound, diagnostics, lines: createLineIndex(ast.source) };
}
