import type { Instruction } from '../ast.ts';

/**
 * An instruction's arguments on one line, for prose: the JSON form's words joined by
 * spaces (a word with a blank in it quoted), the shell form's command as BuildKit reads it.
 */
export function argumentsText(instruction: Instruction): string {
  if (instruction.form === 'json') return instruction.args.map((a) => (/\s/.test(a.value) || a.value === '' ? JSON.stringify(a.value) : a.value)).join(' ');
  return instruction.args.map((a) => a.value).join(' ').replace(/\s+/g, ' ').trim();
}

/** The text after the keyword (flags included) on one line: `--interval=5s CMD curl -f …`. */
export function afterKeyword(instruction: Instruction): string {
  return instruction.logical.slice(instruction.keyword.length).replace(/\s+/g, ' ').trim();
}

/** The value of a flag such as `--from`, or `null` when the instruction has none. */
export function flagValue(instruction: Instruction, name: string): string | null {
  return instruction.flags.find((f) => f.name === name)?.value ?? null;
}
