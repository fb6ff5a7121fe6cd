import { describe, expect, it } from 'vitest';
import { duplicateStageName } from './duplicate-stage-name.ts';
import { lintWith } from './support/test-lint.ts';

const lint = (text: string) => lintWith(duplicateStageName, text);

describe('DuplicateStageName', () => {
  it('FROM scratch AS b / FROM scratch AS b — warns on the second name', () => {
    expect(lint('FROM scratch AS b\nFROM scratch AS b\n')).toEqual([
      { rule: 'DuplicateStageName', severity: 'warning', message: 'Duplicate stage name "b", stage names should be unique', text: 'b' },
    ]);
  });

  it('FROM scratch AS build / FROM scratch AS Build — names compare lowercased', () => {
    expect(lint('FROM scratch AS build\nFROM scratch AS Build\n')).toMatchObject([
      { message: 'Duplicate stage name "build", stage names should be unique', text: 'Build' },
    ]);
  });

  it('FROM scratch AS b1 / FROM scratch AS b2 / FROM scratch — distinct names pass', () => {
    expect(lint('FROM scratch AS b1\nFROM scratch AS b2\nFROM scratch\n')).toEqual([]);
  });
});
