import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dumpDockerfile, parseDockerfile, printDockerfile } from '../dockerfile/index.ts';
import type { ConformanceCase, ConformanceCore } from './check.ts';
import { checkCase, describeLineDifference, parseLinesJson } from './check.ts';
import { decodeUtf8 } from './decode.ts';
import { describeDumpDifference, describeTextDifference } from './diff.ts';
import { builtinExpectedLines, isDockerfileName, isNegativePath } from './files.ts';
import { exitCode, formatSummary, runConformance } from './run.ts';

const core: ConformanceCore = { parseDockerfile, printDockerfile, dumpDockerfile };
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** A case with no expectations beyond the round trip; override what a test needs. */
function makeCase(text: string, extra: Partial<ConformanceCase> = {}): ConformanceCase {
  return { path: 'x/Dockerfile', bytes: utf8(text), expectedDump: null, expectedLines: null, negative: false, ...extra };
}

describe('isDockerfileName', () => {
  it.each(['Dockerfile', 'Dockerfile.dev', 'api.Dockerfile', 'base.dockerfile', 'Dockerfile-chroot', 'docker__cli__Dockerfile', 'x__Dockerfile.lint'])(
    'accepts %s',
    (name) => expect(isDockerfileName(name)).toBe(true),
  );
  it.each(['result', 'lines.json', 'Dockerfiles', 'README.md', 'INDEX.tsv', '.Dockerfile', 'MyDockerfile'])('rejects %s', (name) =>
    expect(isDockerfileName(name)).toBe(false),
  );
});

describe('path classification', () => {
  it('a folder named testfiles-negative or negative marks a negative case', () => {
    expect(isNegativePath('corpus/buildkit/testfiles-negative/env_no_value/Dockerfile')).toBe(true);
    expect(isNegativePath('fixtures/negative/empty/Dockerfile')).toBe(true);
    expect(isNegativePath('fixtures/parser/negative.Dockerfile')).toBe(false);
  });
  it('buildkit/line/Dockerfile has the hard-coded line ranges', () => {
    expect(builtinExpectedLines('/c/buildkit/line/Dockerfile')).toEqual([[5, 5], [11, 12], [17, 31]]);
    expect(builtinExpectedLines('/c/fixtures/line/Dockerfile')).toBeNull();
  });
});

describe('decodeUtf8', () => {
  it('keeps a byte-order mark', () => {
    expect(decodeUtf8(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({ text: '\ufeffA', validUtf8: true });
  });
  it('reports bytes that are not UTF-8', () => {
    expect(decodeUtf8(new Uint8Array([0x41, 0xff]))).toEqual({ text: 'A\ufffd', validUtf8: false });
  });
});

describe('diff messages', () => {
  it('"(a)\\n(b)\\n" vs "(a)\\n(c)\\n" names line 2', () => {
    expect(describeDumpDifference('(a)\n(b)\n', '(a)\n(c)\n')).toBe('dump line 2: expected (b), got (c)');
  });
  it('a dump with a missing line shows <end>', () => {
    expect(describeDumpDifference('(a)\n(b)\n', '(a)\n')).toBe('dump line 2: expected (b), got <end>');
    expect(describeDumpDifference('(a)\n', '\n(a)\n')).toBe('dump line 1: expected (a), got <empty>');
    expect(describeDumpDifference('(a)\n', '(a)')).toBe('dump lacks the final newline');
    expect(describeDumpDifference('(a)\n', '(a)\n')).toBeNull();
  });
  it('"RUN a\\r\\n" printed as "RUN a\\n" points at the \\r', () => {
    expect(describeTextDifference('FROM x\nRUN a\r\n', 'FROM x\nRUN a\n')).toBe(
      'printed text differs at 2:6 (offset 12) (length 14 vs 13): expected "RUN a\\r\\n", got "RUN a\\n"',
    );
  });
  it('line ranges name the first instruction that differs', () => {
    expect(describeLineDifference([[1, 1], [2, 3]], [[1, 1], [2, 3]])).toBeNull();
    expect(describeLineDifference([[1, 1], [2, 3]], [[1, 1]])).toMatch(/^instruction 2 lines: expected \[2,3\], got <none>/);
  });
});

describe('parseLinesJson', () => {
  it('[[5, 5], [11, 12]]', () => expect(parseLinesJson('[[5, 5], [11, 12]]')).toEqual([[5, 5], [11, 12]]));
  it('rejects [[0, 1]] and {"a": 1}', () => {
    expect(() => parseLinesJson('[[0, 1]]')).toThrow(/entry 0/);
    expect(() => parseLinesJson('{"a": 1}')).toThrow(/array/);
  });
});

describe('checkCase with the real core', () => {
  it('"FROM a\\nENV A b\\n" with its dump and lines passes', () => {
    const r = checkCase(
      makeCase('FROM a\nENV A b\n', { expectedDump: '(from "a")\n(env "A" "b" "")\n', expectedLines: [[1, 1], [2, 2]] }),
      core,
    );
    expect(r.failures).toEqual([]);
  });
  it('"ENV A b" expected as the new form fails on line 1 of the dump', () => {
    const r = checkCase(makeCase('ENV A b\n', { expectedDump: '(env "A" "b" "=")\n' }), core);
    expect(r.failures).toEqual(['dump line 1: expected (env "A" "b" "="), got (env "A" "b" "")']);
  });
  it('"RUN a \\\\\\n  b\\n" spans lines 1-2', () => {
    const r = checkCase(makeCase('RUN a \\\n  b\n', { expectedLines: [[1, 1]] }), core);
    expect(r.failures).toEqual(['instruction 1 lines: expected [1,1], got [1,2] (all: [[1,2]])']);
  });
  it('a BOM and CRLF round-trip byte for byte', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('FROM a\r\nRUN b\r\n')]);
    expect(checkCase({ ...makeCase(''), bytes }, core).failures).toEqual([]);
  });
  it('an empty file passes as a negative case and fails as a positive one with a dump', () => {
    expect(checkCase(makeCase('', { negative: true }), core).failures).toEqual([]);
    expect(checkCase(makeCase('FROM a\n', { negative: true }), core).failures).toEqual(['expected an error diagnostic, got none']);
  });
  it('bytes that are not UTF-8 give a note, not a failure', () => {
    const r = checkCase({ ...makeCase(''), bytes: new Uint8Array([...utf8('FROM a\nRUN '), 0xff, 0x0a]) }, core);
    expect(r.failures).toEqual([]);
    expect(r.notes).toEqual(['not valid UTF-8; round trip checked on the decoded text']);
  });
});

