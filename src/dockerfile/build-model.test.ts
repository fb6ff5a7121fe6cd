import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from './analyze.ts';
import { graphToJson } from './graph-json.ts';

const graph = (text: string, target?: string | number) => graphToJson(analyzeDockerfile(text, { target }));
const errors = (text: string) =>
  analyzeDockerfile(text, { rules: [] })
    .diagnostics.filter((d) => d.severity === 'error')
    .map((d) => d.message);

describe('stages and bases', () => {
  it('ARG GO=1.22 / FROM golang:${GO}-alpine AS Build: expands global ARGs, keeps raw and casing', () => {
    const json = graph('ARG GO=1.22\nFROM golang:${GO}-alpine AS Build\nRUN x\n');
    expect(json.globals).toEqual([{ keyword: 'ARG', line: 1, name: 'GO', value: '1.22' }]);
    expect(json.stages[0]).toMatchObject({
      index: 0,
      name: 'build',
      displayName: 'Build',
      base: { kind: 'image', ref: 'golang:1.22-alpine', raw: 'golang:${GO}-alpine' },
      line: 2,
      instructions: [{ keyword: 'RUN', line: 3 }],
    });
  });

  it('FROM scratch / FROM a (an earlier stage) / FROM later (an image)', () => {
    const json = graph('FROM scratch AS a\nFROM a AS b\nFROM later\nFROM alpine AS later\n');
    expect(json.stages.map((s) => s.base.kind)).toEqual(['scratch', 'stage', 'image', 'image']);
    expect(json.stages[1]!.base).toMatchObject({ kind: 'stage', stage: 0 });
  });

  it('ARG BASE=build / FROM ${BASE}: a FROM can name a stage through a global ARG', () => {
    const json = graph('ARG BASE=build\nFROM alpine AS build\nFROM ${BASE}\n');
    expect(json.stages[1]!.base).toMatchObject({ kind: 'stage', stage: 0, raw: '${BASE}' });
  });

  it('FROM --platform=$BUILDPLATFORM keeps platform ARGs as written', () => {
    const json = graph('FROM --platform=$BUILDPLATFORM golang AS b\n');
    expect(json.stages[0]!.platform).toBe('$BUILDPLATFORM');
  });

  it("ARG B=x / ARG A='$B' keeps the single-quoted $B literal, as BuildKit does", () => {
    const json = graph("ARG B=x\nARG A='$B' C=\"$B\"\nFROM alpine\n");
    expect(json.globals.map((g) => [g.name, g.value])).toEqual([
      ['B', 'x'],
      ['A', '$B'],
      ['C', 'x'],
    ]);
  });

  it('FROM a b (two arguments) is an error', () => {
    expect(errors('FROM a b\n')).toEqual(['FROM requires either one or three arguments']);
  });

  it('FROM alpine AS 1st is an invalid stage name', () => {
    expect(errors('FROM alpine AS 1st\n')[0]).toContain('invalid name for build stage: "1st"');
  });

  it('RUN before the first FROM is an error; ARG is not', () => {
    expect(errors('ARG X\nRUN x\nFROM a\n')).toEqual(['no build stage in current context: only ARG may come before the first FROM']);
  });
});

describe('edges', () => {
  it('COPY --from=BUILD (any case) and --from=0 (index) resolve to stage 0', () => {
    const json = graph('FROM a AS build\nFROM b\nCOPY --from=BUILD x y\nCOPY --from=0 x y\n');
    expect(json.edges).toEqual([
      { from: 0, to: 1, kind: 'copy', line: 3 },
      { from: 0, to: 1, kind: 'copy', line: 4 },
    ]);
  });

  it('COPY --FROM=a (upper-case flag) is not --from: no edge', () => {
    expect(graph('FROM x AS a\nFROM y\nCOPY --FROM=a /x /y\n').edges).toEqual([]);
  });

  it('COPY --from=nginx:1.27 names no stage: an external image', () => {
    expect(graph('FROM a\nCOPY --from=nginx:1.27 /x /y\n').edges).toEqual([{ image: 'nginx:1.27', to: 0, kind: 'copy', line: 2 }]);
  });

  it('RUN --mount=type=cache,from=build resolves by name; from=0 is an image called 0', () => {
    const json = graph('FROM a AS build\nFROM b\nRUN --mount=type=cache,from=build,target=/x true\nRUN --mount=from=0,target=/y true\n');
    expect(json.edges).toEqual([
      { from: 0, to: 1, kind: 'mount', line: 3 },
      { image: '0', to: 1, kind: 'mount', line: 4 },
    ]);
  });

  it('RUN --mount="type=bind,from=build" (quoted): the edge range is the name', () => {
    const text = 'FROM a AS build\nFROM b\nRUN --mount="type=bind,from=build,target=/x" true\n';
    const edge = analyzeDockerfile(text).model.edges[0]!;
    expect(text.slice(edge.range.from, edge.range.to)).toBe('build');
  });

  it('RUN --mount=type=secret,id=x,from=build is an error', () => {
    expect(errors('FROM a AS build\nFROM b\nRUN --mount=type=secret,id=x,from=build true\n')[0]).toContain('secret mount');
  });

  it('COPY --from=later refers to a later stage: an error', () => {
    expect(errors('FROM a AS first\nCOPY --from=later x y\nFROM b AS later\n')[0]).toContain('later stage');
  });

  it('COPY --from=5 with two stages: invalid stage index', () => {
    expect(errors('FROM a\nFROM b\nCOPY --from=5 x y\n')[0]).toContain('invalid stage index 5');
  });

  it('COPY --from=$STAGE: variables are not expanded in --from', () => {
    expect(errors('FROM a\nCOPY --from=$STAGE x y\n')[0]).toContain('does not expand variables');
  });

  it('ONBUILD COPY --from=assets in a parent gives its child an edge', () => {
    const json = graph('FROM a AS assets\nFROM b AS parent\nONBUILD COPY --from=assets /x /y\nFROM parent\n');
    expect(json.edges).toContainEqual({ from: 0, to: 2, kind: 'copy', line: 3, viaOnbuild: true });
    expect(json.edges.filter((e) => e.to === 1)).toEqual([]);
  });

  it('a → b → a through COPY --from is a cycle', () => {
    const text = 'FROM x AS a\nCOPY --from=b /1 /1\nFROM a AS b\n';
    expect(errors(text).some((m) => m.startsWith('circular dependency detected on stage: a'))).toBe(true);
  });
});

describe('targets and waves', () => {
  const diamond = 'FROM base AS base\nFROM base AS front\nFROM base AS back\nFROM scratch AS final\nCOPY --from=front / /\nCOPY --from=back / /\nFROM alpine AS lint\n';

  it('diamond, default target (last stage: lint) reaches only itself', () => {
    expect(graph(diamond)).toMatchObject({ target: 4, reachable: [4], waves: [[4]] });
  });

  it('diamond, --target final: base, then front and back in parallel, then final', () => {
    expect(graph(diamond, 'FINAL')).toMatchObject({ target: 3, reachable: [0, 1, 2, 3], waves: [[0], [1, 2], [3]] });
  });

  it('diamond, --target 1 (an index)', () => {
    expect(graph(diamond, 1)).toMatchObject({ target: 1, reachable: [0, 1], waves: [[0], [1]] });
  });

  it('an unknown target is reported, and the last stage is planned', () => {
    const analysis = analyzeDockerfile(diamond, { target: 'nope' });
    expect(analysis.targetFound).toBe(false);
    expect(analysis.plan?.target).toBe(4);
  });
});
