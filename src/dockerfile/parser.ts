import type { Diagnostic, Directive, DockerfileAst, Heredoc, Instruction, Range } from './ast.ts';
import { TokenKind } from './ast.ts';
import { isRegexpSpace, skipSpaces, utf8Length } from './chars.ts';
import { heredocsFromLine } from './parse/heredoc-words.ts';
import { InstructionNode, type ParseContext } from './parse/instruction-node.ts';
import { CommandSplitter } from './parse/split-command.ts';
import { spellingAt } from './parse/instruction-line.ts';
import { LogicalLine } from './parse/logical-line.ts';
import { ruleUrl } from './rule-url.ts';

/** BuildKit reads lines with Go's `bufio.Scanner`, whose token limit is 64 KiB. */
const MAX_LINE_BYTES = 64 * 1024;
const VALID_DIRECTIVES: ReadonlySet<string> = new Set(['syntax', 'escape', 'check']);
const HEREDOC_INSTRUCTIONS: ReadonlySet<string> = new Set(['RUN', 'COPY', 'ADD']);
/** Instructions whose line can announce heredocs: those above, and ONBUILD with one of them. */
const HEREDOC_HOSTS: ReadonlySet<string> = new Set(['RUN', 'COPY', 'ADD', 'ONBUILD']);
const NO_HEREDOCS: readonly Heredoc[] = [];
const BACKSLASH = 0x5c;
const BACKTICK = 0x60;
const HASH = 0x23;

/** How one physical line of an instruction is tokenised. */
const LINE_SEGMENT = 0;
const LINE_COMMENT = 1;
const LINE_EMPTY = 2;
const LESS = 0x3c;

/**
 * Parses a Dockerfile the way BuildKit's `parser.Parse` does, keeping every offset.
 *
 * It never throws. Where BuildKit would stop with an error, this records a diagnostic and
 * carries on, so that an editor can show the rest of the file.
 */
export function parseDockerfile(source: string): DockerfileAst {
  return new DockerfileParser(source).parse();
}

class DockerfileParser {
  private readonly source: string;
  private pos = 0;
  private lineNumber = 0;
  private escape = BACKSLASH;
  private directivesDone = false;
  private readonly seenDirectives = new Set<string>();
  /** Tokens in typed arrays, grown by doubling: numbers the garbage collector never scans. */
  private kinds = new Uint8Array(1024);
  private ends = new Uint32Array(1024);
  private tokenCount = 0;
  private readonly directives: Directive[] = [];
  private readonly instructions: InstructionNode[] = [];
  private readonly comments: Range[] = [];
  private readonly emptyContinuations: Range[] = [];
  private readonly diagnostics: Diagnostic[] = [];
  /** The physical line last read by nextLine(): content is [lineStart, lineEnd), the next line starts at lineNext. */
  private lineStart = 0;
  private lineEnd = 0;
  private lineNext = 0;
  /**
   * The lines of the instruction being read, as parallel number arrays reused for every
   * instruction: objects per line would be most of the parser's garbage.
   */
  private scratchCount = 0;
  private readonly scratchKind: number[] = [];
  private readonly scratchContent: number[] = [];
  private readonly scratchSegmentEnd: number[] = [];
  private readonly scratchEnd: number[] = [];
  private readonly scratchNext: number[] = [];
  private context: ParseContext;
  /**
   * Keyword and flag marks of the current instruction, as (from, to, kind) triples counted
   * by markCount. Reused, never truncated: `length = 0` would free the backing store and
   * make every instruction allocate a new one.
   */
  private readonly marks: number[] = [];
  private markCount = 0;
  private readonly splitter = new CommandSplitter();

  constructor(source: string) {
    this.source = source;
    this.context = { source, escape: BACKSLASH };
  }

