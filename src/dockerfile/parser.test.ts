import { describe, expect, it } from 'vitest';
import { TokenKind } from './ast.ts';
import { dumpDockerfile } from './dump.ts';
import { parseDockerfile } from './parser.ts';
import { printDockerfile } from './print.ts';

const dump = (text: string) => dumpDockerfile(parseDockerfile(text));
const errors = (text: string) => parseDockerfile(text).diagnostics.filter((d) => d.severity === 'error').map((d) => d.message);

describe('parseDockerfile: instructions', () => {
  it('FROM alpine AS build / RUN echo hi', () => {
    expect(dump('FROM alpine AS build\nRUN echo hi\n')).toBe('(from "alpine" "AS" "build")\n(run "echo hi")\n');
  });

  it('from Alpine (lowercase keyword keeps its case in the tree)', () => {
    const ast = parseDockerfile('from Alpine\n');
    expect(ast.instructions[0]!.keyword).toBe('from');
    expect(ast.instructions[0]!.name).toBe('FROM');
    expect(dump('from Alpine\n')).toBe('(from "Alpine")\n');
  });

  it('COPY --chown=me --link -- a b', () => {
    expect(dump('FROM x\nCOPY --chown=me --link -- a b\n')).toContain('(copy ["--chown=me" "--link"] "a" "b")');
  });

  it('COPY --from="build stage" with a quoted flag value', () => {
    const ast = parseDockerfile('FROM x\nCOPY --from="build stage" a b\n');
    const flag = ast.instructions[1]!.flags[0]!;
    expect(flag.word).toBe('--from=build stage');
    expect(flag.name).toBe('from');
    expect(flag.value).toBe('build stage');
  });

  it('CMD ["a", "b"] is JSON; CMD ["a", is the shell form', () => {
    expect(dump('CMD ["a", "b"]\n')).toBe('(cmd "a" "b")\n');
    expect(parseDockerfile('CMD ["a", "b"]\n').instructions[0]!.form).toBe('json');
    expect(dump('CMD ["a",\n')).toBe('(cmd "[\\"a\\",")\n');
  });

  it('CMD ["a", 1] is rejected as BuildKit rejects it', () => {
    expect(errors('CMD ["a", 1]\n')).toEqual(['when using JSON array syntax, arrays must be comprised of strings only']);
  });

  it('ENV a=1 b="two words" and the legacy ENV a b c', () => {
    expect(dump('ENV a=1 b="two words"\n')).toBe('(env "a" "1" "=" "b" "\\"two words\\"" "=")\n');
    expect(dump('ENV a b c\n')).toBe('(env "a" "b c" "")\n');
  });

  it('ENV PATH (no value) is an error', () => {
    expect(errors('FROM x\nENV PATH\n')).toEqual(['ENV must have two arguments']);
  });

  it('ENV a=1 b is an error naming the word', () => {
    expect(errors('FROM x\nENV a=1 b\n')[0]).toContain('can\'t find = in "b"');
  });

  it('HEALTHCHECK --interval=5s CMD ["curl", "-f", "x"]', () => {
    expect(dump('HEALTHCHECK --interval=5s CMD ["curl", "-f", "x"]\n')).toBe(
      '(healthcheck ["--interval=5s"] "CMD" "curl" "-f" "x")\n',
    );
    expect(dump('HEALTHCHECK NONE\n')).toBe('(healthcheck "NONE")\n');
  });

  it('ONBUILD RUN ["echo", "x"] nests its trigger', () => {
    const ast = parseDockerfile('ONBUILD RUN ["echo", "x"]\n');
    expect(ast.instructions[0]!.trigger!.name).toBe('RUN');
    expect(dump('ONBUILD RUN ["echo", "x"]\n')).toBe('(onbuild (run "echo" "x"))\n');
  });

  it('FOO bar (unknown instruction) dumps an empty argument like BuildKit', () => {
    const ast = parseDockerfile('FOO bar\n');
    expect(ast.instructions[0]!.known).toBe(false);
    expect(dump('FOO bar\n')).toBe('(foo "")\n');
  });

  it('EXPOSE 80/tcp 443 and ARG a=1 b', () => {
    expect(dump('EXPOSE 80/tcp\t443\n')).toBe('(expose "80/tcp" "443")\n');
    expect(dump('ARG a=1 b\n')).toBe('(arg "a=1" "b")\n');
  });
});

