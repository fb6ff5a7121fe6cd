import type { Analysis } from '../analyze.ts';

/**
 * The `docker build` command that builds the plan's target. A named stage is given with
 * `--target` (even the last one, which plain `docker build .` also builds, so the command
 * says what it builds); an unnamed stage can only be built as the last one.
 */
export function buildCommand(analysis: Analysis): { readonly command: string; readonly note: string | null } | null {
  const plan = analysis.plan;
  if (plan === null) return null;
  const stage = analysis.model.stages[plan.target]!;
  const last = plan.target === analysis.model.stages.length - 1;
  if (stage.name !== null) {
    return { command: `docker build --target ${stage.name} .`, note: last ? 'The last stage: plain docker build . builds it too.' : null };
  }
  if (last) return { command: 'docker build .', note: 'The last stage has no name, so --target cannot name it; docker build builds it by default.' };
  return { command: 'docker build .', note: `Stage #${stage.index} has no name: give it one (FROM … AS name) to build it with --target.` };
}
