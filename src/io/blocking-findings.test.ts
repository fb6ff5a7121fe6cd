import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../dockerfile/analyze.ts';
import { blockingFindings } from './blocking-findings.ts';

describe('blockingFindings', () => {
  it('a COPY --from a later stage: one error on its line', () => {
    const text = 'FROM alpine AS a\nCOPY --from=b /x /x\nFROM alpine AS b\n';
    const found = blockingFindings(analyzeDockerfile(text));
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((f) => f.line === 2)).toBe(true);
  });

  it('an unused stage is only a hint: nothing blocks', () => {
    const text = 'FROM alpine AS unused\nFROM alpine AS final\nRUN true\n';
    const analysis = analyzeDockerfile(text);
    expect(analysis.diagnostics.some((d) => d.rule === 'UnusedStage' && d.severity === 'info')).toBe(true);
    expect(blockingFindings(analysis)).toEqual([]);
  });

  it('a rule raised to error by the lint settings blocks', () => {
    const text = 'FROM alpine AS unused\nFROM alpine AS final\nRUN true\n';
    const found = blockingFindings(analyzeDockerfile(text, { lint: { error: ['UnusedStage'] } }));
    expect(found).toEqual([expect.objectContaining({ line: 1, rule: 'UnusedStage' })]);
  });
});
