import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../dockerfile/analyze.ts';
import { EXAMPLES } from './index.ts';

describe('examples gallery', () => {
  it('has at least ten examples with unique ids', () => {
    expect(EXAMPLES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(EXAMPLES.map((e) => e.id)).size).toBe(EXAMPLES.length);
  });

  describe.each(EXAMPLES.map((e) => [e.id, e] as const))('%s', (_id, example) => {
    const analysis = analyzeDockerfile(example.text);

    it('has no error or warning findings', () => {
      const findings = analysis.diagnostics.filter((d) => d.severity !== 'info').map((d) => `${d.rule}: ${d.message}`);
      expect(findings).toEqual([]);
    });

    it('has two stages or more, every one named', () => {
      const { stages } = analysis.model;
      expect(stages.length).toBeGreaterThanOrEqual(2);
      expect(stages.every((s) => s.name !== null)).toBe(true);
    });

    it('is commented: a comment line for every stage at least', () => {
      const comments = example.text.split('\n').filter((line) => /^\s*#(?!\s*(syntax|escape|check)=)/.test(line)).length;
      expect(comments).toBeGreaterThanOrEqual(analysis.model.stages.length);
    });

    it('has a title and says what it teaches', () => {
      expect(example.title.length).toBeGreaterThan(3);
      expect(example.teaches).toMatch(/\.$/);
    });
  });

  it('the Stagewright example is the root Dockerfile, byte for byte', () => {
    const stagewright = EXAMPLES.find((e) => e.id === 'stagewright');
    expect(stagewright?.text).toBe(readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8'));
  });

  it('the root Dockerfile has no findings at all', () => {
    const text = readFileSync(new URL('../../Dockerfile', import.meta.url), 'utf8');
    expect(analyzeDockerfile(text).diagnostics).toEqual([]);
  });
});
