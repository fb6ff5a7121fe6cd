import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../dockerfile/analyze.ts';
import type { Diagnostic } from '../dockerfile/ast.ts';
import { NO_PROBLEMS, problemsByStage, summarizeProblems } from './stage-problems.ts';

const finding = (from: number, severity: Diagnostic['severity'], message = 'm'): Diagnostic => ({
  rule: 'R',
  severity,
  message,
  from,
  to: from + 1,
  url: '',
});

describe('problemsByStage', () => {
  it('FROM alpine AS x / FROM alpine + COPY --from=7: the bad index is a problem of the second stage only', () => {
    const analysis = analyzeDockerfile('FROM alpine AS x\nRUN true\nFROM alpine\nCOPY --from=7 /a /a\n', { rules: [] });
    const problems = problemsByStage(analysis.model.stages, analysis.diagnostics);
    expect(problems[0]).toBe(NO_PROBLEMS);
    expect(problems[1]).toMatchObject({ count: 1, severity: 'error' });
    expect(problems[1]!.summary).toMatch(/invalid stage index 7/);
  });

  it('findings before the first FROM belong to no stage', () => {
    const analysis = analyzeDockerfile('FROM alpine\nRUN true\n');
    const stages = analysis.model.stages;
    expect(problemsByStage(stages, [finding(0, 'error')])[0]!.count).toBe(1);
    const later = { ...stages[0]!, from: 5 };
    expect(problemsByStage([later], [finding(0, 'error')])[0]).toBe(NO_PROBLEMS);
  });
});

describe('summarizeProblems', () => {
  it('no findings: the shared empty summary', () => expect(summarizeProblems([])).toBe(NO_PROBLEMS));

  it('info + error + warning: count 3, worst is error, one tooltip line each', () => {
    const summary = summarizeProblems([finding(0, 'info', 'a'), finding(1, 'error', 'b'), finding(2, 'warning', 'c')]);
    expect(summary).toEqual({ count: 3, severity: 'error', summary: 'info: a (R)\nerror: b (R)\nwarning: c (R)' });
  });
});
