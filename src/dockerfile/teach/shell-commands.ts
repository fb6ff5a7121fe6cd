import type { Instruction } from '../ast.ts';

/**
 * The simple commands of a RUN, each as its words with quotes removed.
 *
 * This is not a shell: it only needs to find `apt-get install gcc` inside
 * `set -eux; apt-get update && apt-get install -y gcc`. It splits on `&&`, `||`, `;`, `|`,
 * `&` and line breaks outside quotes, and on blanks inside a command. Variables stay as
 * written (`$TARGETARCH`); what they expand to is the ARG scope's business, not this one's.
 */
export function simpleCommands(script: string): string[][] {
  const commands: string[][] = [];
  let words: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  const endWord = () => {
    if (inWord) words.push(word);
    word = '';
    inWord = false;
  };
  const endCommand = () => {
    endWord();
    if (words.length > 0) commands.push(words);
    words = [];
  };
  for (let i = 0; i < script.length; i++) {
    const ch = script[i]!;
    if (quote !== null) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && i + 1 < script.length) word += script[++i]!;
      else word += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < script.length) {
      // An escaped line break joins lines (heredoc bodies keep them); any other escape is literal.
      const next = script[++i]!;
      if (next !== '\n') {
        word += next;
        inWord = true;
      } else endWord();
    } else if (ch === '#' && !inWord) {
      // A comment runs to the end of the line.
      while (i + 1 < script.length && script[i + 1] !== '\n') i++;
    } else if (ch === ';' || ch === '|' || ch === '&' || ch === '\n' || ch === '(' || ch === ')') {
      endCommand();
    } else if (ch === ' ' || ch === '\t' || ch === '\r') endWord();
    else {
      word += ch;
      inWord = true;
    }
  }
  endCommand();
  return commands;
}

/**
 * The script a RUN runs: its shell-form command, its JSON words (the `-c` script of
 * `["sh", "-c", "…"]`), and the bodies of its heredocs.
 */
export function runScript(instruction: Instruction): string {
  const parts: string[] = [];
  if (instruction.form === 'json') {
    const values = instruction.args.map((a) => a.value);
    const shell = values.length >= 3 && /(^|\/)(ba|da|a)?sh$/.test(values[0]!) && values[1] === '-c';
    parts.push(shell ? values[2]! : values.map((v) => (/\s/.test(v) ? `'${v}'` : v)).join(' '));
  } else {
    const command = instruction.args.map((a) => a.value).join(' ');
    // `RUN <<EOF` names a heredoc whose body is the script; the `<<EOF` word itself is not a command.
    parts.push(instruction.heredocs.length > 0 ? command.replace(/\d*<<-?\S+/g, '') : command);
  }
  for (const heredoc of instruction.heredocs) parts.push(heredoc.content);
  return parts.join('\n');
}

/** Shell keywords that open or close a compound command rather than run anything. */
const KEYWORDS = new Set(['if', 'then', 'else', 'elif', 'fi', 'for', 'while', 'until', 'do', 'done', 'case', 'esac', '{', '}', '!']);

/**
 * The simple commands a RUN runs, as words: `sh -c '…'` is opened up, and the keywords of
 * compound commands (`then make`, `do echo`) are dropped, with the loop headers they start
 * (`for f in …`, `while …`, `if …`'s condition stays, since it is a command too).
 */
export function runCommands(instruction: Instruction): string[][] {
  const out: string[][] = [];
  const visit = (script: string, depth: number) => {
    for (const words of simpleCommands(script)) {
      let start = 0;
      while (start < words.length && KEYWORDS.has(words[start]!)) start++;
      if (words[0] === 'for' || words[0] === 'case') continue;
      const command = words.slice(start);
      if (command.length === 0) continue;
      const shell = /(^|\/)(ba|da|a)?sh$/.test(command[0]!) && command[1] === '-c' && command[2] !== undefined;
      if (shell && depth < 2) visit(command[2]!, depth + 1);
      else out.push(command);
    }
  };
  visit(runScript(instruction), 0);
  return out;
}
