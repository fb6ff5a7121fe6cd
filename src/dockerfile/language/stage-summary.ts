import type { Analysis } from '../analyze.ts';
import type { EdgeKind, Stage } from '../model.ts';
import { lineAt } from '../text.ts';

/** How a stage is named in prose: `build`, or `stage 2` when it has no name. */
export function stageTitle(stage: Stage): string {
  return stage.displayName === null ? `stage ${stage.index}` : stage.displayName;
}

function code(text: string): string {
  // A backtick inside would end the code span early; a double-backtick span holds it.
  return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

const VERB: Readonly<Record<EdgeKind, string>> = { from: 'builds on it (FROM)', copy: 'copies from it', mount: 'mounts it' };

/**
 * A stage's summary for a hover, in Markdown: what it starts from, what it takes from
 * other stages or images, who uses it, and whether the target needs it.
 */
export function stageSummaryMarkdown(analysis: Analysis, index: number): string {
  const { model, plan, lines } = analysis;
  const stage = model.stages[index];
  if (stage === undefined) return '';
  const out: string[] = [];
  const line = lineAt(lines, stage.fromInstruction.from);
  out.push(`**Stage ${stage.index}${stage.displayName === null ? '' : ` ${code(stage.displayName)}`}** · line ${line}`);

  const base = stage.base;
  if (base.kind === 'stage') out.push(`Base: stage ${code(stageTitle(model.stages[base.stage]!))}`);
  else if (base.kind === 'scratch') out.push('Base: `scratch` (an empty file system)');
  else out.push(`Base: image ${code(base.ref)}${base.raw !== base.ref ? ` (written ${code(base.raw)})` : ''}`);
  if (stage.platform !== null) out.push(`Platform: ${code(stage.platform)}`);

  const takes: string[] = [];
  for (const edge of model.edges) {
    if (edge.to !== index || edge.kind === 'from') continue;
    const source = edge.from === null ? `image ${code(edge.image ?? '')}` : `stage ${code(stageTitle(model.stages[edge.from]!))}`;
    const what = edge.kind === 'mount' ? 'mounts' : `copies ${edge.paths.length === 0 ? 'files' : edge.paths.map(code).join(', ')}`;
    takes.push(`- ${what} from ${source}${edge.viaOnbuild ? ' (ONBUILD)' : ''}`);
  }
  if (takes.length > 0) out.push(`Takes:\n${takes.join('\n')}`);

  const users: string[] = [];
  for (const edge of model.edges) {
    if (edge.from !== index || edge.to === index) continue;
    users.push(`- ${code(stageTitle(model.stages[edge.to]!))} ${VERB[edge.kind]}`);
  }
  out.push(users.length > 0 ? `Used by:\n${[...new Set(users)].join('\n')}` : 'Used by: no other stage');

  if (plan !== null) {
    if (plan.target === index) out.push('The build target: `docker build` builds this stage.');
    else if (!plan.reachable.includes(index)) out.push('The target does not need this stage, so BuildKit skips it.');
  }
  return out.join('\n\n');
}
