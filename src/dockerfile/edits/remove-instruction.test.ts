import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { applyEdit, editFixture, reanalyze, refusal } from './edit-test-support.ts';
import { removeInstruction } from './remove-instruction.ts';

describe('removeInstruction', () => {
  const webApp = editFixture('web-app.Dockerfile');

  it('web-app.Dockerfile, the heredoc COPY: its body and terminator go with it', () => {
    const after = applyEdit(webApp, removeInstruction(analyzeDockerfile(webApp), { stage: 2, instruction: 1 }));
    expect(after).toBe(webApp.replace('COPY <<EOF /src/main.go\npackage main\nfunc main() {}\nEOF\n', ''));
    expect(reanalyze(after).model.stages[2]!.instructions.map((i) => i.name)).toEqual(['WORKDIR', 'RUN']);
  });

  it('web-app.Dockerfile, the continued RUN: both lines go, the mount edge with it', () => {
    const after = applyEdit(webApp, removeInstruction(analyzeDockerfile(webApp), { stage: 1, instruction: 1 }));
    expect(after).toBe(webApp.replace('RUN --mount=type=cache,target=/root/.npm,from=base \\\n    npm ci\n', ''));
  });

  it('web-app.Dockerfile, "RUN npm run build": the comment above it stays', () => {
    const after = applyEdit(webApp, removeInstruction(analyzeDockerfile(webApp), { stage: 3, instruction: 1 }));
    expect(after).toBe(webApp.replace('# Bundle the app.\nRUN npm run build\n', '# Bundle the app.\n'));
  });

  it('refuses an unknown stage', () => {
    expect(refusal(removeInstruction(analyzeDockerfile(webApp), { stage: 8, instruction: 0 }))).toBe('There is no stage 8.');
  });
});
