import { describe, expect, it } from 'vitest';
import { parseDockerfile } from '../dockerfile/parser.ts';
import { checkDirectiveSummary, skippedByFile } from './check-directive-summary.ts';

describe('checkDirectiveSummary', () => {
  it('# check=skip=FromAsCasing,UndefinedVar;error=true — both skipped, errors on', () => {
    const summary = checkDirectiveSummary(parseDockerfile('# check=skip=FromAsCasing,UndefinedVar;error=true\nFROM alpine\n'));
    expect(summary.value).toBe('skip=FromAsCasing,UndefinedVar;error=true');
    expect([...summary.skipped]).toEqual(['FromAsCasing', 'UndefinedVar']);
    expect(summary.error).toBe(true);
    expect(skippedByFile(summary, { name: 'FromAsCasing', source: 'buildkit' })).toBe(true);
    expect(skippedByFile(summary, { name: 'StageNameCasing', source: 'buildkit' })).toBe(false);
  });

  it('# check=skip=all — every BuildKit rule skipped, syntax and graph rules still run', () => {
    const summary = checkDirectiveSummary(parseDockerfile('# check=skip=all\nFROM alpine\n'));
    expect(skippedByFile(summary, { name: 'FromAsCasing', source: 'buildkit' })).toBe(true);
    expect(skippedByFile(summary, { name: 'UnknownFlag', source: 'syntax' })).toBe(false);
    expect(skippedByFile(summary, { name: 'UnusedStage', source: 'graph' })).toBe(false);
  });

  it('no directive — nothing skipped', () => {
    const summary = checkDirectiveSummary(parseDockerfile('FROM alpine\n'));
    expect(summary).toMatchObject({ value: null, skipAll: false, error: false });
    expect(summary.skipped.size).toBe(0);
  });
});
