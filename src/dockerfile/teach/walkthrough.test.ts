import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { buildCommand } from './build-command.ts';
import { skippedReason, walkthrough } from './walkthrough.ts';
import { DIAMOND, realFixture } from './teach-fixtures.test-support.ts';

describe('walkthrough', () => {
  it('the diamond', () => {
    const analysis = analyzeDockerfile(DIAMOND);
    const steps = walkthrough(analysis);
    expect(steps.map((s) => s.stages)).toEqual([[0], [1, 2], [3]]);
    expect(steps.map((s) => s.caption)).toEqual([
      'base builds first: it needs no other stage.',
      'left and right build at the same time: neither needs the other. Both wait for base.',
      'final waits for left and right. final is the target: its image is what docker build produces.',
    ]);
    const edges = analysis.model.edges;
    expect(steps.map((s) => s.edges.map((e) => `${edges[e]!.kind}:${edges[e]!.from}->${edges[e]!.to}`))).toEqual([
      [],
      ['from:0->1', 'from:0->2'],
      ['copy:1->3', 'copy:2->3'],
    ]);
  });

  it('monorepo-targets.Dockerfile with --target api and --target web', () => {
    const api = walkthrough(realFixture('monorepo-targets', 'api'));
    expect(api.map((s) => s.caption)).toEqual([
      'base and tools build at the same time: neither needs the other. They need no other stage, so they start first.',
      'deps waits for base.',
      'build-api waits for deps.',
      'api waits for base, build-api and tools. api is the target: its image is what docker build produces.',
    ]);
    const web = walkthrough(realFixture('monorepo-targets', 'web'));
    expect(web.map((s) => s.stages)).toEqual([[0], [1], [3], [8]]);
  });

  it('three stages in one wave', () => {
    const text = 'FROM alpine AS a\nFROM alpine AS b\nFROM alpine AS c\nFROM scratch\nCOPY --from=a / /\nCOPY --from=b / /\nCOPY --from=c / /\n';
    expect(walkthrough(analyzeDockerfile(text))[0]!.caption).toBe(
      'a, b and c build at the same time: none of them needs another. They need no other stage, so they start first.',
    );
  });

  it('an empty text', () => {
    expect(walkthrough(analyzeDockerfile(''))).toEqual([]);
  });
});

describe('skippedReason', () => {
  it('go-service.Dockerfile: test and lint are skipped for release', () => {
    const analysis = realFixture('go-service');
    expect(skippedReason(analysis, 2)).toBe('The target release does not reach it: no stage uses it.');
  });
  it('the diamond with --target left: right is used only by final', () => {
    expect(skippedReason(analyzeDockerfile(DIAMOND, { target: 'left' }), 2)).toBe(
      'The target left does not reach it: only final uses it, and the target needs none of them.',
    );
  });
});

describe('buildCommand', () => {
  it('the diamond, default target and --target left', () => {
    expect(buildCommand(analyzeDockerfile(DIAMOND))).toEqual({ command: 'docker build --target final .', note: 'The last stage: plain docker build . builds it too.' });
    expect(buildCommand(analyzeDockerfile(DIAMOND, { target: 'left' }))).toEqual({ command: 'docker build --target left .', note: null });
  });
  it('unnamed stages', () => {
    expect(buildCommand(analyzeDockerfile('FROM alpine\nFROM busybox\n'))?.command).toBe('docker build .');
    expect(buildCommand(analyzeDockerfile('FROM alpine\nFROM busybox\n', { target: 0 }))?.note).toBe(
      'Stage #0 has no name: give it one (FROM … AS name) to build it with --target.',
    );
  });
});