  parse(): DockerfileAst {
    const source = this.source;
    if (source.charCodeAt(0) === 0xfeff) {
      this.emit(TokenKind.bom, 1);
      this.pos = 1;
    }
    while (this.pos < source.length) {
      this.nextLine();
      const end = this.lineEnd;
      const contentStart = skipSpaces(source, this.lineStart, end);
      const isDirective = !this.directivesDone && this.readDirective(contentStart, end);
      if (contentStart < end && source.charCodeAt(contentStart) === HASH) {
        this.emit(TokenKind.whitespace, contentStart);
        this.emit(isDirective ? TokenKind.directive : TokenKind.comment, end);
        this.emit(TokenKind.newline, this.lineNext);
        if (!isDirective) this.comments.push({ from: contentStart, to: end });
        continue;
      }
      if (contentStart === end) {
        this.emit(TokenKind.whitespace, end);
        this.emit(TokenKind.newline, this.lineNext);
        continue;
      }
      this.readInstructionAt(contentStart);
    }
    if (this.instructions.length === 0) {
      this.error('file with no instructions', { from: source.length, to: source.length });
    }
    const instructions = this.instructions;
    const parseDiagnostics = this.diagnostics;
    let diagnostics: Diagnostic[] | null = null;
    return {
      source,
      escape: this.escape === BACKTICK ? '`' : '\\',
      directives: this.directives,
      instructions,
      comments: this.comments,
      emptyContinuations: this.emptyContinuations,
      tokens: { kinds: this.kinds.subarray(0, this.tokenCount), ends: this.ends.subarray(0, this.tokenCount) },
      // Line-parser errors need each instruction's arguments read; that happens on first look.
      get diagnostics(): readonly Diagnostic[] {
        if (diagnostics === null) {
          diagnostics = [...parseDiagnostics];
          for (const instruction of instructions) {
            for (const e of instruction.errors) diagnostics.push(syntaxError(e.message, e));
          }
          diagnostics.sort((a, b) => a.from - b.from);
        }
        return diagnostics;
      },
    };
  }

  /** Reads the physical line at `pos` into lineStart/lineEnd/lineNext and checks BuildKit's length limit. */
  private nextLine(): void {
    const source = this.source;
    const start = this.pos;
    const newline = source.indexOf('\n', start);
    const lineEnd = newline < 0 ? source.length : newline;
    const next = newline < 0 ? source.length : newline + 1;
    let end = lineEnd;
    while (end > start && source.charCodeAt(end - 1) === 0x0d) end--;
    this.pos = next;
    this.lineNumber++;
    this.lineStart = start;
    this.lineEnd = end;
    this.lineNext = next;
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit, so short lines need no count.
    if (lineEnd - start >= MAX_LINE_BYTES / 3) {
      const bytes = utf8Length(source, start, lineEnd) + (newline < 0 ? 0 : 1);
      if (bytes > MAX_LINE_BYTES || (newline < 0 && bytes >= MAX_LINE_BYTES)) {
        this.error(`dockerfile line greater than max allowed size of ${MAX_LINE_BYTES - 1}`, { from: start, to: lineEnd });
      }
    }
  }

  /**
   * BuildKit's directive parser: `^#\s*([a-zA-Z][a-zA-Z0-9]*)\s*=\s*(.+?)\s*$` on the
   * left-trimmed line. The first line that is not a known directive ends the search.
   */
  private readDirective(from: number, to: number): boolean {
    const source = this.source;
    let at = from;
    const fail = () => {
      this.directivesDone = true;
      return false;
    };
    if (source.charCodeAt(at) !== HASH || at >= to) return fail();
    at++;
    while (at < to && isRegexpSpace(source.charCodeAt(at))) at++;
    const nameFrom = at;
    if (!isAsciiLetter(source.charCodeAt(at))) return fail();
    while (at < to && (isAsciiLetter(source.charCodeAt(at)) || isAsciiDigit(source.charCodeAt(at)))) at++;
    const nameTo = at;
    while (at < to && isRegexpSpace(source.charCodeAt(at))) at++;
    if (at >= to || source.charCodeAt(at) !== 0x3d) return fail();
    at++;
    const afterEquals = at;
    while (at < to && isRegexpSpace(source.charCodeAt(at))) at++;
    let valueFrom = at;
    let valueTo = to;
    while (valueTo > valueFrom && isRegexpSpace(source.charCodeAt(valueTo - 1))) valueTo--;
    if (valueFrom === valueTo) {
      // The lazy `(.+?)` backtracks into the spaces: the value is the last space of them.
      if (at === afterEquals) return fail();
      valueFrom = at - 1;
      valueTo = at;
    }
    const name = source.slice(nameFrom, nameTo).toLowerCase();
    if (!VALID_DIRECTIVES.has(name)) return fail();
    const value = source.slice(valueFrom, valueTo);
    const range = { from, to };
    if (this.seenDirectives.has(name)) {
      this.error(`only one ${name} parser directive can be used`, range);
      return true;
    }
    this.seenDirectives.add(name);
    if (name === 'escape') {
      if (value === '\\' || value === '`') this.escape = value.charCodeAt(0);
      else this.error(`invalid escape token '${value}' does not match \` or \\`, { from: valueFrom, to: valueTo });
    }
    this.directives.push({
      name,
      value,
      from,
      to,
      nameRange: { from: nameFrom, to: nameTo },
      valueRange: { from: valueFrom, to: valueTo },
      line: this.lineNumber,
    });
    return true;
  }

