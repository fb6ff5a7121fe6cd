import { describe, expect, it } from 'vitest';
import { summarizeArgs, truncate } from './summarize-args.ts';

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
