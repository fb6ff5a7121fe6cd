import type { LintFinding, LintRule } from '../rule.ts';
import { stageLabel, stageToken } from './support/find.ts';

/**
 * UnusedStage: a stage that no other stage builds on, copies from or mounts, and that is
 * neither the last stage nor the chosen target. No build of this Dockerfile runs it unless
 * it is asked for with `--target`, so it is dead weight or a forgotten `COPY --from`.
 *
 * A hint, not a warning: BuildKit has no such check, and many real files keep stages that
 * are only ever built with `--target` (tests, lint, release variants).
 */
export const unusedStage: LintRule = {
  name: 'UnusedStage',
  source: 'graph',
  severity: 'info',
  description: 'A stage that nothing uses and that is not the last stage.',
  check({ model, graph, plan }) {
    const findings: LintFinding[] = [];
    const last = model.stages.length - 1;
    for (const stage of model.stages) {
      if (stage.index === last || stage.index === plan?.target || graph.dependents[stage.index]!.length > 0) continue;
      findings.push({
        ...stageToken(stage),
        message: `Stage ${stageLabel(stage)} is not used: no stage builds on it, copies from it or mounts it, and it is not the last stage`,
      });
    }
    return findings;
  },
};
