import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { addInstruction } from './add-instruction.ts';
import { applyEdit, editFixture, reanalyze, refusal, stageEdges } from './edit-test-support.ts';

describe('addInstruction', () => {
  const webApp = editFixture('web-app.Dockerfile');

  it('web-app.Dockerfile, golang stage, at the end: after the heredoc\'s RUN, before the blank line', () => {
    const before = analyzeDockerfile(webApp);
    const after = applyEdit(webApp, addInstruction(before, { stage: 2, text: 'RUN strip /out/tool' }));
    expect(after).toBe(webApp.replace('RUN go build -o /out/tool .\n', 'RUN go build -o /out/tool .\nRUN strip /out/tool\n'));
    expect(reanalyze(after).model.stages[2]!.instructions.map((i) => i.name)).toEqual(['WORKDIR', 'COPY', 'RUN', 'RUN']);
    expect(stageEdges(reanalyze(after))).toEqual(stageEdges(before));
  });

  it('web-app.Dockerfile, golang stage, after the heredoc COPY (1): goes after the EOF line', () => {
    const after = applyEdit(webApp, addInstruction(analyzeDockerfile(webApp), { stage: 2, text: 'ENV CGO_ENABLED=0\n', after: 1 }));
    expect(after).toBe(webApp.replace('EOF\nRUN go build', 'EOF\nENV CGO_ENABLED=0\nRUN go build'));
  });

  it('after -1: right after FROM; a continued instruction is written with the document\'s CRLF', () => {
    const text = 'from alpine\r\n    run true\r\n';
    const after = applyEdit(text, addInstruction(analyzeDockerfile(text), { stage: 0, text: 'run apk add \\\n  curl', after: -1 }));
    expect(after).toBe('from alpine\r\n    run apk add \\\r\n  curl\r\n    run true\r\n');
    expect(reanalyze(after).model.stages[0]!.instructions.length).toBe(2);
  });

  it('"FROM alpine" (no final newline): the new line comes after a line break and the text still ends without one', () => {
    expect(applyEdit('FROM alpine', addInstruction(analyzeDockerfile('FROM alpine'), { stage: 0, text: 'USER app' }))).toBe('FROM alpine\nUSER app');
  });

  it('refuses empty text, FROM, two instructions, unknown keywords and syntax errors', () => {
    const analysis = analyzeDockerfile(webApp);
    expect(refusal(addInstruction(analysis, { stage: 0, text: ' \n' }))).toBe('The instruction cannot be empty.');
    expect(refusal(addInstruction(analysis, { stage: 0, text: 'FROM alpine' }))).toBe('FROM starts a new stage; add a stage instead.');
    expect(refusal(addInstruction(analysis, { stage: 0, text: 'RUN a\nRUN b' }))).toBe('Write one instruction at a time.');
    expect(refusal(addInstruction(analysis, { stage: 0, text: '# a comment' }))).toBe('That is a comment, not an instruction; write comments in the editor.');
    expect(refusal(addInstruction(analysis, { stage: 0, text: 'RUNN a' }))).toBe('"RUNN" is not a Dockerfile instruction.');
    expect(refusal(addInstruction(analysis, { stage: 0, text: '# just a comment' }))).toMatch(/./);
    expect(refusal(addInstruction(analysis, { stage: 0, text: 'RUN x', after: 5 }))).toBe('Stage 0 has no instruction 5.');
  });
});
