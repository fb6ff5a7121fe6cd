import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../dockerfile/analyze.ts';
import { exampleDockerfile } from '../app/exampleDockerfile.ts';
import { describeGraph } from './describe-graph.ts';

const describeText = (text: string, target?: string) => describeGraph(analyzeDockerfile(text, { target }));

describe('describeGraph: the example Dockerfile', () => {
  const graph = describeText(exampleDockerfile);
  const stages = graph.nodes.flatMap((n) => (n.type === 'stage' ? [n.data] : []));

  it('one stage node per stage, named and indexed', () => {
    expect(stages.map((s) => [s.index, s.name, s.label])).toEqual([
      [0, 'deps', 'deps'],
      [1, 'frontend', 'frontend'],
      [2, 'build', 'build'],
      [3, 'test', 'test'],
      [4, 'runtime', 'runtime'],
    ]);
  });

  it('bases: expanded image refs and "from <stage>"', () => {
    expect(stages[0]!.base).toEqual({ kind: 'image', text: 'golang:1.23-alpine' });
    expect(stages[2]!.base).toEqual({ kind: 'stage', text: 'deps', stage: 0 });
    expect(stages[0]!.platform).toBe('$BUILDPLATFORM');
    expect(stages[1]!.platform).toBeNull();
  });

  it('instructions: count, and the first four with short arguments', () => {
    expect(stages[1]!.instructionCount).toBe(5);
    expect(stages[1]!.instructions).toEqual([
      { keyword: 'WORKDIR', args: '/web' },
      { keyword: 'COPY', args: 'web/package.json web/package-lo…' },
      { keyword: 'RUN', args: 'npm ci' },
      { keyword: 'COPY', args: 'web/ ./' },
    ]);
    expect(stages[0]!.instructions[2]).toEqual({ keyword: 'RUN', args: 'go mod download' });
  });

  it('no target: the last stage is the target; test is not built', () => {
    expect(stages.map((s) => s.isTarget)).toEqual([false, false, false, false, true]);
    expect(stages.map((s) => s.reachable)).toEqual([true, true, true, false, true]);
  });

  it('edges: FROM deps→build, FROM build→test, COPY build→runtime and frontend→runtime, with paths', () => {
    expect(graph.edges.map((e) => [e.id, e.kind, e.label, e.reachable])).toEqual([
      ['from:stage-0->stage-2', 'from', '', true],
      ['from:stage-2->stage-3', 'from', '', false],
      ['copy:stage-2->stage-4', 'copy', '/out/server', true],
      ['copy:stage-1->stage-4', 'copy', '/web/dist', true],
    ]);
    expect(graph.edges[2]!.ariaLabel).toBe('stage runtime copies from stage build: /out/server');
  });

  it('no external images: no image nodes', () => {
    expect(graph.nodes.every((n) => n.type === 'stage')).toBe(true);
  });
});

describe('describeGraph: targets, images and edge ids', () => {
  it('--target test: frontend and runtime are not built, test is the target', () => {
    const stages = describeText(exampleDockerfile, 'test').nodes.flatMap((n) => (n.type === 'stage' ? [n.data] : []));
    expect(stages.map((s) => s.reachable)).toEqual([true, false, true, true, false]);
    expect(stages[3]!.isTarget).toBe(true);
  });

  it('COPY --from=busybox twice and a mount from=busybox: one image node, three edges', () => {
    const graph = describeText(
      'FROM alpine\nCOPY --from=busybox /a /a\nCOPY --from=busybox /b /b\nRUN --mount=from=busybox,target=/m true\n',
    );
    const images = graph.nodes.filter((n) => n.type === 'image');
    expect(images.map((n) => [n.id, n.data])).toEqual([
      ['image:busybox', { ref: 'busybox', positionKey: 'image:busybox', reachable: true }],
    ]);
    expect(graph.edges.map((e) => e.id)).toEqual([
      'copy:image:busybox->stage-0',
      'copy:image:busybox->stage-0#1',
      'mount:image:busybox->stage-0',
    ]);
  });

  it('an image used only by an unbuilt stage is dimmed', () => {
    const graph = describeText('FROM alpine AS a\nCOPY --from=busybox /a /a\nFROM alpine AS b\n');
    expect(graph.nodes.find((n) => n.type === 'image')!.data.reachable).toBe(false);
  });

  it('edge ids survive an edit that shifts every offset', () => {
    const before = describeText(exampleDockerfile).edges.map((e) => e.id);
    const after = describeText(`# a comment on top\n${exampleDockerfile.replace('/out/server ./cmd', '/out/srv ./cmd')}`).edges.map((e) => e.id);
    expect(after).toEqual(before);
  });

  it('FROM scratch / unnamed stage: base "scratch", label "#0", empty name, position key "#0"', () => {
    const [node] = describeText('FROM scratch\nCOPY a b\n').nodes;
    expect(node!.type === 'stage' && node!.data).toMatchObject({ label: '#0', name: '', positionKey: '#0', base: { kind: 'scratch' } });
  });

  it('FROM Alpine AS Builder: label keeps the casing, name is lowercased', () => {
    const [node] = describeText('FROM alpine AS Builder\n').nodes;
    expect(node!.type === 'stage' && node!.data).toMatchObject({ label: 'Builder', name: 'builder', positionKey: 'builder' });
  });

  it('ONBUILD COPY --from inherited by a child stage: the edge says ONBUILD', () => {
    const graph = describeText('FROM alpine AS src\nFROM alpine AS base\nONBUILD COPY --from=src /a /a\nFROM base\n');
    const onbuild = graph.edges.find((e) => e.viaOnbuild)!;
    expect(onbuild.label).toBe('ONBUILD /a');
    expect(onbuild.ariaLabel).toContain('(ONBUILD)');
  });

  it('a stage with a problem: problems counted in its node', () => {
    const graph = describeText('FROM alpine AS a\nFROM alpine\nCOPY --from=a /x /x\nCOPY --from=3 /y /y\n');
    const second = graph.nodes[1]!;
    expect(second.type === 'stage' && second.data.problems.severity).toBe('error');
  });
});