describe('checkCase with broken cores', () => {
  it('a printer that drops the last character fails the round trip', () => {
    const broken: ConformanceCore = { ...core, printDockerfile: (ast) => ast.source.slice(0, -1) };
    expect(checkCase(makeCase('FROM a\n'), broken).failures).toEqual([
      'printed text differs at 1:7 (offset 6) (length 7 vs 6): expected "FROM a\\n", got "FROM a"',
    ]);
  });
  it('a parser that throws is one failure', () => {
    const broken: ConformanceCore = {
      ...core,
      parseDockerfile: () => {
        throw new Error('boom');
      },
    };
    expect(checkCase(makeCase('FROM a\n'), broken).failures).toEqual(['parseDockerfile threw: boom']);
  });
  it('a dumper that throws is one failure, the round trip still checked', () => {
    const broken: ConformanceCore = {
      ...core,
      dumpDockerfile: () => {
        throw new Error('no dump');
      },
    };
    expect(checkCase(makeCase('FROM a\n', { expectedDump: '(from "a")\n' }), broken).failures).toEqual(['dumpDockerfile threw: no dump']);
  });
});

describe('runConformance', () => {
  let dir = '';
  afterEach(() => {
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  });

  it('a folder with one good and one bad case prints one FAIL line and "1 passed, 1 failed"', () => {
    dir = mkdtempSync(join(tmpdir(), 'conformance-'));
    mkdirSync(join(dir, 'parser', 'good'), { recursive: true });
    mkdirSync(join(dir, 'negative', 'bad'), { recursive: true });
    writeFileSync(join(dir, 'parser', 'good', 'Dockerfile'), 'FROM a\n');
    writeFileSync(join(dir, 'parser', 'good', 'result'), '(from "a")\n');
    writeFileSync(join(dir, 'negative', 'bad', 'Dockerfile'), 'FROM a\n');
    const lines: string[] = [];
    const summary = runConformance([dir], core, (l) => lines.push(l));
    expect(lines).toEqual([`FAIL ${join(dir, 'negative', 'bad', 'Dockerfile')}: expected an error diagnostic, got none`]);
    expect(formatSummary(summary)).toBe('1 passed, 1 failed');
    expect(exitCode(summary)).toBe(1);
  });
  it('no Dockerfile at all exits 1', () => {
    dir = mkdtempSync(join(tmpdir(), 'conformance-'));
    const summary = runConformance([dir], core, () => undefined);
    expect(summary).toEqual({ passed: 0, failed: 0 });
    expect(exitCode(summary)).toBe(1);
  });
});