describe('parseDockerfile: continuations', () => {
  it('RUN a \\ / # comment / (blank) / b', () => {
    const ast = parseDockerfile('RUN a \\\n# comment\n\n  b\n');
    expect(dump('RUN a \\\n# comment\n\n  b\n')).toBe('(run "a   b")\n');
    expect(ast.instructions[0]!.startLine).toBe(1);
    expect(ast.instructions[0]!.endLine).toBe(4);
    expect(ast.emptyContinuations).toHaveLength(1);
    expect(ast.comments).toHaveLength(1);
  });

  it('ENV A x\\\\ (escaped escape) does not continue', () => {
    expect(dump('ENV A x\\\\\nENV B y\n')).toBe('(env "A" "x\\\\\\\\" "")\n(env "B" "y" "")\n');
  });

  it('# escape=` makes the backtick continue lines', () => {
    expect(dump('# escape=`\nRUN a `\n  b\nRUN c \\\n')).toBe('(run "a   b")\n(run "c \\\\")\n');
    expect(parseDockerfile('# escape=`\nRUN x\n').escape).toBe('`');
  });

  it('# ESCAPE = ` with spaces and upper-case key', () => {
    const ast = parseDockerfile('# ESCAPE = `\nRUN x\n');
    expect(ast.directives[0]!.name).toBe('escape');
    expect(ast.escape).toBe('`');
  });

  it('a comment before # escape=` turns the directive into a comment', () => {
    const ast = parseDockerfile('# hello\n# escape=`\nRUN x\n');
    expect(ast.directives).toHaveLength(0);
    expect(ast.escape).toBe('\\');
  });

  it('two # escape directives are an error', () => {
    expect(errors('# escape=`\n# escape=\\\nRUN x\n')).toEqual(['only one escape parser directive can be used']);
  });

  it('# escape=x is an invalid escape token', () => {
    expect(errors('# escape=x\nRUN x\n')[0]).toContain("invalid escape token 'x'");
  });

  it('# syntax=docker/dockerfile:1 and # check=skip=all are directives', () => {
    const ast = parseDockerfile('# syntax=docker/dockerfile:1\n# check=skip=all\nFROM x\n');
    expect(ast.directives.map((d) => [d.name, d.value])).toEqual([
      ['syntax', 'docker/dockerfile:1'],
      ['check', 'skip=all'],
    ]);
  });

  it('RUN something \\ at the end of the file', () => {
    expect(dump('FROM x\nRUN something \\')).toBe('(from "x")\n(run "something")\n');
  });
});

