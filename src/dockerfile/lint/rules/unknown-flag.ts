import type { Flag, Instruction, Range } from '../../ast.ts';
import type { LintFinding, LintRule } from '../rule.ts';
import { withTriggers } from './support/find.ts';

/** The flags each instruction declares in BuildKit's `instructions/parse.go`. */
const FLAGS: Readonly<Record<string, readonly string[]>> = {
  FROM: ['platform'],
  COPY: ['from', 'chown', 'chmod', 'link', 'parents', 'exclude'],
  ADD: ['chown', 'chmod', 'link', 'keep-git-dir', 'checksum', 'exclude', 'unpack'],
  RUN: ['mount', 'network', 'security', 'device'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};

/** BuildKit never parses the flags of these, so any flag there is silently ignored. */
const FLAGS_IGNORED: ReadonlySet<string> = new Set(['ARG', 'STOPSIGNAL']);

function allowedFlags(instruction: Instruction): readonly string[] | null {
  if (!instruction.known || FLAGS_IGNORED.has(instruction.name)) return null;
  // `HEALTHCHECK NONE` returns before BuildKit declares or parses any flag.
  if (instruction.name === 'HEALTHCHECK' && instruction.args[0]?.value.toUpperCase() === 'NONE') return null;
  return FLAGS[instruction.name] ?? [];
}

/** `--name` of `--name=value`, where the source allows it; the whole flag otherwise. */
function nameRange(source: string, flag: Flag): Range {
  const to = flag.from + 2 + flag.name.length;
  return source.slice(flag.from, to) === `--${flag.name}` ? { from: flag.from, to } : flag;
}

/**
 * UnknownFlag: a flag the instruction does not take (`ADD --from`, `COPY --platform`).
 * BuildKit matches flag names exactly, so `--FROM` is unknown too.
 */
export const unknownFlag: LintRule = {
  name: 'UnknownFlag',
  source: 'syntax',
  severity: 'error',
  description: 'The instruction does not take this flag.',
  check({ ast }) {
    const findings: LintFinding[] = [];
    for (const instruction of withTriggers(ast)) {
      const allowed = allowedFlags(instruction);
      if (allowed === null) continue;
      for (const flag of instruction.flags) {
        if (!allowed.includes(flag.name)) findings.push({ ...nameRange(ast.source, flag), message: `unknown flag: ${flag.name}` });
      }
    }
    return findings;
  },
};
