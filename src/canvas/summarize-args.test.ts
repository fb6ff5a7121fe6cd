import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../dockerfile/parser.ts';
import { summarizeArgs, summarizeInstruction, truncate } from './summarize-args.ts';

const whole = (text: string) => ({ from: 0, to: text.length });

describe('summarizeArgs', () => {
  it('"go mod download": short text stays as written', () => {
    expect(summarizeArgs('go mod download', whole('go mod download'), '\\')).toBe('go mod download');
  });

  it('"a \\\\\\n    b": joins a continuation', () => {
    const text = 'a \\\n    b';
    expect(summarizeArgs(text, whole(text), '\\')).toBe('a b');
  });

  it('"a \\\\\\n# note\\n  b": drops a comment line inside a continuation', () => {
    const text = 'a \\\n# note\n  b';
    expect(summarizeArgs(text, whole(text), '\\')).toBe('a b');
  });

  it('"a `\\n b" with escape=`: joins a backtick continuation', () => {
    const text = 'a `\n b';
    expect(summarizeArgs(text, whole(text), '`')).toBe('a b');
  });

  it('"#!/bin/sh" on the first line is not a comment line', () => {
    expect(summarizeArgs('#!/bin/sh', whole('#!/bin/sh'), '\\')).toBe('#!/bin/sh');
  });

  it('a 60-character command: cut to 32 with an ellipsis', () => {
    const text = 'x'.repeat(60);
    const short = summarizeArgs(text, whole(text), '\\');
    expect(short).toHaveLength(32);
    expect(short.endsWith('…')).toBe(true);
  });

  it('a range inside a longer text: reads only the range', () => {
    expect(summarizeArgs('RUN echo hi\n', { from: 4, to: 11 }, '\\')).toBe('echo hi');
  });
});

describe('truncate', () => {
  it('"abcdef" to 4: "abc…"', () => expect(truncate('abcdef', 4)).toBe('abc…'));
  it('"abc" to 4: unchanged', () => expect(truncate('abc', 4)).toBe('abc'));
});

describe('summarizeInstruction', () => {
  const first = (text: string) => parseDockerfile(text).instructions[0]!;

  it('"RUN a \\\\\\n b" twice, at different offsets: the same summary from each place', () => {
    const text = 'RUN a \\\n b\n';
    const later = `# padding\n${text}`;
    expect(summarizeInstruction(text, first(text), '\\')).toBe('a b');
    expect(summarizeInstruction(later, parseDockerfile(later).instructions[0]!, '\\')).toBe('a b');
  });

  it('"RUN a `\\n b" under each escape: the escape is part of what is remembered', () => {
    const text = 'RUN a `\n b\n';
    expect(summarizeInstruction(text, first(text), '\\')).toBe('a `');
    const backtick = `# escape=\`\n${text}`;
    expect(summarizeInstruction(backtick, parseDockerfile(backtick).instructions[0]!, '`')).toBe('a b');
  });
});
