import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { applyChanges } from '../edits/changes.ts';
import { quickFixesFor } from './quick-fixes-for.ts';

/**
 * Finds the first finding of `rule` in `text`, applies the fix titled `title` (the
 * preferred one by default) and returns the new text and the rule's findings in it.
 */
function fix(text: string, rule: string, title?: string): { text: string; left: number; titles: string[] } {
  const analysis = analyzeDockerfile(text);
  const finding = analysis.diagnostics.find((d) => d.rule === rule);
  if (finding === undefined) throw new Error(`no ${rule} finding in the text`);
  const fixes = quickFixesFor(analysis, finding);
  const chosen = title === undefined ? fixes.find((f) => f.preferred) : fixes.find((f) => f.title === title);
  if (chosen === undefined) throw new Error(`no fix "${title ?? 'preferred'}" among ${JSON.stringify(fixes.map((f) => f.title))}`);
  const after = applyChanges(text, chosen.changes);
  return { text: after, left: analyzeDockerfile(after).diagnostics.filter((d) => d.rule === rule).length, titles: fixes.map((f) => f.title) };
}

describe('quickFixesFor', () => {
  it('FromAsCasing "FROM alpine as build" — AS in upper case, finding gone', () => {
    const r = fix('FROM alpine as build\nRUN x\n', 'FromAsCasing');
    expect(r).toMatchObject({ text: 'FROM alpine AS build\nRUN x\n', left: 0, titles: ["Change to 'AS'"] });
  });

  it('FromAsCasing "from alpine AS build" — as in lower case', () => {
    expect(fix('from alpine AS build\nrun x\n', 'FromAsCasing').text).toBe('from alpine as build\nrun x\n');
  });

  it('ConsistentInstructionCasing "run" among upper case — RUN', () => {
    const r = fix('FROM alpine\nrun x\nCOPY a b\n', 'ConsistentInstructionCasing');
    expect(r).toMatchObject({ text: 'FROM alpine\nRUN x\nCOPY a b\n', left: 0 });
    expect(r.titles).toEqual(["Change to 'RUN'", 'Make every instruction uppercase']);
  });

  it('ConsistentInstructionCasing — "Make every instruction uppercase" fixes all at once', () => {
    const r = fix('FROM alpine\nrun x\nCopy a b\nCMD ["x"]\n', 'ConsistentInstructionCasing', 'Make every instruction uppercase');
    expect(r).toMatchObject({ text: 'FROM alpine\nRUN x\nCOPY a b\nCMD ["x"]\n', left: 0 });
  });

  it('ExposeProtoCasing "EXPOSE 80/TCP" — 80/tcp', () => {
    expect(fix('FROM alpine\nEXPOSE 80/TCP\n', 'ExposeProtoCasing')).toMatchObject({ text: 'FROM alpine\nEXPOSE 80/tcp\n', left: 0 });
  });

  it('StageNameCasing "AS Build" — renamed to build with its references', () => {
    const r = fix('FROM alpine AS Build\nFROM alpine\nCOPY --from=Build /a /b\n', 'StageNameCasing');
    expect(r).toMatchObject({ text: 'FROM alpine AS build\nFROM alpine\nCOPY --from=build /a /b\n', left: 0 });
  });

  it('JSONArgsRecommended "CMD npm start" — ["npm", "start"], or through /bin/sh -c', () => {
    const r = fix('FROM node\nCMD npm start\n', 'JSONArgsRecommended');
    expect(r).toMatchObject({ text: 'FROM node\nCMD ["npm", "start"]\n', left: 0 });
    expect(r.titles).toEqual(['Convert to JSON form', 'Convert to JSON form, run through /bin/sh -c']);
    const shell = fix('FROM node\nCMD npm start\n', 'JSONArgsRecommended', 'Convert to JSON form, run through /bin/sh -c');
    expect(shell.text).toBe('FROM node\nCMD ["/bin/sh", "-c", "npm start"]\n');
  });

  it('JSONArgsRecommended with shell syntax over two lines — only the /bin/sh -c form, quotes escaped', () => {
    const r = fix('FROM node\nENTRYPOINT echo "hi" && \\\n  exec app\n', 'JSONArgsRecommended');
    expect(r.titles).toEqual(['Convert to JSON form, run through /bin/sh -c']);
    expect(r).toMatchObject({ text: 'FROM node\nENTRYPOINT ["/bin/sh", "-c", "echo \\"hi\\" &&   exec app"]\n', left: 0 });
  });

  it('MaintainerDeprecated — LABEL org.opencontainers.image.authors, quoted', () => {
    const r = fix('FROM alpine\nMAINTAINER Jo "J" <jo@example.com>\n', 'MaintainerDeprecated');
    expect(r).toMatchObject({ text: 'FROM alpine\nLABEL org.opencontainers.image.authors="Jo \\"J\\" <jo@example.com>"\n', left: 0 });
    expect(analyzeDockerfile(r.text).ast.instructions[1]!.keyValues[0]!.key).toBe('org.opencontainers.image.authors');
  });

  it('ReservedStageName "AS scratch" — scratch-stage, references too', () => {
    const r = fix('FROM alpine AS scratch\nRUN x\nFROM busybox\nCOPY --from=scratch /a /b\n', 'ReservedStageName');
    expect(r).toMatchObject({ text: 'FROM alpine AS scratch-stage\nRUN x\nFROM busybox\nCOPY --from=scratch-stage /a /b\n', left: 0 });
    expect(r.titles).toEqual(["Rename the stage to 'scratch-stage' (and its references)"]);
  });

  it('InvalidStageName "AS 1st_build!" — stage-1st_build, references too', () => {
    const r = fix('FROM alpine AS 1st_build!\nFROM busybox\nCOPY --from=1st_build! /a /b\n', 'InvalidStageName');
    expect(r).toMatchObject({ text: 'FROM alpine AS stage-1st_build\nFROM busybox\nCOPY --from=stage-1st_build /a /b\n', left: 0 });
  });

  it('FromIsImage "--from=biuld" — the nearest earlier stage, build', () => {
    const r = fix('FROM golang AS build\nFROM alpine\nCOPY --from=biuld /a /b\n', 'FromIsImage');
    expect(r).toMatchObject({ text: 'FROM golang AS build\nFROM alpine\nCOPY --from=build /a /b\n', left: 0, titles: ["Use stage 'build'"] });
  });

  it('FromIsImage mount "from=0" — the name of stage 0', () => {
    const r = fix('FROM golang AS build\nFROM alpine\nRUN --mount=from=0,target=/x ls\n', 'FromIsImage');
    expect(r).toMatchObject({ text: 'FROM golang AS build\nFROM alpine\nRUN --mount=from=build,target=/x ls\n', left: 0 });
  });

  it('FromIsImage "--from=nginx:1.27" — no stage is close: no fix', () => {
    const analysis = analyzeDockerfile('FROM golang AS build\nFROM alpine\nCOPY --from=nginx:1.27 /a /b\n');
    const finding = analysis.diagnostics.find((d) => d.rule === 'FromIsImage')!;
    expect(quickFixesFor(analysis, finding)).toEqual([]);
  });

  it('LegacyKeyValueFormat "ENV A hello world" — A="hello world"; "LABEL x y" — x=y', () => {
    expect(fix('FROM alpine\nENV A hello world\n', 'LegacyKeyValueFormat')).toMatchObject({ text: 'FROM alpine\nENV A="hello world"\n', left: 0 });
    expect(fix('FROM alpine\nLABEL x y\n', 'LegacyKeyValueFormat')).toMatchObject({ text: 'FROM alpine\nLABEL x=y\n', left: 0 });
  });

  it('LegacyKeyValueFormat with quotes in the value — no fix', () => {
    const analysis = analyzeDockerfile('FROM alpine\nENV A "a b" c\n');
    const finding = analysis.diagnostics.find((d) => d.rule === 'LegacyKeyValueFormat')!;
    expect(quickFixesFor(analysis, finding)).toEqual([]);
  });

  it('UnknownInstruction "RUNN" and "copi" — RUN and copy, in the casing typed', () => {
    expect(fix('FROM alpine\nRUNN echo hi\n', 'UnknownInstruction')).toMatchObject({ text: 'FROM alpine\nRUN echo hi\n', left: 0 });
    expect(fix('from alpine\ncopi a b\n', 'UnknownInstruction')).toMatchObject({ text: 'from alpine\ncopy a b\n', left: 0 });
  });

  it('UnknownInstruction "FOOBAR" — nothing close: no fix', () => {
    const analysis = analyzeDockerfile('FROM alpine\nFOOBAR x\n');
    const finding = analysis.diagnostics.find((d) => d.rule === 'UnknownInstruction')!;
    expect(quickFixesFor(analysis, finding)).toEqual([]);
  });

  it('a rule with no obvious fix (UndefinedVar) — no fix', () => {
    const analysis = analyzeDockerfile('FROM alpine\nRUN echo $NOPE\nENV X=$NOPE\n');
    const finding = analysis.diagnostics.find((d) => d.rule === 'UndefinedVar')!;
    expect(quickFixesFor(analysis, finding)).toEqual([]);
  });
});
