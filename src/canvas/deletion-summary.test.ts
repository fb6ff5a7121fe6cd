import { describe, expect, it } from 'vitest';
import { deletionSummary } from './deletion-summary.ts';

const names = ['deps', 'build', 'test', 'runtime'];
const label = (i: number) => names[i] ?? `#${i}`;

describe('deletionSummary', () => {
  it('one stage of 3 lines, no references: headline only', () => {
    expect(deletionSummary({ lines: 3, references: [] }, ['test'], label)).toEqual({
      headline: 'Deletes stage test (3 lines).',
      references: [],
      note: null,
    });
  });
  it('one stage of 1 line: singular', () => {
    expect(deletionSummary({ lines: 1, references: [] }, ['test'], label).headline).toBe('Deletes stage test (1 line).');
  });
  it('build, referred to by a COPY in runtime and a FROM in test', () => {
    const summary = deletionSummary(
      {
        lines: 5,
        references: [
          { stage: 2, kind: 'from', line: 12 },
          { stage: 3, kind: 'copy', line: 20 },
        ],
      },
      ['build'],
      label,
    );
    expect(summary.references).toEqual(['test starts FROM it (line 12)', 'runtime copies from it (line 20)']);
    expect(summary.note).toContain('"Delete with dependents" also removes the COPY and mount references.');
    expect(summary.note).toContain('FROM references always stay');
  });
  it('two stages with a mount reference: plural and no FROM sentence', () => {
    const summary = deletionSummary({ lines: 8, references: [{ stage: 3, kind: 'mount', line: 30 }] }, ['deps', 'build'], label);
    expect(summary.headline).toBe('Deletes stages deps, build (8 lines).');
    expect(summary.references).toEqual(['runtime mounts them (line 30)']);
    expect(summary.note).not.toContain('FROM');
  });
});
