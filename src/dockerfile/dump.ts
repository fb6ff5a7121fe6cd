import type { DockerfileAst, Instruction } from './ast.ts';
import { goQuote } from './parse/go-quote.ts';

/**
 * One instruction in BuildKit's `Node.Dump()` form: `run ["--flag"] "arg" "arg"`.
 * An unknown instruction dumps one empty argument, because BuildKit's `parseIgnore`
 * leaves an empty node behind it.
 */
export function dumpInstruction(instruction: Instruction): string {
  let out = instruction.keyword.toLowerCase();
  if (instruction.flags.length > 0) out += ` [${instruction.flags.map((f) => goQuote(f.word)).join(' ')}]`;
  if (instruction.trigger !== null) out += ` (${dumpInstruction(instruction.trigger)})`;
  else if (!instruction.known) out += ' ""';
  else for (const arg of instruction.args) out += ` ${goQuote(arg.value)}`;
  return out.trim();
}

/** The whole tree in BuildKit's dump format, one `(…)` line per instruction, newline-terminated. */
export function dumpDockerfile(ast: DockerfileAst): string {
  if (ast.instructions.length === 0) return '';
  return ast.instructions.map((i) => `(${dumpInstruction(i)})`).join('\n') + '\n';
}
