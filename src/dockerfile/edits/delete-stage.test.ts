import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { applyChanges, invertChanges } from './changes.ts';
import { deleteStage, describeDeletion } from './delete-stage.ts';
import { applyEdit, editFixture, reanalyze, refusal, stageEdges, stageNames } from './edit-test-support.ts';

describe('deleteStage', () => {
  const webApp = editFixture('web-app.Dockerfile');
  const golangStage = 'FROM golang:1.23\nWORKDIR /src\nCOPY <<EOF /src/main.go\npackage main\nfunc main() {}\nEOF\nRUN go build -o /out/tool .\n\n';

  it('web-app.Dockerfile, the golang stage (heredoc inside): its lines and one blank line go; --from=2 refs stay, flagged', () => {
    const before = analyzeDockerfile(webApp);
    const after = applyEdit(webApp, deleteStage(before, { stages: [2], withDependents: false }));
    expect(after).toBe(webApp.replace(golangStage, ''));
    expect(stageNames(reanalyze(after))).toEqual(['Base', 'deps', 'build', 'web']);
    expect(describeDeletion(before, [2])).toEqual({
      lines: 7,
      references: [
        { stage: 3, kind: 'copy', line: 27 },
        { stage: 4, kind: 'copy', line: 32 },
      ],
    });
  });

  it('web-app.Dockerfile, the golang stage with dependents: both COPY --from=2 lines go too', () => {
    const after = applyEdit(webApp, deleteStage(analyzeDockerfile(webApp), { stages: [2], withDependents: true }));
    expect(after).toBe(webApp.replace(golangStage, '').replaceAll('COPY --from=2 /out/tool /usr/local/bin/tool\n', ''));
    expect(stageEdges(reanalyze(after))).toEqual(['copy 0->1 onbuild', 'from 0->1', 'from 1->2', 'mount 0->1', 'copy 2->3'].sort());
  });

  it('web-app.Dockerfile, Base (comment above it): the comment goes with it, the other comments stay; FROM base is left', () => {
    const before = analyzeDockerfile(webApp);
    const after = applyEdit(webApp, deleteStage(before, { stages: [0], withDependents: true }));
    expect(after).toBe(
      webApp
        .replace('# Toolchain shared by the build stages.\nFROM --platform=$BUILDPLATFORM node:${NODE_VERSION}-alpine AS Base\nWORKDIR /app\nONBUILD COPY --from=base /usr/local/bin/node /usr/local/bin/node\n\n', '')
        .replace(',from=base \\', ' \\')
        .replaceAll('--from=2', '--from=1'),
    );
    expect(after).toContain('# Dependencies, cached between builds.');
    expect(after).toContain('# The image we ship.');
    expect(describeDeletion(before, [0]).references.map((r) => r.kind)).toEqual(['from', 'copy', 'mount']);
  });

  it('web-app.Dockerfile, the last stage: the blank line and comment above it go, the text ends after build', () => {
    const after = applyEdit(webApp, deleteStage(analyzeDockerfile(webApp), { stages: [4], withDependents: false }));
    expect(after).toBe(webApp.slice(0, webApp.indexOf('\n# The image we ship.')));
  });

  it('web-app.Dockerfile, stages 2 and 3 together: one blank line left between deps and web', () => {
    const after = applyEdit(webApp, deleteStage(analyzeDockerfile(webApp), { stages: [3, 2], withDependents: true }));
    expect(after).toBe(
      webApp.slice(0, webApp.indexOf('FROM golang')) +
        '# The image we ship.\nFROM nginx:1.27-alpine AS web\nEXPOSE 80\n',
    );
  });

  it('"FROM a AS a\\n\\nFROM b" (no final newline): deleting b leaves "FROM a AS a"', () => {
    const text = 'FROM alpine AS a\n\nFROM busybox';
    expect(applyEdit(text, deleteStage(analyzeDockerfile(text), { stages: [1], withDependents: false }))).toBe('FROM alpine AS a');
  });

  it('"FROM a\\r\\n\\r\\nFROM b\\r\\n" (CRLF): deleting a leaves "FROM b\\r\\n"', () => {
    const text = 'FROM alpine\r\n\r\nFROM busybox\r\n';
    expect(applyEdit(text, deleteStage(analyzeDockerfile(text), { stages: [0], withDependents: false }))).toBe('FROM busybox\r\n');
  });

  it('"\\uFEFF# syntax=…\\nFROM a\\nFROM b": deleting a keeps the byte-order mark and the directive above it', () => {
    const text = '\uFEFF# syntax=docker/dockerfile:1\nFROM alpine\nFROM busybox\n';
    expect(applyEdit(text, deleteStage(analyzeDockerfile(text), { stages: [0], withDependents: false }))).toBe('\uFEFF# syntax=docker/dockerfile:1\nFROM busybox\n');
    const bare = '\uFEFFFROM alpine\nFROM busybox\n';
    expect(applyEdit(bare, deleteStage(analyzeDockerfile(bare), { stages: [0], withDependents: false }))).toBe('\uFEFFFROM busybox\n');
  });

  it('refuses nothing selected and unknown stages', () => {
    const analysis = analyzeDockerfile(webApp);
    expect(refusal(deleteStage(analysis, { stages: [], withDependents: false }))).toBe('No stage is selected.');
    expect(refusal(deleteStage(analysis, { stages: [7], withDependents: false }))).toBe('There is no stage 7.');
  });
});

describe('deleteStage at the end of a text without a final line break', () => {
  it('FROM alpine / FROM alpine / COPY --from=0 ×2 (no final newline), delete stage 0 with dependents', () => {
    const text = 'FROM alpine\nFROM alpine\nCOPY --from=0 /a /b\nCOPY --from=0 /a /b';
    const result = deleteStage(analyzeDockerfile(text, { rules: [] }), { stages: [0], withDependents: true });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const after = applyChanges(text, result.changes);
    expect(after).toBe('FROM alpine');
    expect(applyChanges(after, invertChanges(text, result.changes))).toBe(text);
  });
});
