import type { DockerfileAst, Instruction, Range } from '../../ast.ts';
import type { LintFinding, LintRule } from '../rule.ts';
import { argWords } from './support/global-scope.ts';

interface Comment extends Range {
  /** What BuildKit keeps of the line: the line less its first character, trimmed. */
  readonly text: string;
}

/**
 * BuildKit's `PrevComment` of every instruction: the comment lines since the previous
 * instruction, where an empty `#` line starts the list afresh (a blank line does not).
 * BuildKit drops the line's first byte before trimming, so an indented `  # foo` is kept
 * as `# foo`; that is reproduced here.
 */
function previousComments(ast: DockerfileAst): Map<Instruction, Comment[]> {
  const source = ast.source;
  const out = new Map<Instruction, Comment[]>();
  let c = 0;
  let previousEnd = 0;
  for (const instruction of ast.instructions) {
    let comments: Comment[] = [];
    for (; c < ast.comments.length && ast.comments[c]!.from < instruction.from; c++) {
      const range = ast.comments[c]!;
      // Comment lines inside the previous instruction's continuation are not PrevComments.
      if (range.from < previousEnd) continue;
      let lineStart = source.lastIndexOf('\n', range.from - 1) + 1;
      if (lineStart === 0 && source.charCodeAt(0) === 0xfeff) lineStart = 1;
      const text = source.slice(lineStart + 1, range.to).trim();
      if (text === '') comments = [];
      else comments.push({ from: range.from, to: range.to, text });
    }
    out.set(instruction, comments);
    previousEnd = instruction.to;
  }
  return out;
}

/** The names a description comment may start with: the stage name, or the ARG's keys. */
function definedNames(instruction: Instruction): string[] {
  if (instruction.name === 'ARG') return argWords(instruction).map((word) => word.name);
  if (instruction.name === 'FROM' && instruction.args.length === 3 && instruction.args[1]!.value.toLowerCase() === 'as') {
    return [instruction.args[2]!.value.toLowerCase()];
  }
  return [];
}

/**
 * InvalidDefinitionDescription (experimental in BuildKit, hence `info`): a comment right
 * above a named FROM or an ARG is read as its description (`docker buildx build --call
 * outline`) and should start with the name it describes: `# version the release to build`.
 */
export const invalidDefinitionDescription: LintRule = {
  name: 'InvalidDefinitionDescription',
  source: 'buildkit',
  severity: 'info',
  experimental: true,
  description:
    'Comment for build stage or argument should follow the format: `# <arg/stage name> <description>`. If this is not intended to be a description comment, add an empty line or comment between the instruction and the comment.',
  check({ ast }) {
    const comments = previousComments(ast);
    const findings: LintFinding[] = [];
    for (const instruction of ast.instructions) {
      const names = definedNames(instruction);
      const last = comments.get(instruction)?.at(-1);
      if (names.length === 0 || last === undefined) continue;
      if (names.includes(last.text.split(' ')[0]!)) continue;
      const example = names.length > 1 ? '<arg_key>' : names[0]!;
      findings.push({ from: last.from, to: last.to, message: `Comment for ${instruction.name} should follow the format: \`# ${example} <description>\`` });
    }
    return findings;
  },
};
