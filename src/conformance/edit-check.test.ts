import { describe, expect, it } from 'vitest';
import { dumpDockerfile, parseDockerfile, printDockerfile } from '../dockerfile/index.ts';
import { editFixture } from '../dockerfile/edits/edit-test-support.ts';
import { checkCase, type ConformanceCore } from './check.ts';
import { checkEditCommands } from './edit-check.ts';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const makeCase = (text: string) => ({ path: 'x/Dockerfile', bytes: utf8(text), expectedDump: null, expectedLines: null, negative: false });

describe('checkEditCommands', () => {
  it('web-app.Dockerfile: every command keeps its promise', () => {
    expect(checkEditCommands(editFixture('web-app.Dockerfile'))).toEqual([]);
  });

  it('"FROM alpine AS a\\nFROM a\\nRUN --mount=from=a,target=/x ls": no failures', () => {
    expect(checkEditCommands('FROM alpine AS a\nFROM a\nRUN --mount=from=a,target=/x ls\n')).toEqual([]);
  });

  it('"FROM alpine AS" (a syntax error): skipped', () => {
    expect(checkEditCommands('FROM alpine AS\n')).toEqual([]);
  });
});

describe('checkCase with an edit check', () => {
  const base = { parseDockerfile, printDockerfile, dumpDockerfile };

  it('reports what the edit check reports, and a throw as a failure', () => {
    const failing: ConformanceCore = { ...base, checkEdits: () => ['edit renameStage(0): edges differ'] };
    expect(checkCase(makeCase('FROM alpine\n'), failing).failures).toEqual(['edit renameStage(0): edges differ']);
    const throwing: ConformanceCore = {
      ...base,
      checkEdits: () => {
        throw new Error('boom');
      },
    };
    expect(checkCase(makeCase('FROM alpine\n'), throwing).failures).toEqual(['edit commands threw: boom']);
  });

  it('negative cases are not edited', () => {
    const failing: ConformanceCore = { ...base, checkEdits: () => ['never'] };
    expect(checkCase({ ...makeCase(''), negative: true }, failing).failures).not.toContain('never');
  });
});
