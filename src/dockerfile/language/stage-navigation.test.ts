import { describe, expect, it } from 'vitest';
import { analyzeDockerfile } from '../analyze.ts';
import { definitionAt, referencesAt } from './stage-navigation.ts';
import { stageReferences } from './stage-references.ts';
import { offsetOf } from './test-text.ts';

const TEXT = [
  'ARG BASE=build',
  'FROM golang AS Build',
  'ONBUILD COPY --from=build /x /x',
  'FROM build AS test',
  'FROM alpine',
  'COPY --from=BUILD /out /out',
  'COPY --from=0 /out /again',
  'RUN --mount=type=bind,from=build,target=/src ls',
  'FROM ${BASE} AS other',
  '',
].join('\n');
const analysis = analyzeDockerfile(TEXT);
const texts = (ranges: readonly { from: number; to: number }[]) => ranges.map((r) => TEXT.slice(r.from, r.to));

describe('definitionAt', () => {
  it('--from=BUILD — goes to "AS Build"', () => {
    const target = definitionAt(analysis, offsetOf(TEXT, '--from=BUILD', 9));
    expect(target).toEqual({ from: offsetOf(TEXT, 'Build'), to: offsetOf(TEXT, 'Build', 5) });
  });

  it('FROM build — goes to "AS Build"; so do from=build and the cursor right after the word', () => {
    const build = offsetOf(TEXT, 'Build');
    expect(definitionAt(analysis, offsetOf(TEXT, 'FROM build', 5))?.from).toBe(build);
    expect(definitionAt(analysis, offsetOf(TEXT, 'from=build', 10))?.from).toBe(build);
  });

  it('--from=0 on an unnamed stage — goes to its FROM', () => {
    const text = 'FROM golang\nRUN x\nFROM alpine\nCOPY --from=0 /a /b\n';
    expect(definitionAt(analyzeDockerfile(text), offsetOf(text, '=0', 1))).toEqual({ from: 0, to: 4 });
  });

  it('plain argument text — no definition', () => {
    expect(definitionAt(analysis, offsetOf(TEXT, '/out /out', 1))).toBeNull();
  });
});

describe('referencesAt', () => {
  it('AS Build — every reference: ONBUILD, FROM, COPY by name and index, mount, FROM ${BASE}', () => {
    const refs = referencesAt(analysis, offsetOf(TEXT, 'Build', 1), true);
    expect(texts(refs)).toEqual(['Build', 'build', 'build', 'BUILD', '0', 'build', '${BASE}']);
    expect(refs.map((r) => r.literal)).toEqual([true, true, true, true, false, true, false]);
  });

  it('without the definition — the AS name is left out', () => {
    expect(texts(referencesAt(analysis, offsetOf(TEXT, '=BUILD', 2), false))[0]).toBe('build');
  });

  it('an ONBUILD trigger inherited by a child — listed once', () => {
    const onbuild = stageReferences(analysis).filter((r) => r.from === offsetOf(TEXT, '--from=build', 7));
    expect(onbuild).toHaveLength(1);
  });
});
