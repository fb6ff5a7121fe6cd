import { describe, expect, it } from 'vitest';
import { fromAsCasing } from './from-as-casing.ts';
import { lintWith } from './support/test-lint.ts';

const lint = (text: string) => lintWith(fromAsCasing, text);

describe('FromAsCasing', () => {
  it('FROM alpine as build — warns on the as keyword', () => {
    expect(lint('FROM alpine as build\n')).toEqual([
      { rule: 'FromAsCasing', severity: 'warning', message: "'as' and 'FROM' keywords' casing do not match", text: 'as' },
    ]);
  });

  it('from scratch AS base — warns the other way round', () => {
    expect(lint('from scratch AS base\n')).toMatchObject([{ message: "'AS' and 'from' keywords' casing do not match", text: 'AS' }]);
  });

  it('FROM alpine AS build / from alpine as b2 / From alpine as b3 — matching or mixed-case FROM passes', () => {
    expect(lint('FROM alpine AS build\nfrom alpine as b2\nFrom alpine as b3\n')).toEqual([]);
  });

  it('# check=skip=FromAsCasing / FROM alpine as build — the check directive silences it', () => {
    expect(lint('# check=skip=FromAsCasing\nFROM alpine as build\n')).toEqual([]);
  });

  it('# check=error=true / FROM alpine as build — raises it to an error', () => {
    expect(lint('# check=error=true\nFROM alpine as build\n')).toMatchObject([{ severity: 'error', text: 'as' }]);
  });
});
