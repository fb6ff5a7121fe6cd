import type { Analysis } from '../analyze.ts';
import { refuse, type EditResult } from '../edits/edit-result.ts';
import { instructionAt } from '../language/syntax-at.ts';
import type { FindingRef } from './quick-fix.ts';

/** How to write the command as JSON. */
export type JsonFormStyle = 'words' | 'shell';

/** Commands made only of plain words: splitting them at spaces means the same as the shell would. */
const PLAIN_WORDS = /^[\w@%+=:,./-]+(?:\s+[\w@%+=:,./-]+)*$/;

/**
 * The styles that fit a shell-form command: `words` when it is plain words (the command
 * then runs directly and gets signals), `shell` (`/bin/sh -c "…"`) when it uses shell
 * syntax (quotes, variables, `&&`, pipes…), which keeps its meaning.
 */
export function jsonFormStyles(command: string): JsonFormStyle[] {
  return PLAIN_WORDS.test(command.trim()) ? ['words', 'shell'] : ['shell'];
}

/**
 * JSONArgsRecommended: rewrites a shell-form CMD or ENTRYPOINT in JSON (exec) form, either
 * as its words or as `["/bin/sh", "-c", "<command>"]`. The arguments, continuation lines
 * included, become one line.
 */
export function convertToJsonForm(analysis: Analysis, finding: FindingRef, style: JsonFormStyle): EditResult {
  const instruction = instructionAt(analysis.ast, finding.from);
  if (instruction === null || (instruction.name !== 'CMD' && instruction.name !== 'ENTRYPOINT')) {
    return refuse('Only CMD and ENTRYPOINT are converted to JSON form.');
  }
  if (instruction.form === 'json') return refuse(`This ${instruction.keyword} is already in JSON form.`);
  // BuildKit's shell form keeps the logical line (continuations joined) as one argument.
  const command = instruction.args.map((a) => a.value).join(' ').trim();
  if (command === '') return refuse('There is no command to convert.');
  if (!jsonFormStyles(command).includes(style)) return refuse('This command uses shell syntax; run it through /bin/sh -c.');
  const words = style === 'words' ? command.split(/\s+/) : ['/bin/sh', '-c', command];
  const json = `[${words.map((w) => JSON.stringify(w)).join(', ')}]`;
  return { ok: true, changes: [{ from: instruction.argsRange.from, to: instruction.argsRange.to, insert: json }] };
}
