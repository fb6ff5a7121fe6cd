import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { connectCopy, defaultCopyPaths } from './connect-copy.ts';
import { applyEdit, editFixture, reanalyze, refusal, stageEdges } from './edit-test-support.ts';

describe('connectCopy', () => {
  const webApp = editFixture('web-app.Dockerfile');

  it('web-app.Dockerfile, golang (unnamed) → web: names it "golang" and copies after web\'s last COPY', () => {
    const before = analyzeDockerfile(webApp);
    const after = applyEdit(webApp, connectCopy(before, { from: 2, to: 4 }));
    expect(after).toBe(
      webApp
        .replace('FROM golang:1.23\n', 'FROM golang:1.23 AS golang\n')
        .replace('COPY --from=2 /out/tool /usr/local/bin/tool\nEXPOSE', 'COPY --from=2 /out/tool /usr/local/bin/tool\nCOPY --from=golang /src/ /src/\nEXPOSE'),
    );
    expect(stageEdges(reanalyze(after))).toEqual([...stageEdges(before), 'copy 2->4'].sort());
  });

  it('web-app.Dockerfile, deps → build with paths: after build\'s last COPY, names as written', () => {
    const after = applyEdit(webApp, connectCopy(analyzeDockerfile(webApp), { from: 0, to: 3, source: '/app/node_modules', destination: './node_modules' }));
    expect(after).toBe(webApp.replace('COPY --from=2 /out/tool /usr/local/bin/tool\n\n#', 'COPY --from=2 /out/tool /usr/local/bin/tool\nCOPY --from=Base /app/node_modules ./node_modules\n\n#'));
  });

  it('"FROM a AS a\\nFROM b\\n  RUN x" (no COPY or WORKDIR, indented): right after FROM, indented like RUN', () => {
    const text = 'FROM alpine AS a\nFROM busybox\n  RUN x\n';
    expect(applyEdit(text, connectCopy(analyzeDockerfile(text), { from: 0, to: 1, source: '/etc/hosts', destination: '/etc/' }))).toBe(
      'FROM alpine AS a\nFROM busybox\n  COPY --from=a /etc/hosts /etc/\n  RUN x\n',
    );
  });

  it('"from alpine as a\\r\\nfrom busybox" (lower case, CRLF, no final newline): "copy" appended without a final newline', () => {
    const text = 'from alpine as a\r\nfrom busybox';
    expect(applyEdit(text, connectCopy(analyzeDockerfile(text), { from: 0, to: 1 }))).toBe('from alpine as a\r\nfrom busybox\r\ncopy --from=a / /');
  });

  it('a path with a space: written in the JSON form', () => {
    const text = 'FROM alpine AS a\nFROM busybox\n';
    expect(applyEdit(text, connectCopy(analyzeDockerfile(text), { from: 0, to: 1, source: '/my files', destination: '/x' }))).toBe(
      'FROM alpine AS a\nFROM busybox\nCOPY --from=a ["/my files", "/x"]\n',
    );
  });

  it('refuses copying from itself or from a later stage, and empty paths', () => {
    const analysis = analyzeDockerfile(webApp);
    expect(refusal(connectCopy(analysis, { from: 4, to: 1 }))).toBe('A stage can only copy from a stage before it; move the stages first.');
    expect(refusal(connectCopy(analysis, { from: 1, to: 1 }))).toBe('A stage cannot copy from itself.');
    expect(refusal(connectCopy(analysis, { from: 0, to: 1, source: ' ' }))).toBe('COPY needs a source path and a destination.');
  });
});

describe('defaultCopyPaths', () => {
  it('web-app.Dockerfile: WORKDIR is inherited through FROM; a stage with none takes the same path', () => {
    const analysis = analyzeDockerfile(editFixture('web-app.Dockerfile'));
    expect(defaultCopyPaths(analysis, 3, 4)).toEqual({ source: '/app/', destination: '/app/' });
    expect(defaultCopyPaths(analysis, 2, 3)).toEqual({ source: '/src/', destination: '.' });
  });

  it('"WORKDIR /a\\nWORKDIR b" resolves to /a/b; no WORKDIR gives "/"; a variable gives "/"', () => {
    const text = 'FROM alpine AS a\nWORKDIR /a\nWORKDIR b\nFROM alpine AS b\nWORKDIR $HOME\nFROM alpine AS c\n';
    const analysis = analyzeDockerfile(text);
    expect(defaultCopyPaths(analysis, 0, 2)).toEqual({ source: '/a/b/', destination: '/a/b/' });
    expect(defaultCopyPaths(analysis, 1, 2)).toEqual({ source: '/', destination: '/' });
  });
});
