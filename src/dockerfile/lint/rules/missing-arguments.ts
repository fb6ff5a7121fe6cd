import type { Instruction } from '../../ast.ts';
import type { LintFinding, LintRule } from '../rule.ts';
import { withTriggers } from './support/find.ts';

/** Instructions BuildKit's `instructions/parse.go` rejects without arguments. */
const AT_LEAST_ONE: ReadonlySet<string> = new Set(['ARG', 'ENV', 'EXPOSE', 'HEALTHCHECK', 'LABEL', 'ONBUILD', 'SHELL', 'VOLUME']);
const EXACTLY_ONE: ReadonlySet<string> = new Set(['MAINTAINER', 'STOPSIGNAL', 'USER', 'WORKDIR']);
const SOURCE_AND_DEST: ReadonlySet<string> = new Set(['ADD', 'COPY']);

function problem(instruction: Instruction): string | null {
  const { name, args } = instruction;
  if (SOURCE_AND_DEST.has(name)) {
    // A heredoc (`COPY <<EOF /dst`) is an argument like any other source.
    return args.length < 2
      ? `${name} requires at least two arguments, but only one was provided. Destination could not be determined`
      : null;
  }
  if (EXACTLY_ONE.has(name)) return args.length === 1 ? null : `${name} requires exactly one argument`;
  if (AT_LEAST_ONE.has(name)) {
    if (name === 'ONBUILD') return instruction.trigger === null ? `${name} requires at least one argument` : null;
    if (name === 'ENV' || name === 'LABEL') {
      // `ENV key` (one word) is the parser's own error; only a bare `ENV` is missing arguments.
      return instruction.argsRange.from === instruction.argsRange.to ? `${name} requires at least one argument` : null;
    }
    if (args.length === 0) return `${name} requires at least one argument`;
    if (name === 'HEALTHCHECK' && args.length === 1 && args[0]!.value.toUpperCase() === 'CMD') {
      return 'Missing command after HEALTHCHECK CMD';
    }
  }
  // RUN, CMD and ENTRYPOINT may be empty: BuildKit accepts `RUN` alone. FROM is the model's.
  return null;
}

/**
 * MissingArguments: an instruction with fewer arguments than BuildKit requires, with
 * BuildKit's own messages ("WORKDIR requires exactly one argument", …).
 */
export const missingArguments: LintRule = {
  name: 'MissingArguments',
  source: 'syntax',
  severity: 'error',
  description: 'The instruction lacks arguments that BuildKit requires.',
  check({ ast }) {
    const findings: LintFinding[] = [];
    for (const instruction of withTriggers(ast)) {
      const message = problem(instruction);
      if (message !== null) findings.push({ ...instruction.keywordRange, message });
    }
    return findings;
  },
};
