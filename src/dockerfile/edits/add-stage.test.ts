import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { addStage, STAGE_TEMPLATES } from './add-stage.ts';
import { applyEdit, editFixture, reanalyze, refusal, stageEdges, stageNames } from './edit-test-support.ts';

describe('addStage', () => {
  const webApp = editFixture('web-app.Dockerfile');

  it('web-app.Dockerfile + blank at the end: "FROM alpine AS stage-1" after one blank line', () => {
    const result = addStage(analyzeDockerfile(webApp), { template: 'blank' });
    const after = applyEdit(webApp, result);
    expect(after).toBe(`${webApp}\nFROM alpine AS stage-1\n`);
    expect(result.ok && result.selectStage).toBe(5);
    expect(stageNames(reanalyze(after))[5]).toBe('stage-1');
  });

  it('web-app.Dockerfile + node before stage 2: inserted above the golang stage, numeric --from=2 becomes 3', () => {
    const before = analyzeDockerfile(webApp);
    const after = applyEdit(webApp, addStage(before, { template: 'node', at: 2 }));
    expect(after).toBe(
      webApp.replace('\nFROM golang:1.23\n', '\nFROM node:22-alpine AS node\n\nFROM golang:1.23\n').replaceAll('--from=2', '--from=3'),
    );
    const shifted = stageEdges(before).map((e) => e.replace(/\d+/g, (n) => String(Number(n) >= 2 ? Number(n) + 1 : Number(n)))).sort();
    expect(stageEdges(reanalyze(after))).toEqual(shifted);
  });

  it('before stage 0 with a comment above it: goes above the comment, after the global ARG', () => {
    const after = applyEdit(webApp, addStage(analyzeDockerfile(webApp), { template: 'scratch', at: 0 }));
    expect(after).toContain('ARG NODE_VERSION=22\n\nFROM scratch AS final\n\n# Toolchain shared by the build stages.\nFROM --platform');
  });

  it('"from alpine\\r\\nrun true" (lower case, CRLF, no final newline): keeps all three', () => {
    const text = 'from alpine\r\nrun true';
    expect(applyEdit(text, addStage(analyzeDockerfile(text), { template: 'golang' }))).toBe('from alpine\r\nrun true\r\n\r\nfrom golang:1.23 as go');
  });

  it('"FROM alpine AS stage-1\\n\\n" (ends with a blank line): no second blank line; picks stage-2', () => {
    const text = 'FROM alpine AS stage-1\n\n';
    expect(applyEdit(text, addStage(analyzeDockerfile(text), { template: 'blank' }))).toBe('FROM alpine AS stage-1\n\nFROM alpine AS stage-2\n');
  });

  it('an empty text: the stage is the first line', () => {
    expect(applyEdit('', addStage(analyzeDockerfile(''), { template: 'rust' }))).toBe('FROM rust:1-slim AS rust\n');
  });

  it('"FROM web AS x" where "web" is an image: the nginx template picks web-2, so FROM web is not captured', () => {
    const text = 'FROM web\n';
    const after = applyEdit(text, addStage(analyzeDockerfile(text), { template: 'nginx', at: 0 }));
    expect(after).toBe('FROM nginx:1.27-alpine AS web-2\n\nFROM web\n');
    expect(stageEdges(reanalyze(after))).toEqual([]);
  });

  it('every template gives a stage that parses without errors', () => {
    for (const template of STAGE_TEMPLATES) {
      const after = applyEdit(webApp, addStage(analyzeDockerfile(webApp), { template: template.id }));
      const analysis = reanalyze(after);
      expect(analysis.model.stages[5]!.base.raw).toBe(template.image);
      expect(analysis.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    }
  });

  it('refuses a position outside the stages', () => {
    expect(refusal(addStage(analyzeDockerfile(webApp), { template: 'blank', at: 9 }))).toBe('Position 9 is outside the 5 stages.');
  });
});
