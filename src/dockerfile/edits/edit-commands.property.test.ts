import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDockerfile, type Analysis } from '../analyze.ts';
import { addInstruction } from './add-instruction.ts';
import { addStage } from './add-stage.ts';
import { applyChanges, invertChanges, type Change } from './changes.ts';
import { connectCopy } from './connect-copy.ts';
import { deleteStage } from './delete-stage.ts';
import { duplicateStage } from './duplicate-stage.ts';
import { editInstruction } from './edit-instruction.ts';
import type { EditResult } from './edit-result.ts';
import { moveInstruction } from './move-instruction.ts';
import { moveStage } from './move-stage.ts';
import { removeEdge } from './remove-edge.ts';
import { removeInstruction } from './remove-instruction.ts';
import { renameStage } from './rename-stage.ts';
import { setBaseImage } from './set-base-image.ts';
import { setBaseStage } from './set-base-stage.ts';
import { setPlatform } from './set-platform.ts';
import { STAGE_TEMPLATES } from './stage-templates.ts';

/** Instruction fragments; `@` is replaced by the name of an earlier stage, `#` by its index. */
const BODY_FRAGMENTS = [
  'RUN apk add --no-cache curl',
  'WORKDIR /app',
  '# a comment line',
  '',
  'RUN make \\\n    && make install',
  'RUN set -e \\\n  # explain\n  && true',
  'COPY --from=@ /out /out',
  'COPY --from=# /bin/tool /usr/local/bin/',
  'RUN --mount=type=cache,target=/root/.cache,from=@ \\\n    build',
  'RUN --mount=type=bind,from=@,target=/src make',
  'COPY <<EOF /etc/config\nkey=value\nEOF',
  'RUN <<-SCRIPT\n\techo hi\n\tSCRIPT',
  'ONBUILD COPY --from=@ /a /b',
  'ENV A=1 B="two words"',
  'CMD ["run", "--fast"]',
] as const;

const IMAGES = ['alpine', 'golang:1.23', 'node:${NODE}-alpine', 'scratch', 'gcr.io/distroless/static'] as const;

interface StageSpec {
  readonly named: boolean;
  readonly onStage: boolean;
  readonly image: number;
  readonly platform: boolean;
  readonly comment: boolean;
  readonly body: readonly number[];
}

const stageSpec = fc.record({
  named: fc.boolean(),
  onStage: fc.boolean(),
  image: fc.nat({ max: IMAGES.length - 1 }),
  platform: fc.boolean(),
  comment: fc.boolean(),
  body: fc.array(fc.nat({ max: BODY_FRAGMENTS.length - 1 }), { maxLength: 5 }),
});

/** Builds a Dockerfile from stage specs, in a random line ending, keyword case and final-newline style. */
const dockerfile = fc
  .record({
    stages: fc.array(stageSpec, { minLength: 1, maxLength: 5 }),
    crlf: fc.boolean(),
    lower: fc.boolean(),
    finalNewline: fc.boolean(),
    blankBetween: fc.boolean(),
  })
  .map(({ stages, crlf, lower, finalNewline, blankBetween }) => {
    const lines: string[] = ['# syntax=docker/dockerfile:1', 'ARG NODE=22', ''];
    // Only the keyword at the start: heredoc terminators and later lines stay as written.
    const kw = (s: string) => (lower ? s.replace(/^[A-Z]+/, (k) => k.toLowerCase()) : s);
    stages.forEach((spec: StageSpec, index) => {
      const earlier = index > 0 ? index - 1 : null;
      const earlierName = earlier !== null && stages[earlier]!.named ? `s${earlier}` : null;
      const base = spec.onStage && earlierName !== null ? earlierName : IMAGES[spec.image]!;
      if (spec.comment) lines.push(`# stage ${index}`);
      lines.push(kw(`FROM ${spec.platform ? '--platform=$BUILDPLATFORM ' : ''}${base}${spec.named ? ` AS s${index}` : ''}`));
      for (const fragment of spec.body) {
        const text = BODY_FRAGMENTS[fragment]!;
        if (text.includes('@') && earlierName === null) continue;
        if (text.includes('COPY --from=#') && earlier === null) continue;
        lines.push(kw(text.replace('@', earlierName ?? '').replace('#', String(earlier))));
      }
      if (blankBetween) lines.push('');
    });
    const text = lines.join('\n').replace(/\n+$/, '') + (finalNewline ? '\n' : '');
    return crlf ? text.replace(/\n/g, '\r\n') : text;
  });