  /**
   * Where a line continues: the escape character, then only spaces and tabs, not itself
   * escaped (BuildKit's `([^\\])\\[ \t]*$|^\\[ \t]*$`). Returns the escape's offset or -1.
   */
  private continuationAt(from: number, to: number): number {
    const source = this.source;
    let at = to;
    while (at > from) {
      const code = source.charCodeAt(at - 1);
      if (code !== 0x20 && code !== 0x09) break;
      at--;
    }
    if (at === from || source.charCodeAt(at - 1) !== this.escape) return -1;
    const escapeAt = at - 1;
    if (escapeAt > from && source.charCodeAt(escapeAt - 1) === this.escape) return -1;
    return escapeAt;
  }

  /** Records one physical line of the current instruction in the scratch arrays. */
  private pushLine(kind: number, contentStart: number, segmentEnd: number): void {
    const i = this.scratchCount++;
    this.scratchKind[i] = kind;
    this.scratchContent[i] = contentStart;
    this.scratchSegmentEnd[i] = segmentEnd;
    this.scratchEnd[i] = this.lineEnd;
    this.scratchNext[i] = this.lineNext;
  }

  private readInstructionAt(contentStart: number): void {
    const source = this.source;
    const startLine = this.lineNumber;
    this.scratchCount = 0;
    let escapeAt = this.continuationAt(contentStart, this.lineEnd);
    let segmentEnd = escapeAt < 0 ? this.lineEnd : escapeAt;
    this.pushLine(LINE_SEGMENT, contentStart, segmentEnd);
    // Most instructions are one line: their segment stays two numbers, no array.
    const firstEnd = segmentEnd;
    let pieces: number[] | null = null;
    while (escapeAt >= 0 && this.pos < source.length) {
      this.nextLine();
      const { lineStart, lineEnd } = this;
      const text = skipSpaces(source, lineStart, lineEnd);
      if (text < lineEnd && source.charCodeAt(text) === HASH) {
        this.pushLine(LINE_COMMENT, text, lineEnd);
        this.comments.push({ from: text, to: lineEnd });
        continue;
      }
      if (text === lineEnd) {
        this.pushLine(LINE_EMPTY, lineStart, lineEnd);
        this.emptyContinuations.push({ from: lineStart, to: lineEnd });
        continue;
      }
      escapeAt = this.continuationAt(lineStart, lineEnd);
      segmentEnd = escapeAt < 0 ? lineEnd : escapeAt;
      this.pushLine(LINE_SEGMENT, lineStart, segmentEnd);
      pieces ??= [contentStart, firstEnd];
      pieces.push(lineStart, segmentEnd);
    }
    const lastEnd = this.scratchEnd[this.scratchCount - 1]!;

    // BuildKit joins a continued line before it splits off the keyword and flags. The parser
    // reads them from the pieces in place when no word straddles two pieces (nearly always),
    // and joins only when one does, so offsets need no mapping and no string is built.
    const splitter = this.splitter;
    const logical = pieces === null || splitter.splitPieces(source, pieces) ? null : LogicalLine.fromPieces(source, pieces);
    const text = logical === null ? source : logical.text;
    if (pieces === null) splitter.split(source, contentStart, firstEnd);
    else if (logical !== null) splitter.split(text, 0, text.length);
    if (this.context.escape !== this.escape) this.context = { source, escape: this.escape };
    const spelling = spellingAt(text, splitter.keywordFrom, splitter.keywordTo);
    const name = spelling.name;
    const keywordFrom = logical === null ? splitter.keywordFrom : logical.sourceFrom(splitter.keywordFrom);
    const keywordTo =
      splitter.keywordTo <= splitter.keywordFrom
        ? keywordFrom
        : logical === null
          ? splitter.keywordTo
          : logical.sourceTo(splitter.keywordTo);
    const instruction = new InstructionNode(this.context, pieces ?? firstEnd, keywordFrom, keywordTo, spelling, startLine);
    this.markCount = 0;
    if (name === 'ONBUILD') {
      // The trigger's keyword and flags are tokens too; ONBUILD is rare, so read it all now.
      for (let d: Instruction | null = instruction; d !== null; d = d.trigger) {
        this.mark(d.keywordRange.from, d.keywordRange.to, TokenKind.keyword);
        for (const flag of d.flags) this.mark(flag.from, flag.to, TokenKind.flag);
      }
    } else {
      this.mark(keywordFrom, keywordTo, TokenKind.keyword);
      for (let i = 0; i < splitter.flagCount; i++) {
        const from = splitter.flagFrom(i);
        const to = splitter.flagTo(i);
        if (logical === null) this.mark(from, to, TokenKind.flag);
        else this.mark(logical.sourceFrom(from), logical.sourceTo(to), TokenKind.flag);
      }
    }
    this.emitInstructionLines();

    const heredocs =
      HEREDOC_HOSTS.has(name) && hasHeredocMarker(source, pieces, contentStart, firstEnd) ? this.readHeredocs(instruction) : NO_HEREDOCS;
    if (heredocs.length > 0) instruction.heredocs = heredocs;
    instruction.to = heredocs.length > 0 ? heredocs[heredocs.length - 1]!.to : lastEnd;
    instruction.endLine = this.lineNumber;
    this.instructions.push(instruction);
  }

