import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { duplicateStage } from './duplicate-stage.ts';
import { applyEdit, editFixture, reanalyze, refusal, stageEdges, stageNames } from './edit-test-support.ts';

describe('duplicateStage', () => {
  const webApp = editFixture('web-app.Dockerfile');

  it('web-app.Dockerfile, deps: "deps-copy" right after it, with the continuation; later --from=2 becomes 3', () => {
    const before = analyzeDockerfile(webApp);
    const result = duplicateStage(before, { stage: 1 });
    const after = applyEdit(webApp, result);
    const deps = 'FROM base AS deps\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm,from=base \\\n    npm ci\n';
    expect(after).toBe(webApp.replace(deps, `${deps}\n${deps.replace('AS deps', 'AS deps-copy')}`).replaceAll('--from=2', '--from=3'));
    expect(result.ok && result.selectStage).toBe(2);
    const analysis = reanalyze(after);
    expect(stageNames(analysis)).toEqual(['Base', 'deps', 'deps-copy', null, 'build', 'web']);
    expect(stageEdges(analysis)).toEqual(
      ['copy 0->1 onbuild', 'copy 0->2 onbuild', 'from 0->1', 'from 0->2', 'mount 0->1', 'mount 0->2', 'from 1->4', 'copy 3->4', 'copy 4->5', 'copy 3->5'].sort(),
    );
  });

  it('a second copy is "deps-copy-2"; an unnamed stage is named after its image', () => {
    const text = 'FROM alpine AS deps\nFROM alpine AS deps-copy\nFROM golang:1.23\n';
    expect(applyEdit(text, duplicateStage(analyzeDockerfile(text), { stage: 0 }))).toBe(
      'FROM alpine AS deps\n\nFROM alpine AS deps-copy-2\nFROM alpine AS deps-copy\nFROM golang:1.23\n',
    );
    expect(applyEdit(text, duplicateStage(analyzeDockerfile(text), { stage: 2 }))).toBe(`${text}\nFROM golang:1.23 AS golang-copy\n`);
  });

  it('"from alpine\\r\\nrun x" (lower case, CRLF, no final newline)', () => {
    const text = 'from alpine\r\nrun x';
    expect(applyEdit(text, duplicateStage(analyzeDockerfile(text), { stage: 0 }))).toBe('from alpine\r\nrun x\r\n\r\nfrom alpine as alpine-copy\r\nrun x');
  });

  it('refuses an unknown stage', () => {
    expect(refusal(duplicateStage(analyzeDockerfile(webApp), { stage: 5 }))).toBe('There is no stage 5.');
  });
});
