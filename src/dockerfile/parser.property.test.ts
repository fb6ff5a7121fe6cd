import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TokenKind } from './ast.ts';
import { analyzeDockerfile } from './analyze.ts';
import { dumpDockerfile } from './dump.ts';
import { parseDockerfile } from './parser.ts';
import { printDockerfile } from './print.ts';

const SEED_DOCKERFILE = `# syntax=docker/dockerfile:1
# escape=\\
ARG BASE=alpine:3.20
FROM --platform=$BUILDPLATFORM golang:1.22 AS build
WORKDIR /src
RUN --mount=type=cache,target=/root/.cache \\
    # a comment inside
    go build -o /out/app . && \\

    echo done
COPY <<EOF /etc/conf
FROM not-an-instruction
EOF
ENV A=1 B="two words"
LABEL legacy value here
FROM \${BASE}
COPY --from=build /out/app /app
RUN --mount=type=bind,from=build,target=/b ls /b
ONBUILD COPY --from=build a b
CMD ["/app", "--flag"]
HEALTHCHECK --interval=5s CMD curl -f http://localhost/ || exit 1
`;

/** Pieces that stress the parser: keywords, escapes, quotes, heredoc markers, line breaks. */
const PIECES = [
  'FROM ', 'RUN ', 'COPY ', 'ONBUILD ', 'ENV ', 'ARG ', 'AS ', '--from=', '--mount=', 'from=',
  '\\', '`', '\\\n', '\n', '\r\n', '\r', ' ', '\t', '#', '# escape=`\n', '"', "'", '[', ']', ',', '=',
  '<<', '<<-', 'EOF', '\nEOF\n', '$', '${', '}', '\u00a0', '\ufeff', '\u0000', 'é', '😀', '\ud800',
];

const dockerfileish = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

const mutated = fc
  .array(
    fc.record({ at: fc.nat(), remove: fc.nat({ max: 6 }), insert: fc.constantFrom('', ...PIECES) }),
    { maxLength: 8 },
  )
  .map((edits) => {
    let text = SEED_DOCKERFILE;
    for (const edit of edits) {
      const at = edit.at % (text.length + 1);
      text = text.slice(0, at) + edit.insert + text.slice(at + edit.remove);
    }
    return text;
  });

function checkInvariants(text: string): void {
  const ast = parseDockerfile(text);
  expect(printDockerfile(ast)).toBe(text);
  const { ends } = ast.tokens;
  for (let i = 1; i < ends.length; i++) expect(ends[i]!).toBeGreaterThan(ends[i - 1]!);
  expect(ends.length === 0 ? 0 : ends[ends.length - 1]).toBe(text.length);
  let previous = -1;
  for (const instruction of ast.instructions) {
    expect(instruction.from).toBeGreaterThan(previous);
    expect(instruction.to).toBeGreaterThanOrEqual(instruction.from);
    expect(instruction.to).toBeLessThanOrEqual(text.length);
    expect(instruction.endLine).toBeGreaterThanOrEqual(instruction.startLine);
    previous = instruction.from;
  }
  for (const d of ast.diagnostics) {
    expect(d.from).toBeGreaterThanOrEqual(0);
    expect(d.to).toBeLessThanOrEqual(text.length);
  }
  dumpDockerfile(ast);
  analyzeDockerfile(text);
  checkMarksMatchDetails(ast);
}

/**
 * The parser marks keywords and flags from the pieces of a continued line in place; an
 * instruction's `flags` come from BuildKit's line parser on the joined line. Both must cover
 * the same characters.
 */
function checkMarksMatchDetails(ast: ReturnType<typeof parseDockerfile>): void {
  const { kinds, ends } = ast.tokens;
  const marked = new Map<number, number>();
  for (let i = 0, start = 0; i < ends.length; start = ends[i]!, i++) {
    if (kinds[i] === TokenKind.keyword || kinds[i] === TokenKind.flag) {
      for (let at = start; at < ends[i]!; at++) marked.set(at, kinds[i]!);
    }
  }
  for (const instruction of ast.instructions) {
    if (instruction.name === 'ONBUILD') continue;
    const expected = new Map<number, number>();
    const inSegment = (at: number) => instruction.segments.some((s) => s.from <= at && at < s.to);
    const expect = (from: number, to: number, kind: number) => {
      for (let at = from; at < to; at++) if (inSegment(at)) expected.set(at, kind);
    };
    expect(instruction.keywordRange.from, instruction.keywordRange.to, TokenKind.keyword);
    for (const flag of instruction.flags) expect(flag.from, flag.to, TokenKind.flag);
    const lineEnd = instruction.segments[instruction.segments.length - 1]!.to;
    const actual = new Map([...marked].filter(([at]) => at >= instruction.from && at < lineEnd));
    expectSameMarks(actual, expected);
  }
}

function expectSameMarks(actual: Map<number, number>, expected: Map<number, number>): void {
  expect([...actual].sort((a, b) => a[0] - b[0])).toEqual([...expected].sort((a, b) => a[0] - b[0]));
}

/** Continued instructions whose flags hold quotes and escapes and break across lines. */
const continuedFlags = fc
  .array(
    fc.constantFrom('--mount=type=cache', '--from=a', '--', '--x', '-', ' ', '  ', '\\\n', '\\\n  # c\n', '\\\n\n', '"', "'", '\\', '=', 'x', '\t', '<', '<<EOF'),
    { maxLength: 14 },
  )
  .map((parts) => `FROM a\nRUN ${parts.join('')} cmd\nCOPY --chown=1 ${parts.join('')} b c\n`);

// Each run also analyses (model, graph, 27 lint rules); on a loaded 2-core CI box that
// takes seconds, so the time limit is generous. The runs are what makes the test strong.
describe('parser properties', { timeout: 60_000 }, () => {
  it('any string: parses without throwing and prints back exactly', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), checkInvariants), { numRuns: 400 });
  });

  it('Dockerfile-like strings: the same, plus ordered instructions and in-range diagnostics', () => {
    fc.assert(fc.property(dockerfileish, checkInvariants), { numRuns: 600 });
  });

  it('continued lines with flags across pieces: keyword and flag tokens match the joined line', () => {
    fc.assert(fc.property(continuedFlags, checkInvariants), { numRuns: 400 });
  });

  it('a real Dockerfile with random edits: the same', () => {
    fc.assert(fc.property(mutated, checkInvariants), { numRuns: 400 });
  });
});