  /** Reads the bodies of the heredocs the instruction line announces, in order. */
  private readHeredocs(draft: InstructionNode): Heredoc[] {
    const logical = draft.logicalLine;
    const target = draft.name === 'ONBUILD' && draft.trigger !== null ? draft.trigger : draft;
    if (!HEREDOC_INSTRUCTIONS.has(target.name) || target.form === 'json') return [];
    const source = this.source;
    const heredocs: Heredoc[] = [];
    for (const word of heredocsFromLine(logical.text, 0, logical.text.length)) {
      const bodyFrom = this.pos;
      let terminator: { start: number; end: number; next: number } | null = null;
      let content = '';
      while (this.pos < source.length) {
        this.nextLine();
        const { lineStart, lineEnd } = this;
        let candidate = lineStart;
        if (word.chomp) while (candidate < lineEnd && source.charCodeAt(candidate) === 0x09) candidate++;
        if (lineEnd - candidate === word.name.length && source.startsWith(word.name, candidate)) {
          terminator = { start: lineStart, end: lineEnd, next: this.lineNext };
          break;
        }
        content += source.slice(lineStart, this.lineNext);
      }
      const bodyTo = terminator === null ? this.pos : terminator.start;
      const wordRange = logical.sourceRange(word.from, word.to);
      this.emit(TokenKind.heredocBody, bodyTo);
      if (terminator !== null) {
        this.emit(TokenKind.heredocTerminator, terminator.end);
        this.emit(TokenKind.newline, terminator.next);
      } else {
        this.error('unterminated heredoc', { from: wordRange.from, to: wordRange.to });
      }
      heredocs.push({
        name: word.name,
        fd: word.fd,
        chomp: word.chomp,
        expand: word.expand,
        word: wordRange,
        body: { from: bodyFrom, to: bodyTo },
        terminator: terminator === null ? null : { from: terminator.start, to: terminator.end },
        content,
        from: wordRange.from,
        to: terminator === null ? trimEnd(source, bodyFrom, bodyTo) : terminator.end,
      });
    }
    return heredocs;
  }

