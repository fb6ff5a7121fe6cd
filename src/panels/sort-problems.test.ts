import { describe, expect, it } from 'vitest';
import type { Diagnostic, Severity } from '../dockerfile/ast.ts';
import { sortProblems } from './sort-problems.ts';

const finding = (rule: string, severity: Severity, from: number): Diagnostic => ({ rule, severity, from, to: from + 1, message: rule, url: '' });
const LIST = [finding('B', 'info', 5), finding('A', 'warning', 30), finding('C', 'error', 40), finding('D', 'warning', 10), finding('E', 'error', 20)];
const rules = (list: Diagnostic[]) => list.map((d) => d.rule).join('');

describe('sortProblems', () => {
  it('by severity — errors, warnings, hints, each in line order', () => {
    expect(rules(sortProblems(LIST, 'severity'))).toBe('ECDAB');
  });

  it('by severity descending — hints first, lines still ascending', () => {
    expect(rules(sortProblems(LIST, 'severity', true))).toBe('BDAEC');
  });

  it('by line — reading order', () => {
    expect(rules(sortProblems(LIST, 'line'))).toBe('BDEAC');
    expect(rules(sortProblems(LIST, 'line', true))).toBe('CAEDB');
  });

  it('by rule — alphabetical', () => {
    expect(rules(sortProblems(LIST, 'rule'))).toBe('ABCDE');
  });

  it('the input list — left as it was', () => {
    sortProblems(LIST, 'rule');
    expect(rules(LIST)).toBe('BACDE');
  });
});
