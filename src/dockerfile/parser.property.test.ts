import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
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
}

// Each run also analyses (model, graph, 27 lint rules); on a loaded 2-core CI box that
// takes seconds, so the time limit is generous. The runs are what makes the test strong.
describe('parser properties', { timeout: 60_000 }, () => {
  it('any string: parses without throwing and prints back exactly', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), checkInvariants), { numRuns: 400 });
  });

  it('Dockerfile-like strings: the same, plus ordered instructions and in-range diagnostics', () => {
    fc.assert(fc.property(dockerfileish, checkInvariants), { numRuns: 600 });
  });

  it('a real Dockerfile with random edits: the same', () => {
    fc.assert(fc.property(mutated, checkInvariants), { numRuns: 400 });
  });
});
