import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { applyEdit, editFixture, reanalyze, refusal } from './edit-test-support.ts';
import { editInstruction } from './edit-instruction.ts';

describe('editInstruction', () => {
  const webApp = editFixture('web-app.Dockerfile');

  it('web-app.Dockerfile, "RUN npm run build" → "RUN npm run build:prod": one small change, comment above stays', () => {
    const result = editInstruction(analyzeDockerfile(webApp), { stage: 3, instruction: 1, text: 'RUN npm run build:prod' });
    const at = webApp.indexOf('npm run build\n') + 'npm run build'.length;
    expect(result).toEqual({ ok: true, changes: [{ from: at, to: at, insert: ':prod' }], selectStage: 3 });
    expect(applyEdit(webApp, result)).toContain('# Bundle the app.\nRUN npm run build:prod\n');
  });

  it('web-app.Dockerfile, the continued RUN --mount: rewriting it keeps the lines around it', () => {
    const after = applyEdit(webApp, editInstruction(analyzeDockerfile(webApp), { stage: 1, instruction: 1, text: 'RUN npm ci --omit=dev' }));
    expect(after).toBe(webApp.replace('RUN --mount=type=cache,target=/root/.npm,from=base \\\n    npm ci\n', 'RUN npm ci --omit=dev\n'));
    expect(reanalyze(after).model.edges.some((e) => e.kind === 'mount')).toBe(false);
  });

  it('web-app.Dockerfile, the heredoc COPY: the body is replaced with the instruction', () => {
    const after = applyEdit(webApp, editInstruction(analyzeDockerfile(webApp), { stage: 2, instruction: 1, text: 'COPY <<EOF /src/main.go\npackage tool\nEOF' }));
    expect(after).toBe(webApp.replace('package main\nfunc main() {}\n', 'package tool\n'));
  });

  it('refuses FROM and unknown indexes', () => {
    const analysis = analyzeDockerfile(webApp);
    expect(refusal(editInstruction(analysis, { stage: 3, instruction: 0, text: 'FROM x' }))).toBe('FROM starts a new stage; add a stage instead.');
    expect(refusal(editInstruction(analysis, { stage: 3, instruction: 9, text: 'RUN x' }))).toBe('Stage 3 has no instruction 9.');
  });
});
