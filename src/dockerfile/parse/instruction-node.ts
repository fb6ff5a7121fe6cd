import type { Arg, ArgumentForm, Flag, Heredoc, Instruction, KeyValue, Range } from '../ast.ts';
import { InstructionReader, type InstructionDraft, type LineError } from './instruction-line.ts';
import { isInstructionName } from '../instructions.ts';
import { LogicalLine } from './logical-line.ts';

const READER = new InstructionReader();
const NO_HEREDOCS: readonly Heredoc[] = [];
const NO_ERRORS: LineError[] = [];

/**
 * An instruction of the tree. Its outline (keyword, range, lines, heredocs) is read while
 * parsing; its arguments are read by BuildKit's line parsers the first time anything asks
 * for them, then kept. A large file thus parses in one quick pass, and what a consumer
 * never looks at costs nothing. Every field means the same as on {@link Instruction}.
 */
/** What every instruction of one parse shares: one field per node instead of two. */
export interface ParseContext {
  readonly source: string;
  readonly escape: number;
}

export class InstructionNode implements Instruction {
  readonly from: number;
  to: number;
  readonly keyword: string;
  readonly name: string;
  readonly startLine: number;
  endLine: number;
  heredocs: readonly Heredoc[] = NO_HEREDOCS;
  private readonly context: ParseContext;
  /**
   * The pieces of a continued instruction, or `null` for a one-line instruction, whose one
   * piece is `[from, lineTo)`. The joined text is only built when someone asks for it.
   */
  private readonly pieces: readonly Range[] | null;
  private readonly lineTo: number;
  private readonly keywordTo: number;
  private line: LogicalLine | null = null;
  private draft: InstructionDraft | null = null;
  private lineErrors: LineError[] = NO_ERRORS;

  constructor(
    context: ParseContext,
    pieces: readonly Range[] | null,
    lineTo: number,
    keywordFrom: number,
    keywordTo: number,
    keyword: string,
    name: string,
    startLine: number,
  ) {
    this.context = context;
    this.pieces = pieces;
    this.lineTo = lineTo;
    this.from = keywordFrom;
    this.to = keywordTo;
    this.keywordTo = keywordTo;
    this.keyword = keyword;
    this.name = name;
    this.startLine = startLine;
    this.endLine = startLine;
  }

  get known(): boolean {
    return isInstructionName(this.name);
  }

  get keywordRange(): Range {
    return { from: this.from, to: this.keywordTo };
  }

  /** The joined logical line, made on first use. */
  get logicalLine(): LogicalLine {
    this.line ??= new LogicalLine(this.context.source, this.pieces ?? [{ from: this.from, to: this.lineTo }]);
    return this.line;
  }

  get logical(): string {
    return this.logicalLine.text;
  }

  get segments(): readonly Range[] {
    return this.logicalLine.segments;
  }

  get flags(): readonly Flag[] {
    return this.details().flags;
  }

  get args(): readonly Arg[] {
    return this.details().args;
  }

  get argsRange(): Range {
    return this.details().argsRange;
  }

  get form(): ArgumentForm {
    return this.details().form;
  }

  get keyValues(): readonly KeyValue[] {
    return this.details().keyValues;
  }

  get trigger(): Instruction | null {
    return this.details().trigger;
  }

  /** What BuildKit's line parsers refuse in this instruction (e.g. `ENV PATH` with no value). */
  get errors(): readonly LineError[] {
    this.details();
    return this.lineErrors;
  }

  private details(): InstructionDraft {
    if (this.draft === null) {
      const errors: LineError[] = [];
      const line = this.logicalLine;
      this.draft = READER.read(line, 0, line.text.length, this.context.escape, errors, this.startLine);
      if (errors.length > 0) this.lineErrors = errors;
      if (this.draft.trigger !== null) this.draft.trigger.endLine = this.endLine;
    }
    return this.draft;
  }
}
