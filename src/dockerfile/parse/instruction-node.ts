import type { Arg, ArgumentForm, Flag, Heredoc, Instruction, KeyValue, Range } from '../ast.ts';
import { InstructionReader, type InstructionDraft, type LineError, type Spelling } from './instruction-line.ts';
import { isInstructionName } from '../instructions.ts';
import { LogicalLine } from './logical-line.ts';

const READER = new InstructionReader();
const NO_HEREDOCS: readonly Heredoc[] = [];
const NO_ERRORS: LineError[] = [];

/** What every instruction of one parse shares: one field per node instead of two. */
export interface ParseContext {
  readonly source: string;
  readonly escape: number;
}

/** What an instruction reads on first use: its joined line and BuildKit's reading of it. */
interface LazyParts {
  readonly line: LogicalLine;
  draft: InstructionDraft | null;
  errors: LineError[];
}

/**
 * An instruction of the tree. Its outline (keyword, range, lines, heredocs) is read while
 * parsing; its arguments are read by BuildKit's line parsers the first time anything asks
 * for them, then kept. A large file thus parses in one quick pass, and what a consumer
 * never looks at costs nothing. Every field means the same as on {@link Instruction}.
 *
 * A large file's tree is mostly these nodes, and the young-generation garbage collector
 * copies every one that is alive while a parse runs, so a node keeps as few fields as it can:
 * shared spelling and context, and its pieces as plain numbers.
 */
export class InstructionNode implements Instruction {
  readonly from: number;
  to: number;
  readonly startLine: number;
  endLine: number;
  heredocs: readonly Heredoc[] = NO_HEREDOCS;
  private readonly spelling: Spelling;
  private readonly context: ParseContext;
  /**
   * Where the lines of the instruction are: for a one-line instruction the end of its one
   * piece `[from, end)`; for a continued one, the pieces as `from, to` pairs. The joined text
   * is only built when someone asks for it.
   */
  private readonly pieces: number | readonly number[];
  private readonly keywordTo: number;
  private lazy: LazyParts | null = null;

  constructor(
    context: ParseContext,
    pieces: number | readonly number[],
    keywordFrom: number,
    keywordTo: number,
    spelling: Spelling,
    startLine: number,
  ) {
    this.context = context;
    this.pieces = pieces;
    this.from = keywordFrom;
    this.to = keywordTo;
    this.keywordTo = keywordTo;
    this.spelling = spelling;
    this.startLine = startLine;
    this.endLine = startLine;
  }

  get keyword(): string {
    return this.spelling.keyword;
  }

  get name(): string {
    return this.spelling.name;
  }

  get known(): boolean {
    return isInstructionName(this.name);
  }

  get keywordRange(): Range {
    return { from: this.from, to: this.keywordTo };
  }

  /** The joined logical line, made on first use. */
  get logicalLine(): LogicalLine {
    return this.parts().line;
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
    const parts = this.parts();
    this.details();
    return parts.errors;
  }

  private parts(): LazyParts {
    if (this.lazy === null) {
      const pieces = this.pieces;
      const line =
        typeof pieces === 'number'
          ? new LogicalLine(this.context.source, [{ from: this.from, to: pieces }])
          : LogicalLine.fromPieces(this.context.source, pieces);
      this.lazy = { line, draft: null, errors: NO_ERRORS };
    }
    return this.lazy;
  }

  private details(): InstructionDraft {
    const parts = this.parts();
    if (parts.draft === null) {
      const errors: LineError[] = [];
      const line = parts.line;
      parts.draft = READER.read(line, 0, line.text.length, this.context.escape, errors, this.startLine);
      if (errors.length > 0) parts.errors = errors;
      if (parts.draft.trigger !== null) parts.draft.trigger.endLine = this.endLine;
    }
    return parts.draft;
  }
}
