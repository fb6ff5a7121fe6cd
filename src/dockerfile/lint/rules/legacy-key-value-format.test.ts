import { describe, expect, it } from 'vitest';
import { legacyKeyValueFormat } from './legacy-key-value-format.ts';
import { lintWith } from './support/test-lint.ts';

const lint = (text: string) => lintWith(legacyKeyValueFormat, text);

describe('LegacyKeyValueFormat', () => {
  it('FROM scratch / ENV testkey value / LABEL key value — warns on each key', () => {
    expect(lint('FROM scratch\nENV testkey value\nLABEL key value\n')).toEqual([
      {
        rule: 'LegacyKeyValueFormat',
        severity: 'warning',
        message: '"ENV key=value" should be used instead of legacy "ENV key value" format',
        text: 'testkey',
      },
      {
        rule: 'LegacyKeyValueFormat',
        severity: 'warning',
        message: '"LABEL key=value" should be used instead of legacy "LABEL key value" format',
        text: 'key',
      },
    ]);
  });

  it('FROM scratch / env k v — names the instruction as written', () => {
    expect(lint('FROM scratch\nenv k v\n')).toMatchObject([
      { message: '"env key=value" should be used instead of legacy "env key value" format' },
    ]);
  });

  it('FROM scratch / ENV testkey=value / LABEL key=value — passes', () => {
    expect(lint('FROM scratch\nENV testkey=value\nLABEL key=value\n')).toEqual([]);
  });
});
