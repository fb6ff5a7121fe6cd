import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../dockerfile/analyze.ts';
import { problemLocation } from './problem-location.ts';

describe('problemLocation', () => {
  it('FromAsCasing in stage 0 and MaintainerDeprecated in stage 1 — line, column and stage', () => {
    const analysis = analyzeDockerfile('ARG X=1\nFROM alpine as build\nFROM busybox\n  MAINTAINER jo\n');
    const casing = analysis.diagnostics.find((d) => d.rule === 'FromAsCasing')!;
    const maintainer = analysis.diagnostics.find((d) => d.rule === 'MaintainerDeprecated')!;
    expect(problemLocation(analysis, casing)).toEqual({ line: 2, column: 13, stage: 0 });
    expect(problemLocation(analysis, maintainer)).toEqual({ line: 4, column: 3, stage: 1 });
  });

  it('a finding before the first FROM — no stage', () => {
    const analysis = analyzeDockerfile('RUN x\nFROM alpine\n');
    expect(problemLocation(analysis, analysis.diagnostics[0]!).stage).toBeNull();
  });
});
