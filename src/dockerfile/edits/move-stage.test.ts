import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { applyEdit, editFixture, reanalyze, refusal, stageEdges, stageNames } from './edit-test-support.ts';
import { moveStage } from './move-stage.ts';

describe('moveStage', () => {
  const webApp = editFixture('web-app.Dockerfile');
  const deps = '# Dependencies, cached between builds.\nFROM base AS deps\nCOPY package.json package-lock.json ./\nRUN --mount=type=cache,target=/root/.npm,from=base \\\n    npm ci\n';
  const golang = 'FROM golang:1.23\nWORKDIR /src\nCOPY <<EOF /src/main.go\npackage main\nfunc main() {}\nEOF\nRUN go build -o /out/tool .\n';

  it('web-app.Dockerfile, deps down: swaps with the golang stage (comment goes along), numeric --from=2 becomes 1', () => {
    const before = analyzeDockerfile(webApp);
    const result = moveStage(before, { stage: 1, direction: 1 });
    const after = applyEdit(webApp, result);
    expect(after).toBe(webApp.replace(`${deps}\n${golang}`, `${golang}\n${deps}`).replaceAll('--from=2', '--from=1'));
    expect(result.ok && result.selectStage).toBe(2);
    const analysis = reanalyze(after);
    expect(stageNames(analysis)).toEqual(['Base', null, 'deps', 'build', 'web']);
    const swapped = stageEdges(before).map((e) => e.replace(/\d+/g, (n) => (n === '1' ? '2' : n === '2' ? '1' : n))).sort();
    expect(stageEdges(analysis)).toEqual(swapped);
  });

  it('web-app.Dockerfile: refuses moving build above the golang stage it copies from, naming the line', () => {
    expect(refusal(moveStage(analyzeDockerfile(webApp), { stage: 3, direction: -1 }))).toBe(
      '"build" uses stage 2 (COPY --from on line 27): a stage must come after the stages it uses.',
    );
    expect(refusal(moveStage(analyzeDockerfile(webApp), { stage: 0, direction: 1 }))).toBe(
      '"deps" uses "Base" (FROM on line 10): a stage must come after the stages it uses.',
    );
  });

  it('"FROM x AS a\\nFROM y AS x": refuses, FROM x would then name stage x', () => {
    const text = 'FROM x AS a\nFROM y AS x\n';
    expect(refusal(moveStage(analyzeDockerfile(text), { stage: 1, direction: -1 }))).toBe('"a" starts FROM x, which would then name the stage "x".');
  });

  it('"FROM a\\nRUN 1\\n\\nFROM b\\nRUN 2" (no final newline): the gap stays, the text still ends without a newline', () => {
    const text = 'FROM a\nRUN 1\n\nFROM b\nRUN 2';
    expect(applyEdit(text, moveStage(analyzeDockerfile(text), { stage: 1, direction: -1 }))).toBe('FROM b\nRUN 2\n\nFROM a\nRUN 1');
  });

  it('refuses moving the first stage up and the last one down', () => {
    const analysis = analyzeDockerfile(webApp);
    expect(refusal(moveStage(analysis, { stage: 0, direction: -1 }))).toBe('Stage 0 is already the first stage.');
    expect(refusal(moveStage(analysis, { stage: 4, direction: 1 }))).toBe('Stage 4 is already the last stage.');
  });
});
