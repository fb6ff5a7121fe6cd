import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { argScope } from './arg-scope.ts';
import { realFixture } from './teach-fixtures.test-support.ts';

const CLASSIC = [
  'ARG VERSION=1.2.3',
  'ARG BASE=alpine:3.20',
  'FROM ${BASE} AS build',
  'RUN echo "building $VERSION" > /version',
  'COPY app-${VERSION}.tar.gz /src/',
  '',
  'FROM build AS release',
  'ARG VERSION',
  'ARG TARGETARCH',
  'ARG CHANNEL=stable',
  'RUN echo "$VERSION $TARGETARCH $CHANNEL"',
  'FROM ${BASE}',
  'RUN wget https://example.com/tool-${TARGETOS}.tgz',
  '',
].join('\n');

describe('argScope', () => {
  it('the classic mistake: a global ARG used in RUN and COPY of a stage that did not declare it', () => {
    const scope = argScope(analyzeDockerfile(CLASSIC));
    expect(scope.globals.map((g) => [g.name, g.value])).toEqual([
      ['VERSION', '1.2.3'],
      ['BASE', 'alpine:3.20'],
    ]);
    const build = scope.stages[0]!;
    expect(build.visible).toEqual([]);
    expect(build.globalOnly).toEqual(['VERSION', 'BASE']);
    // One finding per instruction and name, pointing at the variable itself.
    expect(build.mistakes.map((m) => [m.name, CLASSIC.slice(m.range.from, m.range.to)])).toEqual([
      ['VERSION', '$VERSION'],
      ['VERSION', '${VERSION}'],
    ]);
    expect(build.mistakes[0]!.message).toBe(
      '$VERSION is a global ARG, visible only in FROM lines: stage build must declare ARG VERSION again to use it. Here it is empty.',
    );
  });

  it('re-declared global, predefined and stage-local ARGs, and an unnamed stage using $TARGETOS', () => {
    const scope = argScope(analyzeDockerfile(CLASSIC));
    const release = scope.stages[1]!;
    expect(release.visible.map((v) => [v.name, v.origin, v.value])).toEqual([
      ['VERSION', 'global', '1.2.3'],
      ['TARGETARCH', 'predefined', null],
      ['CHANNEL', 'stage', 'stable'],
    ]);
    expect(release.mistakes).toEqual([]);
    expect(release.globalOnly).toEqual(['BASE']);
    const last = scope.stages[2]!;
    expect(last.title).toBe('#2');
    expect(last.mistakes.map((m) => m.message)).toEqual(['$TARGETOS is predefined, but stage #2 sees it only after ARG TARGETOS: here it is empty.']);
  });

  it('ARGs inherited through FROM <stage>', () => {
    const scope = argScope(analyzeDockerfile('FROM alpine AS a\nARG X=1\nFROM a AS b\nARG Y\nRUN echo $X $Y\n'));
    expect(scope.stages[1]!.visible.map((v) => [v.name, v.origin, v.stage])).toEqual([
      ['X', 'inherited', 0],
      ['Y', 'stage', 1],
    ]);
    expect(scope.stages[1]!.mistakes).toEqual([]);
  });

  it("single-quoted, escaped and exec-form uses are not expansions", () => {
    const text = "ARG V=1\nFROM alpine\nRUN echo '$V' \\$V\nRUN [\"echo\", \"$V\"]\nCMD echo $V\n";
    expect(argScope(analyzeDockerfile(text)).stages[0]!.mistakes).toEqual([]);
  });

  it("RUN <<EOF / echo it's $V / EOF: an apostrophe in a heredoc body is text, and $V is still a mistake", () => {
    const text = "ARG V=1\nFROM alpine\nRUN <<EOF\necho it's $V\nEOF\n";
    expect(argScope(analyzeDockerfile(text)).stages[0]!.mistakes.map((m) => m.name)).toEqual(['V']);
  });

  it('go-service.Dockerfile: TARGETOS and TARGETARCH declared where they are used', () => {
    const scope = argScope(realFixture('go-service'));
    expect(scope.stages.flatMap((s) => s.mistakes)).toEqual([]);
    expect(scope.stages[1]!.visible.map((v) => `${v.name}:${v.origin}`)).toEqual(['TARGETOS:predefined', 'TARGETARCH:predefined', 'VERSION:stage']);
    expect(scope.stages[0]!.globalOnly).toEqual(['GO_VERSION', 'ALPINE_VERSION']);
  });
});