describe('parseDockerfile: heredocs', () => {
  it('RUN <<EOF with a body that looks like instructions', () => {
    const text = 'FROM x\nRUN <<EOF\nFROM y\nRUN z\nEOF\nUSER me\n';
    const ast = parseDockerfile(text);
    expect(ast.instructions.map((i) => i.name)).toEqual(['FROM', 'RUN', 'USER']);
    const heredoc = ast.instructions[1]!.heredocs[0]!;
    expect(heredoc.name).toBe('EOF');
    expect(heredoc.content).toBe('FROM y\nRUN z\n');
    expect(text.slice(heredoc.terminator!.from, heredoc.terminator!.to)).toBe('EOF');
    expect(ast.instructions[1]!.endLine).toBe(5);
  });

  it("RUN <<-'EOT' strips tabs before the terminator and does not expand", () => {
    const ast = parseDockerfile("RUN <<-'EOT'\n\techo $X\n\tEOT\nRUN y\n");
    const heredoc = ast.instructions[0]!.heredocs[0]!;
    expect(heredoc.chomp).toBe(true);
    expect(heredoc.expand).toBe(false);
    expect(heredoc.content).toBe('\techo $X\n');
    expect(ast.instructions).toHaveLength(2);
  });

  it('COPY <<A <<B /dest reads two bodies in order', () => {
    const ast = parseDockerfile('COPY <<A <<B /dest\none\nA\ntwo\nB\n');
    expect(ast.instructions[0]!.heredocs.map((h) => [h.name, h.content])).toEqual([
      ['A', 'one\n'],
      ['B', 'two\n'],
    ]);
  });

  it('RUN 3<<EOF records the file descriptor', () => {
    expect(parseDockerfile('RUN 3<<EOF\nx\nEOF\n').instructions[0]!.heredocs[0]!.fd).toBe(3);
  });

  it('RUN <<EOF without a terminator is an unterminated heredoc', () => {
    const text = 'FROM x\nRUN <<EOF\necho hi\n';
    expect(errors(text)).toEqual(['unterminated heredoc']);
    expect(printDockerfile(parseDockerfile(text))).toBe(text);
  });

  it('USER <<X and RUN ["<<EOF"] are not heredocs', () => {
    const ast = parseDockerfile('USER <<X\nX\nRUN ["<<EOF"]\n');
    expect(ast.instructions.map((i) => i.name)).toEqual(['USER', 'X', 'RUN']);
    expect(ast.instructions.every((i) => i.heredocs.length === 0)).toBe(true);
  });

  it('RUN "<<EOF" (quoted) is not a heredoc', () => {
    expect(parseDockerfile('RUN "<<EOF"\nRUN x\n').instructions[0]!.heredocs).toHaveLength(0);
  });
});

describe('parseDockerfile: lossless', () => {
  const samples = [
    '',
    '\ufeffFROM x\r\nRUN a \\\r\n  b\r\n',
    'FROM x',
    '\t\tFROM x  \n\n\n# c\n',
    'RUN a \\\n\n# c\n  \\\n b',
    '\u0000\u0001garbage\uffff\ud800\n\\\n\\',
  ];
  for (const sample of samples) {
    it(`${JSON.stringify(sample)} prints back exactly`, () => {
      expect(printDockerfile(parseDockerfile(sample))).toBe(sample);
    });
  }

  it('"" has no instructions (an error, as in BuildKit)', () => {
    expect(errors('')).toEqual(['file with no instructions']);
  });

  it('the keyword and flag tokens cover exactly the keyword and the flag', () => {
    const text = 'COPY --from=a x y\n';
    const ast = parseDockerfile(text);
    let at = 0;
    const tokens = Array.from(ast.tokens.kinds, (kind, i) => {
      const token = { kind, text: text.slice(at, ast.tokens.ends[i]) };
      at = ast.tokens.ends[i]!;
      return token;
    });
    expect(tokens.find((t) => t.kind === TokenKind.keyword)!.text).toBe('COPY');
    expect(tokens.find((t) => t.kind === TokenKind.flag)!.text).toBe('--from=a');
  });

  it('RUN a \\ / b: argument ranges span the continuation', () => {
    const text = 'RUN a \\\n  b\n';
    const run = parseDockerfile(text).instructions[0]!;
    expect(text.slice(run.argsRange.from, run.argsRange.to)).toBe('a \\\n  b');
    expect(run.segments).toHaveLength(2);
  });
});

describe('parseDockerfile: limits', () => {
  it('a line of 70,000 characters exceeds BuildKit\'s 64 KiB line limit', () => {
    expect(errors(`FROM x\nLABEL a=${'x'.repeat(70_000)}\n`)).toEqual(['dockerfile line greater than max allowed size of 65535']);
  });

  it('a line of 65,535 bytes with its newline is within the limit', () => {
    const line = `LABEL a=${'x'.repeat(65_535 - 8)}`;
    expect(errors(`FROM x\n${line}\n`)).toEqual([]);
  });
});
