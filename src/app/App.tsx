import { useMemo } from 'react';
import { analyzeDockerfile, graphToJson } from '../dockerfile/index.ts';
import { exampleDockerfile } from './exampleDockerfile.ts';

type GraphJson = ReturnType<typeof graphToJson>;
type StageJson = GraphJson['stages'][number];
type EdgeJson = GraphJson['edges'][number];

function describeBase(base: StageJson['base']): string {
  switch (base.kind) {
    case 'scratch':
      return 'scratch';
    case 'stage':
      return `stage #${base.stage} (${base.raw})`;
    case 'image':
      return base.ref === base.raw ? base.ref : `${base.ref} (${base.raw})`;
  }
}

function stageLabel(graph: GraphJson, index: number | null): string {
  if (index === null) return 'none';
  const stage = graph.stages[index];
  return stage?.name ? `${stage.name} (#${index})` : `#${index}`;
}

function describeEdge(graph: GraphJson, edge: EdgeJson): string {
  const source = 'from' in edge ? stageLabel(graph, edge.from) : edge.image;
  return `${source} → ${stageLabel(graph, edge.to)} (${edge.kind}, line ${edge.line})`;
}

/** Placeholder page: the stage graph of the built-in example, as plain lists. */
export function App() {
  const graph = useMemo(() => graphToJson(analyzeDockerfile(exampleDockerfile)), []);
  return (
    <main>
      <h1>Stagewright</h1>
      <p>Stage graph of the built-in example Dockerfile (target: {stageLabel(graph, graph.target)}).</p>
      <h2>Stages</h2>
      <ol className="stages">
        {graph.stages.map((stage, i) => (
          <li key={stage.index} data-stage-index={i} data-stage-name={stage.name ?? ''}>
            <strong>{stage.name ?? `#${stage.index}`}</strong> from <code>{describeBase(stage.base)}</code>
            {stage.platform === null ? null : <> on <code>{stage.platform}</code></>} · line {stage.line}
            {graph.reachable.includes(stage.index) ? null : ' · not needed for the target'}
          </li>
        ))}
      </ol>
      <h2>Edges</h2>
      <ul className="edges">
        {graph.edges.map((edge, i) => (
          <li key={i}>{describeEdge(graph, edge)}</li>
        ))}
      </ul>
      <h2>Graph JSON</h2>
      <pre>{JSON.stringify(graph, null, 2)}</pre>
      <h2>Dockerfile</h2>
      <pre>{exampleDockerfile}</pre>
    </main>
  );
}
