import type { LintFinding, LintRule } from '../rule.ts';
import { stageLabel, stageToken } from './support/find.ts';

/**
 * UnreachableStage: a stage that other stages use, but that the chosen target does not
 * need, so this build skips it. BuildKit builds only what the target reaches; this tells
 * which part of the graph a `--target` leaves out.
 */
export const unreachableStage: LintRule = {
  name: 'UnreachableStage',
  source: 'graph',
  severity: 'info',
  description: 'A stage the chosen target does not need, so the build skips it.',
  check({ model, graph, plan }) {
    if (plan === null) return [];
    const reached = new Set(plan.reachable);
    const target = model.stages[plan.target]!;
    const findings: LintFinding[] = [];
    for (const stage of model.stages) {
      if (reached.has(stage.index) || graph.dependents[stage.index]!.length === 0) continue;
      findings.push({
        ...stageToken(stage),
        message: `Stage ${stageLabel(stage)} is not built for target ${stageLabel(target)}: the target does not depend on it`,
      });
    }
    return findings;
  },
};