  /**
   * Emits the tokens of the instruction's own lines: the keyword and flags marked, the rest
   * text. Marks come in source order already (keyword, flags, then ONBUILD's trigger keyword
   * and flags), so one forward walk clips them to each line's segment.
   */
  private emitInstructionLines(): void {
    const marks = this.marks;
    const markEnd = this.markCount;
    let mark = 0;
    const count = this.scratchCount;
    for (let i = 0; i < count; i++) {
      const kind = this.scratchKind[i]!;
      const contentStart = this.scratchContent[i]!;
      const end = this.scratchEnd[i]!;
      this.emit(TokenKind.whitespace, contentStart);
      if (kind === LINE_COMMENT) {
        this.emit(TokenKind.comment, end);
      } else if (kind === LINE_SEGMENT) {
        const segmentEnd = this.scratchSegmentEnd[i]!;
        while (mark < markEnd && marks[mark + 1]! <= contentStart) mark += 3;
        for (let m = mark; m < markEnd && marks[m]! < segmentEnd; m += 3) {
          this.emit(TokenKind.text, Math.max(marks[m]!, contentStart));
          this.emit(marks[m + 2]! as TokenKind, Math.min(marks[m + 1]!, segmentEnd));
        }
        this.emit(TokenKind.text, segmentEnd);
        this.emit(TokenKind.continuation, end);
      } else {
        this.emit(TokenKind.whitespace, end);
      }
      this.emit(TokenKind.newline, this.scratchNext[i]!);
    }
  }

  private mark(from: number, to: number, kind: TokenKind): void {
    const at = this.markCount;
    this.marks[at] = from;
    this.marks[at + 1] = to;
    this.marks[at + 2] = kind;
    this.markCount = at + 3;
  }

  private emit(kind: TokenKind, end: number): void {
    const count = this.tokenCount;
    const last = count === 0 ? 0 : this.ends[count - 1]!;
    if (end <= last) return;
    if (kind === TokenKind.text && count > 0 && this.kinds[count - 1] === kind) {
      this.ends[count - 1] = end;
      return;
    }
    if (count === this.ends.length) {
      const kinds = new Uint8Array(count * 2);
      kinds.set(this.kinds);
      this.kinds = kinds;
      const ends = new Uint32Array(count * 2);
      ends.set(this.ends);
      this.ends = ends;
    }
    this.kinds[count] = kind;
    this.ends[count] = end;
    this.tokenCount = count + 1;
  }

  private error(message: string, range: Range): void {
    this.diagnostics.push(syntaxError(message, range));
  }
}

/**
 * Whether an instruction's joined line holds `<<`, which may start a heredoc: its pieces
 * (`from, to` pairs), or for a one-line instruction the one piece `[from, to)`. A bounded
 * walk, piece by piece: `indexOf` would search on past the line, to the end of the file.
 */
function hasHeredocMarker(source: string, pieces: readonly number[] | null, from: number, to: number): boolean {
  const count = pieces === null ? 2 : pieces.length;
  let previousEndsWithLess = false;
  for (let i = 0; i < count; i += 2) {
    const pieceFrom = pieces === null ? from : pieces[i]!;
    const pieceTo = pieces === null ? to : pieces[i + 1]!;
    if (pieceFrom === pieceTo) continue;
    if (previousEndsWithLess && source.charCodeAt(pieceFrom) === LESS) return true;
    for (let at = pieceFrom; at + 1 < pieceTo; at++) {
      if (source.charCodeAt(at) === LESS && source.charCodeAt(at + 1) === LESS) return true;
    }
    previousEndsWithLess = source.charCodeAt(pieceTo - 1) === LESS;
  }
  return false;
}

function syntaxError(message: string, range: Range): Diagnostic {
  return { rule: 'SyntaxError', severity: 'error', message, from: range.from, to: range.to, url: ruleUrl('SyntaxError') };
}

function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function trimEnd(source: string, from: number, to: number): number {
  let at = to;
  while (at > from && (source.charCodeAt(at - 1) === 0x0a || source.charCodeAt(at - 1) === 0x0d)) at--;
  return at;
}
