import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { applyEdit, editFixture, reanalyze, refusal, stageEdges } from './edit-test-support.ts';
import { moveInstruction } from './move-instruction.ts';

describe('moveInstruction', () => {
  const webApp = editFixture('web-app.Dockerfile');

  it('web-app.Dockerfile, build: "COPY --from=2" to the top; "# Bundle the app." stays on its RUN', () => {
    const before = analyzeDockerfile(webApp);
    const after = applyEdit(webApp, moveInstruction(before, { stage: 3, from: 2, to: 0 }));
    expect(after).toBe(
      webApp.replace(
        'COPY . .\n# Bundle the app.\nRUN npm run build\nCOPY --from=2 /out/tool /usr/local/bin/tool\n',
        'COPY --from=2 /out/tool /usr/local/bin/tool\nCOPY . .\n# Bundle the app.\nRUN npm run build\n',
      ),
    );
    expect(stageEdges(reanalyze(after))).toEqual(stageEdges(before));
  });

  it('web-app.Dockerfile, golang: the heredoc COPY moves down with its body', () => {
    const after = applyEdit(webApp, moveInstruction(analyzeDockerfile(webApp), { stage: 2, from: 1, to: 2 }));
    expect(after).toBe(webApp.replace('COPY <<EOF /src/main.go\npackage main\nfunc main() {}\nEOF\nRUN go build -o /out/tool .\n', 'RUN go build -o /out/tool .\nCOPY <<EOF /src/main.go\npackage main\nfunc main() {}\nEOF\n'));
  });

  it('the comment above an instruction moves with it; a blank line between stays in place', () => {
    const text = 'FROM alpine\n# one\nRUN 1\n\nRUN 2';
    expect(applyEdit(text, moveInstruction(analyzeDockerfile(text), { stage: 0, from: 0, to: 1 }))).toBe('FROM alpine\nRUN 2\n\n# one\nRUN 1');
  });

  it('CRLF, the last line without a final newline moves up', () => {
    const text = 'FROM alpine\r\nRUN 1\r\nRUN 2';
    expect(applyEdit(text, moveInstruction(analyzeDockerfile(text), { stage: 0, from: 1, to: 0 }))).toBe('FROM alpine\r\nRUN 2\r\nRUN 1');
  });

  it('refuses positions outside the stage; the same position is no change', () => {
    const analysis = analyzeDockerfile(webApp);
    expect(refusal(moveInstruction(analysis, { stage: 3, from: 0, to: 3 }))).toBe('Stage 3 has no position 3.');
    expect(moveInstruction(analysis, { stage: 3, from: 1, to: 1 })).toEqual({ ok: true, changes: [], selectStage: 3 });
  });
});
