import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { applyEdit, editFixture, reanalyze, refusal } from './edit-test-support.ts';
import { setPlatform } from './set-platform.ts';

describe('setPlatform', () => {
  const webApp = editFixture('web-app.Dockerfile');

  it('web-app.Dockerfile, web + linux/arm64: added right after FROM', () => {
    const after = applyEdit(webApp, setPlatform(analyzeDockerfile(webApp), { stage: 4, platform: 'linux/arm64' }));
    expect(after).toBe(webApp.replace('FROM nginx', 'FROM --platform=linux/arm64 nginx'));
    expect(reanalyze(after).model.stages[4]!.platform).toBe('linux/arm64');
  });

  it('web-app.Dockerfile, Base: $BUILDPLATFORM → linux/amd64 changes the value only', () => {
    const after = applyEdit(webApp, setPlatform(analyzeDockerfile(webApp), { stage: 0, platform: 'linux/amd64' }));
    expect(after).toBe(webApp.replace('--platform=$BUILDPLATFORM', '--platform=linux/amd64'));
  });

  it('web-app.Dockerfile, Base: null removes the flag and its space', () => {
    const after = applyEdit(webApp, setPlatform(analyzeDockerfile(webApp), { stage: 0, platform: null }));
    expect(after).toBe(webApp.replace('--platform=$BUILDPLATFORM ', ''));
    expect(reanalyze(after).model.stages[0]!.platform).toBeNull();
  });

  it('"from alpine" + null: no change; refuses an empty platform and spaces', () => {
    const analysis = analyzeDockerfile('from alpine\n');
    expect(setPlatform(analysis, { stage: 0, platform: null })).toEqual({ ok: true, changes: [], selectStage: 0 });
    expect(refusal(setPlatform(analysis, { stage: 0, platform: '' }))).toBe('The platform cannot be empty; remove it instead.');
    expect(refusal(setPlatform(analysis, { stage: 0, platform: 'linux/ arm64' }))).toBe('"linux/ arm64" is not a platform: it holds a space.');
  });
});