/** One command with raw random numbers, turned into valid-looking arguments against the current analysis. */
const command = fc.tuple(fc.nat({ max: 13 }), fc.nat(), fc.nat(), fc.boolean());

function runCommand(analysis: Analysis, [which, a, b, flag]: [number, number, number, boolean]): EditResult {
  const stages = analysis.model.stages.length;
  const stage = stages === 0 ? 0 : a % stages;
  const other = stages === 0 ? 0 : b % stages;
  const count = analysis.model.stages[stage]?.instructions.length ?? 0;
  switch (which) {
    case 0:
      return renameStage(analysis, { stage, name: `n${b % 7}` });
    case 1:
      return addStage(analysis, { template: STAGE_TEMPLATES[b % STAGE_TEMPLATES.length]!.id, at: a % (stages + 1) });
    case 2:
      return connectCopy(analysis, { from: Math.min(stage, other), to: Math.max(stage, other) });
    case 3:
      return setBaseStage(analysis, { stage: Math.max(stage, other), base: Math.min(stage, other) });
    case 4:
      return removeEdge(analysis, { edge: analysis.model.edges.length === 0 ? 0 : b % analysis.model.edges.length });
    case 5:
      return deleteStage(analysis, { stages: flag ? [stage] : [...new Set([stage, other])], withDependents: flag });
    case 6:
      return duplicateStage(analysis, { stage });
    case 7:
      return setBaseImage(analysis, { stage, image: flag ? 'debian:12' : 'busybox' });
    case 8:
      return setPlatform(analysis, { stage, platform: flag ? null : 'linux/arm64' });
    case 9:
      return addInstruction(analysis, { stage, text: flag ? 'RUN echo added' : 'RUN one \\\n  two', after: count === 0 ? -1 : (b % (count + 1)) - 1 });
    case 10:
      return editInstruction(analysis, { stage, instruction: count === 0 ? 0 : b % count, text: 'USER app' });
    case 11:
      return removeInstruction(analysis, { stage, instruction: count === 0 ? 0 : b % count });
    case 12:
      return moveInstruction(analysis, { stage, from: count === 0 ? 0 : b % count, to: count === 0 ? 0 : a % count });
    default:
      return moveStage(analysis, { stage, direction: flag ? 1 : -1 });
  }
}

/** Analysis without lint: the commands read only the tree and the model. */
function analyze(text: string): Analysis {
  return analyzeDockerfile(text, { rules: [] });
}

/** Errors of the syntax tree, and the model's syntax errors (`FROM` with two words, `--from=` with no value). */
function syntaxErrors(analysis: Analysis): string[] {
  return [...analysis.ast.diagnostics.filter((d) => d.severity === 'error'), ...analysis.diagnostics.filter((d) => d.rule === 'SyntaxError')].map(
    (d) => `${d.rule}: ${d.message}`,
  );
}

describe('edit commands, property', () => {
  it('random command sequences on random Dockerfiles keep the text parseable, and the inverses undo them all', () => {
    fc.assert(
      fc.property(dockerfile, fc.array(command, { minLength: 1, maxLength: 8 }), (original, commands) => {
        expect(syntaxErrors(analyze(original))).toEqual([]);
        let text = original;
        const inverses: Change[][] = [];
        for (const c of commands) {
          const analysis = analyze(text);
          const result = runCommand(analysis, c);
          if (!result.ok) {
            expect(result.reason.length).toBeGreaterThan(0);
            continue;
          }
          const next = applyChanges(text, result.changes);
          inverses.push(invertChanges(text, result.changes));
          expect(syntaxErrors(analyze(next)), `after command ${c[0]} on:\n${text}\n---\n${next}`).toEqual([]);
          text = next;
        }
        for (const inverse of inverses.reverse()) text = applyChanges(text, inverse);
        expect(text).toBe(original);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
