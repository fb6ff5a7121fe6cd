import { describe, expect, it } from 'vitest';
import { invalidDefinitionDescription } from './invalid-definition-description.ts';
import { lintWith } from './support/test-lint.ts';

// Experimental in BuildKit: it runs only when asked for, so the tests ask for it.
const lint = (text: string) => lintWith(invalidDefinitionDescription, text, { lint: { on: ['InvalidDefinitionDescription'] } });

describe('InvalidDefinitionDescription', () => {
  it('# bar this is the bar / ARG foo=bar — off unless asked for, as in BuildKit', () => {
    const text = '# bar this is the bar\nARG foo=bar\nFROM scratch\n';
    expect(lintWith(invalidDefinitionDescription, text)).toEqual([]);
    expect(lintWith(invalidDefinitionDescription, `# check=experimental=InvalidDefinitionDescription\n${text}`)).toHaveLength(1);
  });

  it("BuildKit's bad example — warns on each comment, as info", () => {
    const text = [
      '# bar this is the bar',
      'ARG foo=bar',
      '# BasE this is the BasE image',
      'FROM scratch AS base',
      '# definitely a bad comment',
      'ARG version=latest',
      '# definitely a bad comment',
      'ARG foo=baz bar=qux baz=quux',
      '',
    ].join('\n');
    expect(lint(text)).toEqual([
      {
        rule: 'InvalidDefinitionDescription',
        severity: 'info',
        message: 'Comment for ARG should follow the format: `# foo <description>`',
        text: '# bar this is the bar',
      },
      {
        rule: 'InvalidDefinitionDescription',
        severity: 'info',
        message: 'Comment for FROM should follow the format: `# base <description>`',
        text: '# BasE this is the BasE image',
      },
      {
        rule: 'InvalidDefinitionDescription',
        severity: 'info',
        message: 'Comment for ARG should follow the format: `# version <description>`',
        text: '# definitely a bad comment',
      },
      {
        rule: 'InvalidDefinitionDescription',
        severity: 'info',
        message: 'Comment for ARG should follow the format: `# <arg_key> <description>`',
        text: '# definitely a bad comment',
      },
    ]);
  });

  it("BuildKit's good example — descriptions, an empty # and other instructions pass", () => {
    const text = [
      '# check=experimental=InvalidDefinitionDescription',
      '# foo this is the foo',
      'ARG foo=bar',
      '',
      '# base this is the base image',
      'FROM scratch AS base',
      '',
      '# version this is the version number',
      'ARG version=latest',
      '',
      '# baz this is the baz',
      'ARG foo=baz bar=qux baz=quux',
      '#',
      'ARG bit=bat',
      '',
      '# comment for something other than ARG or FROM',
      'COPY Dockerfile .',
      '',
    ].join('\n');
    expect(lint(text)).toEqual([]);
  });

  it('# build stage / FROM alpine — an unnamed FROM has nothing to describe', () => {
    expect(lint('# build stage\nFROM alpine\n')).toEqual([]);
  });

  it('# note / (blank) / ARG x — a blank line does not detach the comment in BuildKit', () => {
    expect(lint('FROM alpine\n# note\n\nARG x\n')).toMatchObject([{ text: '# note' }]);
  });
});
