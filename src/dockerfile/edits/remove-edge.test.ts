import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { applyEdit, editFixture, reanalyze, refusal, stageEdges } from './edit-test-support.ts';
import { removeEdge } from './remove-edge.ts';

/** The index of the first edge that matches. */
function edgeIndex(text: string, kind: string, from: number, to: number): number {
  const index = analyzeDockerfile(text).model.edges.findIndex((e) => e.kind === kind && e.from === from && e.to === to && !e.viaOnbuild);
  expect(index).toBeGreaterThanOrEqual(0);
  return index;
}

describe('removeEdge', () => {
  const webApp = editFixture('web-app.Dockerfile');
  const without = (edges: string[], edge: string) => edges.filter((_, i) => i !== edges.indexOf(edge));

  it('web-app.Dockerfile, copy 3->4 (COPY --from=BUILD): removes that line only', () => {
    const before = analyzeDockerfile(webApp);
    const after = applyEdit(webApp, removeEdge(before, { edge: edgeIndex(webApp, 'copy', 3, 4) }));
    expect(after).toBe(webApp.replace('COPY --from=BUILD /app/dist /usr/share/nginx/html\n', ''));
    expect(stageEdges(reanalyze(after))).toEqual(without(stageEdges(before), 'copy 3->4'));
  });

  it('web-app.Dockerfile, mount 0->1: removes ",from=base" and keeps the continuation', () => {
    const before = analyzeDockerfile(webApp);
    const after = applyEdit(webApp, removeEdge(before, { edge: edgeIndex(webApp, 'mount', 0, 1) }));
    expect(after).toBe(webApp.replace('target=/root/.npm,from=base \\', 'target=/root/.npm \\'));
    expect(stageEdges(reanalyze(after))).toEqual(without(stageEdges(before), 'mount 0->1'));
  });

  it('web-app.Dockerfile, from 1->3 (FROM deps): build starts from the image deps starts from; its inherited edges go too', () => {
    const before = analyzeDockerfile(webApp);
    const after = applyEdit(webApp, removeEdge(before, { edge: edgeIndex(webApp, 'from', 1, 3) }));
    expect(after).toBe(webApp.replace('FROM deps AS build', 'FROM node:${NODE_VERSION}-alpine AS build'));
    expect(stageEdges(reanalyze(after))).toEqual(without(stageEdges(before), 'from 1->3'));
  });

  it('web-app.Dockerfile, the ONBUILD copy edge 0->1: removes the ONBUILD instruction that holds it', () => {
    const before = analyzeDockerfile(webApp);
    const index = before.model.edges.findIndex((e) => e.viaOnbuild);
    const after = applyEdit(webApp, removeEdge(before, { edge: index }));
    expect(after).toBe(webApp.replace('ONBUILD COPY --from=base /usr/local/bin/node /usr/local/bin/node\n', ''));
    expect(stageEdges(reanalyze(after))).toEqual(without(stageEdges(before), 'copy 0->1 onbuild'));
  });

  it('mounts: "from=a,target=/x" loses its first field, "target=/x,from=a,ro" its middle one', () => {
    const text = 'FROM alpine AS a\nFROM alpine\nRUN --mount=from=a,target=/x --mount=type=bind,target=/y,from=a,ro ls\n';
    const first = applyEdit(text, removeEdge(analyzeDockerfile(text), { edge: 0 }));
    expect(first).toBe('FROM alpine AS a\nFROM alpine\nRUN --mount=target=/x --mount=type=bind,target=/y,from=a,ro ls\n');
    expect(applyEdit(first, removeEdge(analyzeDockerfile(first), { edge: 0 }))).toBe('FROM alpine AS a\nFROM alpine\nRUN --mount=target=/x --mount=type=bind,target=/y,ro ls\n');
  });

  it('a quoted mount value "--mount=\\"type=bind,from=a\\"": the field goes, the quotes stay', () => {
    const text = 'FROM alpine AS a\nFROM alpine\nRUN --mount="type=bind,from=a" ls\n';
    expect(applyEdit(text, removeEdge(analyzeDockerfile(text), { edge: 0 }))).toBe('FROM alpine AS a\nFROM alpine\nRUN --mount="type=bind" ls\n');
  });

  it('a COPY --from over three lines with a comment inside, at the end without a final newline', () => {
    const text = 'FROM alpine AS a\nFROM alpine\nRUN true\nCOPY --from=a \\\n# inside\n  /x \\\n  /y';
    expect(applyEdit(text, removeEdge(analyzeDockerfile(text), { edge: 0 }))).toBe('FROM alpine AS a\nFROM alpine\nRUN true');
  });

  it('refuses an edge that does not exist', () => {
    expect(refusal(removeEdge(analyzeDockerfile(webApp), { edge: 99 }))).toBe('There is no edge 99.');
  });
});
