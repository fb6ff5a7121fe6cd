import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { applyEdit, editFixture, reanalyze, refusal, stageEdges } from './edit-test-support.ts';
import { setBaseImage } from './set-base-image.ts';

describe('setBaseImage', () => {
  const webApp = editFixture('web-app.Dockerfile');

  it('web-app.Dockerfile, web → nginx:1.27-bookworm: only the image token changes', () => {
    const before = analyzeDockerfile(webApp);
    const result = setBaseImage(before, { stage: 4, image: ' nginx:1.27-bookworm ' });
    expect(result).toEqual({ ok: true, changes: [{ from: webApp.indexOf('nginx:1.27-alpine'), to: webApp.indexOf('nginx:1.27-alpine') + 17, insert: 'nginx:1.27-bookworm' }], selectStage: 4 });
    const after = applyEdit(webApp, result);
    expect(reanalyze(after).model.stages[4]!.base.raw).toBe('nginx:1.27-bookworm');
    expect(stageEdges(reanalyze(after))).toEqual(stageEdges(before));
  });

  it('"FROM --platform=$BUILDPLATFORM node:${NODE_VERSION}-alpine AS Base": keeps flag and name', () => {
    const after = applyEdit(webApp, setBaseImage(analyzeDockerfile(webApp), { stage: 0, image: 'node:22-bookworm' }));
    expect(after).toBe(webApp.replace('node:${NODE_VERSION}-alpine AS Base', 'node:22-bookworm AS Base'));
  });

  it('refuses a stage built on a stage, an empty image, spaces, and a stage name', () => {
    const analysis = analyzeDockerfile(webApp);
    expect(refusal(setBaseImage(analysis, { stage: 1, image: 'alpine' }))).toBe('Stage 1 builds on stage "Base", not on an image; remove that edge first.');
    expect(refusal(setBaseImage(analysis, { stage: 4, image: '  ' }))).toBe('The image cannot be empty.');
    expect(refusal(setBaseImage(analysis, { stage: 4, image: 'nginx latest' }))).toBe('"nginx latest" is not an image reference: it holds a space.');
    expect(refusal(setBaseImage(analysis, { stage: 4, image: 'DEPS' }))).toBe('"DEPS" names stage 1; connect the stages to build on it.');
  });
});
