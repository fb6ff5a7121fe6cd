import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../../analyze.ts';
import { ruleUrl } from '../../rule-url.ts';
import { ALL_RULES } from '../all-rules.ts';

const here = fileURLToPath(new URL('.', import.meta.url));
/** The project's own fixtures: always there, unlike ../shared (the conformance run covers that). */
const fixtures = join(here, '../../../../fixtures');

/** `FromAsCasing` → `from-as-casing`, the file naming convention of this folder. */
const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2').toLowerCase();

describe('ALL_RULES', () => {
  it('lists syntax rules, then BuildKit rules, then graph rules, each name once', () => {
    const order = ALL_RULES.map((rule) => ({ syntax: 0, buildkit: 1, graph: 2 })[rule.source]);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(ALL_RULES.map((rule) => rule.name)).size).toBe(ALL_RULES.length);
  });

  it('registers every rule file of this folder, each named after its rule', () => {
    const files = readdirSync(here).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));
    expect(files.sort()).toEqual(ALL_RULES.map((rule) => `${kebab(rule.name)}.ts`).sort());
  });

  it('gives BuildKit rules their documentation link and BuildKit severities', () => {
    for (const rule of ALL_RULES.filter((r) => r.source === 'buildkit')) {
      expect(ruleUrl(rule.name)).toBe(`https://docs.docker.com/go/dockerfile/rule/${kebab(rule.name)}/`);
      expect(rule.severity).toBe(rule.name === 'InvalidDefinitionDescription' ? 'info' : 'warning');
    }
    for (const rule of ALL_RULES.filter((r) => r.source === 'syntax')) expect(rule.severity).toBe('error');
  });

  it('runs over every fixture Dockerfile with ranges inside the text', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/(^Dockerfile|\.Dockerfile$)/.test(entry.name)) files.push(path);
      }
    };
    walk(fixtures);
    expect(files.length).toBeGreaterThan(30);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const d of analyzeDockerfile(text).diagnostics) {
        expect(d.from, file).toBeLessThanOrEqual(d.to);
        expect(d.to, file).toBeLessThanOrEqual(text.length);
      }
    }
  });
});
