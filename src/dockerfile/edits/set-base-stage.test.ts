import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { applyEdit, editFixture, reanalyze, refusal, stageEdges } from './edit-test-support.ts';
import { setBaseStage } from './set-base-stage.ts';

describe('setBaseStage', () => {
  const webApp = editFixture('web-app.Dockerfile');

  it('web-app.Dockerfile, web on build: only the image token changes; edges gain from 3->4', () => {
    const before = analyzeDockerfile(webApp);
    const after = applyEdit(webApp, setBaseStage(before, { stage: 4, base: 3 }));
    expect(after).toBe(webApp.replace('FROM nginx:1.27-alpine AS web', 'FROM build AS web'));
    expect(stageEdges(reanalyze(after))).toEqual([...stageEdges(before), 'from 3->4'].sort());
  });

  it('web-app.Dockerfile, build on the unnamed golang stage: names it, keeps FROM\'s AS', () => {
    const after = applyEdit(webApp, setBaseStage(analyzeDockerfile(webApp), { stage: 3, base: 2 }));
    expect(after).toBe(webApp.replace('FROM golang:1.23\n', 'FROM golang:1.23 AS golang\n').replace('FROM deps AS build', 'FROM golang AS build'));
    expect(stageEdges(reanalyze(after))).toContain('from 2->3');
  });

  it('"FROM --platform=linux/arm64 alpine" keeps its flag', () => {
    const text = 'FROM alpine AS a\nFROM --platform=linux/arm64 alpine\n';
    expect(applyEdit(text, setBaseStage(analyzeDockerfile(text), { stage: 1, base: 0 }))).toBe('FROM alpine AS a\nFROM --platform=linux/arm64 a\n');
  });

  it('refuses a later base and itself; an existing base is no change', () => {
    const analysis = analyzeDockerfile(webApp);
    expect(refusal(setBaseStage(analysis, { stage: 1, base: 3 }))).toBe('A stage can only start from a stage before it; move the stages first.');
    expect(refusal(setBaseStage(analysis, { stage: 1, base: 1 }))).toBe('A stage cannot start from itself.');
    expect(setBaseStage(analysis, { stage: 1, base: 0 })).toEqual({ ok: true, changes: [], selectStage: 1 });
  });
});
