import type { Diagnostic, Directive, DockerfileAst, Heredoc, Instruction, Range } from './ast.ts';
import { TokenKind } from './ast.ts';
import { isRegexpSpace, skipSpaces, utf8Length } from './chars.ts';
import { heredocsFromLine } from './parse/heredoc-words.ts';
import { readInstruction, type InstructionDraft, type LineError } from './parse/instruction-line.ts';
import { LogicalLine } from './parse/logical-line.ts';
import { ruleUrl } from './rule-url.ts';

/** BuildKit reads lines with Go's `bufio.Scanner`, whose token limit is 64 KiB. */
const MAX_LINE_BYTES = 64 * 1024;
const VALID_DIRECTIVES: ReadonlySet<string> = new Set(['syntax', 'escape', 'check']);
const HEREDOC_INSTRUCTIONS: ReadonlySet<string> = new Set(['RUN', 'COPY', 'ADD']);
const BACKSLASH = 0x5c;
const BACKTICK = 0x60;
const HASH = 0x23;

/** One physical line: `end` is where its content ends (before `\r*\n`), `next` the next line. */
interface PhysicalLine {
  readonly start: number;
  readonly end: number;
  readonly next: number;
}

/** How one physical line of an instruction is to be tokenised. */
interface InstructionLine extends PhysicalLine {
  readonly kind: 'segment' | 'comment' | 'empty';
  /** First character that belongs to the instruction (after the indent of its first line). */
  readonly contentStart: number;
  /** End of the segment's text; `< end` when a continuation character follows. */
  readonly segmentEnd: number;
}

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
  private readonly kinds: TokenKind[] = [];
  private readonly ends: number[] = [];
  private readonly directives: Directive[] = [];
  private readonly instructions: Instruction[] = [];
  private readonly comments: Range[] = [];
  private readonly emptyContinuations: Range[] = [];
  private readonly diagnostics: Diagnostic[] = [];

  constructor(source: string) {
    this.source = source;
  }

  parse(): DockerfileAst {
    const source = this.source;
    if (source.charCodeAt(0) === 0xfeff) {
      this.emit(TokenKind.bom, 1);
      this.pos = 1;
    }
    while (this.pos < source.length) {
      const line = this.nextLine();
      const contentStart = skipSpaces(source, line.start, line.end);
      const isDirective = !this.directivesDone && this.readDirective(contentStart, line.end);
      if (contentStart < line.end && source.charCodeAt(contentStart) === HASH) {
        this.emit(TokenKind.whitespace, contentStart);
        this.emit(isDirective ? TokenKind.directive : TokenKind.comment, line.end);
        this.emit(TokenKind.newline, line.next);
        if (!isDirective) this.comments.push({ from: contentStart, to: line.end });
        continue;
      }
      if (contentStart === line.end) {
        this.emit(TokenKind.whitespace, line.end);
        this.emit(TokenKind.newline, line.next);
        continue;
      }
      this.readInstructionAt(line, contentStart);
    }
    if (this.instructions.length === 0) {
      this.error('file with no instructions', { from: source.length, to: source.length });
    }
    return {
      source,
      escape: this.escape === BACKTICK ? '`' : '\\',
      directives: this.directives,
      instructions: this.instructions,
      comments: this.comments,
      emptyContinuations: this.emptyContinuations,
      tokens: { kinds: this.kinds, ends: this.ends },
      diagnostics: this.diagnostics,
    };
  }

  /** Reads the physical line at `pos` and checks it against BuildKit's length limit. */
  private nextLine(): PhysicalLine {
    const source = this.source;
    const start = this.pos;
    const newline = source.indexOf('\n', start);
    const lineEnd = newline < 0 ? source.length : newline;
    const next = newline < 0 ? source.length : newline + 1;
    let end = lineEnd;
    while (end > start && source.charCodeAt(end - 1) === 0x0d) end--;
    this.pos = next;
    this.lineNumber++;
    // A UTF-8 character takes at most 3 bytes per UTF-16 unit, so short lines need no count.
    if (lineEnd - start >= MAX_LINE_BYTES / 3) {
      const bytes = utf8Length(source, start, lineEnd) + (newline < 0 ? 0 : 1);
      if (bytes > MAX_LINE_BYTES || (newline < 0 && bytes >= MAX_LINE_BYTES)) {
        this.error(`dockerfile line greater than max allowed size of ${MAX_LINE_BYTES - 1}`, { from: start, to: lineEnd });
      }
    }
    return { start, end, next };
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

  private readInstructionAt(first: PhysicalLine, contentStart: number): void {
    const source = this.source;
    const startLine = this.lineNumber;
    const lines: InstructionLine[] = [];
    const segments: Range[] = [];
    let escapeAt = this.continuationAt(contentStart, first.end);
    let segmentEnd = escapeAt < 0 ? first.end : escapeAt;
    lines.push({ ...first, kind: 'segment', contentStart, segmentEnd });
    segments.push({ from: contentStart, to: segmentEnd });
    while (escapeAt >= 0 && this.pos < source.length) {
      const line = this.nextLine();
      const text = skipSpaces(source, line.start, line.end);
      if (text < line.end && source.charCodeAt(text) === HASH) {
        lines.push({ ...line, kind: 'comment', contentStart: text, segmentEnd: line.end });
        this.comments.push({ from: text, to: line.end });
        continue;
      }
      if (text === line.end) {
        lines.push({ ...line, kind: 'empty', contentStart: line.start, segmentEnd: line.end });
        this.emptyContinuations.push({ from: line.start, to: line.end });
        continue;
      }
      escapeAt = this.continuationAt(line.start, line.end);
      segmentEnd = escapeAt < 0 ? line.end : escapeAt;
      lines.push({ ...line, kind: 'segment', contentStart: line.start, segmentEnd });
      segments.push({ from: line.start, to: segmentEnd });
    }

    const logical = new LogicalLine(source, segments);
    const errors: LineError[] = [];
    const draft = readInstruction(logical, 0, logical.text.length, this.escape, errors);
    for (const e of errors) this.error(e.message, e);
    this.emitInstructionLines(lines, draft);

    const heredocs = this.readHeredocs(draft, logical);
    const last = lines[lines.length - 1]!;
    const to = heredocs.length > 0 ? heredocs[heredocs.length - 1]!.to : last.end;
    const instruction = finish(draft, logical, heredocs, startLine, this.lineNumber, to);
    this.instructions.push(instruction);
  }

  /** Reads the bodies of the heredocs the instruction line announces, in order. */
  private readHeredocs(draft: InstructionDraft, logical: LogicalLine): Heredoc[] {
    const target = draft.name === 'ONBUILD' && draft.trigger !== null ? draft.trigger : draft;
    if (!HEREDOC_INSTRUCTIONS.has(target.name) || target.form === 'json') return [];
    if (!logical.text.includes('<<')) return [];
    const source = this.source;
    const heredocs: Heredoc[] = [];
    for (const word of heredocsFromLine(logical.text, 0, logical.text.length)) {
      const bodyFrom = this.pos;
      let terminator: PhysicalLine | null = null;
      let content = '';
      while (this.pos < source.length) {
        const line = this.nextLine();
        let candidate = line.start;
        if (word.chomp) while (candidate < line.end && source.charCodeAt(candidate) === 0x09) candidate++;
        if (line.end - candidate === word.name.length && source.startsWith(word.name, candidate)) {
          terminator = line;
          break;
        }
        content += source.slice(line.start, line.next);
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

  /** Emits the tokens of an instruction's own lines: keyword and flags marked, the rest text. */
  private emitInstructionLines(lines: readonly InstructionLine[], draft: InstructionDraft): void {
    const marks: { from: number; to: number; kind: TokenKind }[] = [];
    for (let d: InstructionDraft | null = draft; d !== null; d = d.trigger) {
      marks.push({ ...d.keywordRange, kind: TokenKind.keyword });
      for (const flag of d.flags) marks.push({ from: flag.from, to: flag.to, kind: TokenKind.flag });
    }
    marks.sort((x, y) => x.from - y.from);
    let mark = 0;
    for (const line of lines) {
      this.emit(TokenKind.whitespace, line.contentStart);
      if (line.kind === 'comment') {
        this.emit(TokenKind.comment, line.end);
      } else if (line.kind === 'segment') {
        while (mark < marks.length && marks[mark]!.to <= line.contentStart) mark++;
        for (let m = mark; m < marks.length && marks[m]!.from < line.segmentEnd; m++) {
          const current = marks[m]!;
          this.emit(TokenKind.text, Math.max(current.from, line.contentStart));
          this.emit(current.kind, Math.min(current.to, line.segmentEnd));
        }
        this.emit(TokenKind.text, line.segmentEnd);
        this.emit(TokenKind.continuation, line.end);
      } else {
        this.emit(TokenKind.whitespace, line.end);
      }
      this.emit(TokenKind.newline, line.next);
    }
  }

  private emit(kind: TokenKind, end: number): void {
    const ends = this.ends;
    const last = ends.length === 0 ? 0 : ends[ends.length - 1]!;
    if (end <= last) return;
    if (this.kinds[this.kinds.length - 1] === kind && kind === TokenKind.text) {
      ends[ends.length - 1] = end;
      return;
    }
    this.kinds.push(kind);
    ends.push(end);
  }

  private error(message: string, range: Range): void {
    this.diagnostics.push({ rule: 'SyntaxError', severity: 'error', message, from: range.from, to: range.to, url: ruleUrl('SyntaxError') });
  }
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

function finish(
  draft: InstructionDraft,
  logical: LogicalLine,
  heredocs: readonly Heredoc[],
  startLine: number,
  endLine: number,
  to: number,
): Instruction {
  return {
    from: draft.from,
    to,
    keyword: draft.keyword,
    name: draft.name,
    known: draft.known,
    keywordRange: draft.keywordRange,
    flags: draft.flags,
    args: draft.args,
    argsRange: draft.argsRange,
    form: draft.form,
    keyValues: draft.keyValues,
    heredocs,
    trigger: draft.trigger === null ? null : finish(draft.trigger, logical, [], startLine, endLine, draft.trigger.argsRange.to),
    startLine,
    endLine,
    logical: logical.text,
    segments: logical.segments,
  };
}
