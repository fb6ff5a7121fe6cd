import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { rebuildSet } from './rebuild-set.ts';
import { DIAMOND, realFixture } from './teach-fixtures.test-support.ts';

const at = (text: string, needle: string) => text.indexOf(needle) + 2;

describe('rebuildSet', () => {
  it('the diamond, cursor on the RUN of base: every stage rebuilds', () => {
    const analysis = analyzeDockerfile(DIAMOND);
    const set = rebuildSet(analysis, at(DIAMOND, 'RUN apk'))!;
    expect(set.stage).toBe(0);
    expect(set.instruction.name).toBe('RUN');
    expect(set.laterInstructions.map((i) => i.name)).toEqual(['WORKDIR']);
    expect(set.stages).toEqual([0, 1, 2, 3]);
    expect(set.reachable).toBe(true);
  });

  it('the diamond, cursor on the RUN of left: left and final rebuild, right does not', () => {
    const set = rebuildSet(analyzeDockerfile(DIAMOND), at(DIAMOND, 'RUN echo left'))!;
    expect(set.stages).toEqual([1, 3]);
    expect(set.laterInstructions).toEqual([]);
  });

  it('the diamond, the first COPY of final given as {stage, instruction}', () => {
    const set = rebuildSet(analyzeDockerfile(DIAMOND), { stage: 3, instruction: 0 })!;
    expect(set.laterInstructions.map((i) => i.name)).toEqual(['COPY', 'CMD']);
    expect(set.stages).toEqual([3]);
  });

  it('the diamond, FROM of right: its whole stage rebuilds', () => {
    const set = rebuildSet(analyzeDockerfile(DIAMOND), { stage: 2, instruction: -1 })!;
    expect(set.instruction.name).toBe('FROM');
    expect(set.laterInstructions.map((i) => i.name)).toEqual(['RUN']);
    expect(set.stages).toEqual([2, 3]);
  });

  it('the diamond with --target left, cursor on base: right and final are not built at all', () => {
    const analysis = analyzeDockerfile(DIAMOND, { target: 'left' });
    expect(rebuildSet(analysis, at(DIAMOND, 'WORKDIR'))!.stages).toEqual([0, 1]);
    const right = rebuildSet(analysis, at(DIAMOND, 'RUN echo right'))!;
    expect(right.stages).toEqual([]);
    expect(right.reachable).toBe(false);
  });

  it('the diamond, cursor on a blank line or past the end', () => {
    const analysis = analyzeDockerfile(DIAMOND);
    expect(rebuildSet(analysis, DIAMOND.indexOf('\n\nFROM base AS left') + 1)).toBeNull();
    expect(rebuildSet(analysis, { stage: 9, instruction: 0 })).toBeNull();
  });

  it('monorepo-targets.Dockerfile, cursor on the pnpm install of deps (mount edges count)', () => {
    const analysis = realFixture('monorepo-targets', 'e2e');
    const text = analysis.ast.source;
    const set = rebuildSet(analysis, at(text, 'pnpm install'))!;
    // deps, build-web (mounted by e2e) and e2e; build-api, lint and api are not e2e's business.
    expect(set.stages.map((s) => analysis.model.stages[s]!.name)).toEqual(['deps', 'build-web', 'e2e']);
  });
});
