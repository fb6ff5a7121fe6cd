import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { applyEdit, editFixture, reanalyze, refusal, stageEdges, stageNames } from './edit-test-support.ts';
import { renameStage } from './rename-stage.ts';

describe('renameStage', () => {
  const webApp = editFixture('web-app.Dockerfile');

  it('web-app.Dockerfile: Base → toolchain rewrites AS, FROM, ONBUILD --from and mount from=', () => {
    const before = analyzeDockerfile(webApp);
    const after = applyEdit(webApp, renameStage(before, { stage: 0, name: 'toolchain' }));
    expect(after).toBe(
      webApp
        .replace('AS Base', 'AS toolchain')
        .replace('FROM base AS deps', 'FROM toolchain AS deps')
        .replace('ONBUILD COPY --from=base', 'ONBUILD COPY --from=toolchain')
        .replace(',from=base \\', ',from=toolchain \\'),
    );
    const analysis = reanalyze(after);
    expect(stageNames(analysis)[0]).toBe('toolchain');
    expect(stageEdges(analysis)).toEqual(stageEdges(before));
  });

  it('web-app.Dockerfile: build → Bundle rewrites COPY --from=BUILD whatever its case, and writes the name as typed', () => {
    const before = analyzeDockerfile(webApp);
    const after = applyEdit(webApp, renameStage(before, { stage: 3, name: 'Bundle' }));
    expect(after).toBe(webApp.replace('AS build\n', 'AS Bundle\n').replace('--from=BUILD', '--from=Bundle'));
    expect(stageEdges(reanalyze(after))).toEqual(stageEdges(before));
  });

  it('web-app.Dockerfile: the unnamed golang stage gets "AS tool"; numeric --from=2 stays', () => {
    const before = analyzeDockerfile(webApp);
    const after = applyEdit(webApp, renameStage(before, { stage: 2, name: 'tool' }));
    expect(after).toBe(webApp.replace('FROM golang:1.23\n', 'FROM golang:1.23 AS tool\n'));
    expect(stageEdges(reanalyze(after))).toEqual(stageEdges(before));
  });

  it('"from alpine as a\\r\\ncopy --from=\\"a\\" / /" (lower case, CRLF, quoted): keeps the quotes and line breaks', () => {
    const text = 'from alpine as a\r\nfrom scratch\r\ncopy --from="a" / /\r\n';
    const after = applyEdit(text, renameStage(analyzeDockerfile(text), { stage: 0, name: 'b' }));
    expect(after).toBe('from alpine as b\r\nfrom scratch\r\ncopy --from="b" / /\r\n');
  });

  it('"FROM alpine\\nFROM scratch": a lower-case file gets "as", an upper-case one "AS"', () => {
    expect(applyEdit('from alpine\n', renameStage(analyzeDockerfile('from alpine\n'), { stage: 0, name: 'x' }))).toBe('from alpine as x\n');
    expect(applyEdit('FROM alpine', renameStage(analyzeDockerfile('FROM alpine'), { stage: 0, name: 'x' }))).toBe('FROM alpine AS x');
  });

  it('"FROM alpine AS a\\nFROM a AS b\\nRUN --mount=from=a,target=/x ls": a mount with only from= and target', () => {
    const text = 'FROM alpine AS a\nFROM a AS b\nRUN --mount=from=a,target=/x ls\n';
    const after = applyEdit(text, renameStage(analyzeDockerfile(text), { stage: 0, name: 'src' }));
    expect(after).toBe('FROM alpine AS src\nFROM src AS b\nRUN --mount=from=src,target=/x ls\n');
  });

  it('a name that a later stage shares: references reach the later stage, so only AS changes', () => {
    const text = 'FROM alpine AS a\nFROM busybox AS a\nFROM scratch\nCOPY --from=a / /\n';
    const after = applyEdit(text, renameStage(analyzeDockerfile(text), { stage: 0, name: 'first' }));
    expect(after).toBe('FROM alpine AS first\nFROM busybox AS a\nFROM scratch\nCOPY --from=a / /\n');
  });

  it('refuses invalid, reserved and taken names, with the reason', () => {
    const analysis = analyzeDockerfile(webApp);
    expect(refusal(renameStage(analysis, { stage: 0, name: '1st' }))).toMatch(/not a valid stage name: it must start with a letter/);
    expect(refusal(renameStage(analysis, { stage: 0, name: 'my stage' }))).toMatch(/not a valid stage name/);
    expect(refusal(renameStage(analysis, { stage: 0, name: 'Scratch' }))).toMatch(/reserved/);
    expect(refusal(renameStage(analysis, { stage: 0, name: 'context' }))).toMatch(/reserved/);
    expect(refusal(renameStage(analysis, { stage: 0, name: 'DEPS' }))).toBe('Stage 1 is already named "deps".');
    expect(refusal(renameStage(analysis, { stage: 0, name: '' }))).toBe('A stage name cannot be empty.');
    expect(refusal(renameStage(analysis, { stage: 9, name: 'x' }))).toBe('There is no stage 9.');
  });

  it('"ARG B=a\\nFROM alpine AS a\\nFROM ${B}": refuses, since the reference goes through an ARG', () => {
    const text = 'ARG B=a\nFROM alpine AS a\nFROM ${B}\n';
    expect(refusal(renameStage(analyzeDockerfile(text), { stage: 0, name: 'z' }))).toMatch(/through "FROM \$\{B\}"/);
  });

  it('the same name, other case: rewrites AS only', () => {
    const text = 'FROM alpine AS a\nFROM a\n';
    expect(applyEdit(text, renameStage(analyzeDockerfile(text), { stage: 0, name: 'A' }))).toBe('FROM alpine AS A\nFROM A\n');
    expect(renameStage(analyzeDockerfile(text), { stage: 0, name: 'a' })).toEqual({ ok: true, changes: [], selectStage: 0 });
  });
});
