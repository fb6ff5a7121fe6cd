import type { Analysis } from './analyze.ts';
import type { Stage } from './model.ts';

const EDGE_STYLE = { from: 'solid', copy: 'dashed', mount: 'dotted' } as const;

function stageLabel(stage: Stage): string {
  return stage.displayName ?? `#${stage.index}`;
}

function baseLabel(stage: Stage): string {
  return stage.base.kind === 'stage' ? '' : stage.base.ref;
}

function dotQuote(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** Collects the external images, each once, with a stable node id. */
function imageIds(analysis: Analysis): Map<string, string> {
  const ids = new Map<string, string>();
  for (const edge of analysis.model.edges) {
    if (edge.image !== null && !ids.has(edge.image)) ids.set(edge.image, `image${ids.size}`);
  }
  return ids;
}

/** The stage graph in Graphviz DOT: stages as boxes, external images as ellipses. */
export function graphToDot(analysis: Analysis): string {
  const reachable = new Set(analysis.plan?.reachable ?? []);
  const lines = ['digraph stages {', '  rankdir=LR;', '  node [shape=box, fontname="sans-serif"];'];
  for (const stage of analysis.model.stages) {
    const label = [stageLabel(stage), baseLabel(stage)].filter(Boolean).join('\\n');
    const attrs = [`label=${dotQuote(label).replace(/\\\\n/g, '\\n')}`];
    if (stage.index === analysis.plan?.target) attrs.push('penwidth=2');
    if (!reachable.has(stage.index)) attrs.push('style=dashed', 'fontcolor=gray');
    lines.push(`  stage${stage.index} [${attrs.join(', ')}];`);
  }
  const images = imageIds(analysis);
  for (const [image, id] of images) lines.push(`  ${id} [label=${dotQuote(image)}, shape=ellipse];`);
  for (const edge of analysis.model.edges) {
    const from = edge.from !== null ? `stage${edge.from}` : images.get(edge.image ?? '');
    const label = edge.kind === 'from' ? '' : `, label=${dotQuote(edge.kind === 'copy' ? edge.paths.join(' ') || 'copy' : 'mount')}`;
    lines.push(`  ${from} -> stage${edge.to} [style=${EDGE_STYLE[edge.kind]}${label}];`);
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}

function mermaidText(text: string): string {
  return text.replace(/"/g, '#quot;');
}

/** The stage graph as a Mermaid flowchart. */
export function graphToMermaid(analysis: Analysis): string {
  const lines = ['flowchart LR'];
  for (const stage of analysis.model.stages) {
    const base = baseLabel(stage);
    lines.push(`  stage${stage.index}["${mermaidText(stageLabel(stage))}${base ? `<br/>${mermaidText(base)}` : ''}"]`);
  }
  const images = imageIds(analysis);
  for (const [image, id] of images) lines.push(`  ${id}(["${mermaidText(image)}"])`);
  for (const edge of analysis.model.edges) {
    const from = edge.from !== null ? `stage${edge.from}` : images.get(edge.image ?? '');
    const arrow = edge.kind === 'from' ? '-->' : edge.kind === 'copy' ? '-.->' : '-.-o';
    const label = edge.kind === 'copy' && edge.paths.length > 0 ? `|"${mermaidText(edge.paths.join(' '))}"|` : '';
    lines.push(`  ${from} ${arrow}${label} stage${edge.to}`);
  }
  const unreached = analysis.model.stages.filter((s) => !(analysis.plan?.reachable ?? []).includes(s.index));
  if (unreached.length > 0) {
    lines.push('  classDef unreached stroke-dasharray: 5 5,color:#888');
    lines.push(`  class ${unreached.map((s) => `stage${s.index}`).join(',')} unreached`);
  }
  return lines.join('\n') + '\n';
}
