import type { Arg, Flag, Heredoc, Instruction, KeyValue, Range } from '../ast.ts';
import { isTokenSpace, isUnicodeSpace, skipSpaces } from '../chars.ts';
import { isInstructionName } from '../instructions.ts';
import { goQuote } from './go-quote.ts';
import { parseJsonArray } from './json-array.ts';
import type { LogicalLine } from './logical-line.ts';
import { splitCommand } from './split-command.ts';
import { parseWords, splitOnWhitespace, type Word } from './words.ts';

/** A problem BuildKit's parser stops at, in source offsets. */
export interface LineError extends Range {
  readonly message: string;
}

/**
 * An instruction while the parser still fills in what only later lines tell (its end,
 * its heredocs). The parser hands it out as a read-only {@link Instruction}.
 */
export interface InstructionDraft extends Instruction {
  to: number;
  endLine: number;
  heredocs: readonly Heredoc[];
  readonly trigger: InstructionDraft | null;
}

const NO_FLAGS: readonly Flag[] = [];
const NO_ARGS: readonly Arg[] = [];
const NO_KEY_VALUES: readonly KeyValue[] = [];
const NO_HEREDOCS: readonly Heredoc[] = [];

/** Keywords upper-cased once: the same few spellings recur on every line. */
const UPPER = new Map<string, string>();
/** Upper-cases a keyword, remembering the few spellings a file uses. */
export function upperKeyword(keyword: string): string {
  return spelling(keyword).name;
}

/** A keyword as written and upper-cased, shared by every instruction spelled the same way. */
export interface Spelling {
  readonly keyword: string;
  readonly name: string;
}

/** One shared copy of each keyword spelling and its upper-cased name. */
const SPELLINGS = new Map<string, Spelling>();

/**
 * The shared copy of a keyword spelling, so that thousands of instructions hold one string
 * per spelling instead of one each (a large file's tree is mostly such small objects).
 */
export function spelling(keyword: string): Spelling {
  let found = SPELLINGS.get(keyword);
  if (found === undefined) {
    found = { keyword, name: upperKeywordUncached(keyword) };
    if (SPELLINGS.size < 256) SPELLINGS.set(keyword, found);
  }
  return found;
}

/** Spellings by length, for {@link spellingAt}; a file uses a dozen or so. */
const SPELLINGS_BY_LENGTH: Spelling[][] = [];
/** Longer words are looked up through a slice; no instruction is this long. */
const MAX_BY_LENGTH = 16;

/**
 * {@link spelling} of `text[from, to)` without slicing it out: the keyword of every
 * instruction goes through here, and a slice per instruction is garbage a large file can do
 * without.
 */
export function spellingAt(text: string, from: number, to: number): Spelling {
  const length = to - from;
  if (length > MAX_BY_LENGTH) return spelling(text.slice(from, to));
  const bucket = (SPELLINGS_BY_LENGTH[length] ??= []);
  for (const candidate of bucket) if (text.startsWith(candidate.keyword, from)) return candidate;
  const found = spelling(text.slice(from, to));
  if (bucket.length < 32) bucket.push(found);
  return found;
}

function upperKeywordUncached(keyword: string): string {
  let name = UPPER.get(keyword);
  if (name === undefined) {
    name = keyword.toUpperCase();
    if (UPPER.size < 256) UPPER.set(keyword, name);
  }
  return name;
}

/**
 * BuildKit's `newNodeFromLine` and its line parsers. One reader serves a whole parse; its
 * fields carry each line parser's result so that a line costs no temporary objects.
 */
export class InstructionReader {
  private line!: LogicalLine;
  private escape = 0x5c;
  private errors: LineError[] = [];
  private argsFrom = 0;
  private argsTo = 0;
  private args: readonly Arg[] = NO_ARGS;
  private form: 'json' | 'shell' = 'shell';
  private keyValues: readonly KeyValue[] = NO_KEY_VALUES;

  /**
   * Reads `line.text[from, to)` as one instruction. Errors BuildKit's parser would stop at
   * are appended to `errors`.
   */
  read(line: LogicalLine, from: number, to: number, escape: number, errors: LineError[], startLine: number): InstructionDraft {
    this.line = line;
    this.escape = escape;
    this.errors = errors;
    const text = line.text;
    const split = splitCommand(text, from, to);
    const keyword = text.slice(split.keywordFrom, split.keywordTo);
    const name = upperKeyword(keyword);
    const flags = split.flags.length === 0 ? NO_FLAGS : split.flags.map((word): Flag => {
      const eq = word.word.indexOf('=');
      const start = line.sourceFrom(word.from);
      return {
        from: start,
        to: line.sourceTo(word.to),
        name: eq < 0 ? word.word.slice(2) : word.word.slice(2, eq),
        value: eq < 0 ? null : word.word.slice(eq + 1),
        word: word.word,
        valueRange: word.equals < 0 ? null : line.sourceRange(word.equals + 1, word.to),
      };
    });
    const a = split.argsFrom;
    const b = split.argsTo;
    this.argsFrom = line.sourceFrom(a);
    this.argsTo = b > a ? line.sourceTo(b) : this.argsFrom;
    this.args = NO_ARGS;
    this.form = 'shell';
    this.keyValues = NO_KEY_VALUES;
    let trigger: InstructionDraft | null = null;
    switch (name) {
      case 'FROM':
      case 'EXPOSE':
        if (a < b) this.args = this.toArgs(splitOnWhitespace(text, a, b));
        break;
      case 'ADD':
      case 'COPY':
      case 'VOLUME':
        this.maybeJson(a, b, true);
        break;
      case 'CMD':
      case 'ENTRYPOINT':
      case 'RUN':
      case 'SHELL':
        this.maybeJson(a, b, false);
        break;
      case 'ARG':
        this.args = this.toArgs(parseWords(text, a, b, escape));
        break;
      case 'ENV':
      case 'LABEL':
        this.nameValues(a, b, name);
        break;
      case 'HEALTHCHECK':
        this.healthcheck(a, b);
        break;
      case 'MAINTAINER':
      case 'STOPSIGNAL':
      case 'USER':
      case 'WORKDIR':
        if (a < b) this.args = [{ value: text.slice(a, b), from: this.argsFrom, to: this.argsTo }];
        break;
      case 'ONBUILD': {
        const args = { from: this.argsFrom, to: this.argsTo };
        if (a < b) trigger = this.read(line, a, b, escape, errors, startLine);
        return this.finish(line, split.keywordFrom, split.keywordTo, keyword, name, flags, args, trigger, startLine);
      }
      default:
        break;
    }
    return this.finish(line, split.keywordFrom, split.keywordTo, keyword, name, flags, { from: this.argsFrom, to: this.argsTo }, trigger, startLine);
  }

  private finish(
    line: LogicalLine,
    keywordFrom: number,
    keywordTo: number,
    keyword: string,
    name: string,
    flags: readonly Flag[],
    argsRange: Range,
    trigger: InstructionDraft | null,
    startLine: number,
  ): InstructionDraft {
    const keywordRange = line.sourceRange(keywordFrom, keywordTo);
    return {
      from: keywordRange.from,
      to: argsRange.to > keywordRange.to ? argsRange.to : keywordRange.to,
      keyword,
      name,
      known: isInstructionName(name),
      keywordRange,
      flags,
      args: this.args,
      argsRange,
      form: this.form,
      keyValues: this.keyValues,
      heredocs: NO_HEREDOCS,
      trigger,
      startLine,
      endLine: startLine,
      logical: line.text,
      segments: line.segments,
    };
  }

  private fail(message: string): void {
    this.errors.push({ message, from: this.argsFrom, to: this.argsTo });
  }

  /** An argument value at logical `[from, to)`, mapped to the source. */
  private arg(value: string, from: number, to: number): Arg {
    const start = this.line.sourceFrom(from);
    return { value, from: start, to: to > from ? this.line.sourceTo(to) : start };
  }

  private toArgs(words: readonly Word[]): Arg[] {
    const args: Arg[] = [];
    for (const w of words) args.push(this.arg(w.value, w.from, w.to));
    return args;
  }

  /** `parseMaybeJSON` (one shell string) or `parseMaybeJSONToList` (whitespace-split words). */
  private maybeJson(a: number, b: number, toList: boolean): void {
    const text = this.line.text;
    if (a === b) return;
    if (text.charCodeAt(a) === 0x5b) {
      const json = parseJsonArray(text, a, b);
      if (json.kind === 'strings') {
        this.args = this.toArgs(json.items);
        this.form = 'json';
        return;
      }
      if (json.kind === 'not-strings') this.fail('when using JSON array syntax, arrays must be comprised of strings only');
    }
    this.args = toList ? this.toArgs(splitOnWhitespace(text, a, b)) : [this.arg(text.slice(a, b), a, b)];
  }

  /** `parseNameVal` for ENV and LABEL: `k=v k2=v2`, or the legacy `k v w`. */
  private nameValues(a: number, b: number, keyword: string): void {
    const text = this.line.text;
    const words = parseWords(text, a, b, this.escape);
    if (words.length === 0) return;
    const keyValues: KeyValue[] = [];
    const args: Arg[] = [];
    this.keyValues = keyValues;
    this.args = args;
    if (!words[0]!.value.includes('=')) {
      let gap = a;
      while (gap < b && !isTokenSpace(text.charCodeAt(gap))) gap++;
      if (gap === b) {
        this.fail(`${keyword} must have two arguments`);
        return;
      }
      let value = gap;
      while (value < b && isTokenSpace(text.charCodeAt(value))) value++;
      this.pair(keyValues, args, a, gap, value, b, text.slice(value, b), '');
      return;
    }
    for (const word of words) {
      const eq = word.value.indexOf('=');
      if (eq < 0) {
        this.fail(`Syntax error - can't find = in ${goQuote(word.value)}. Must be of the form: name=value`);
        continue;
      }
      this.pair(keyValues, args, word.from, word.from + eq, word.from + eq + 1, word.to, word.value.slice(eq + 1), '=');
    }
  }

  private pair(
    keyValues: KeyValue[],
    args: Arg[],
    keyFrom: number,
    keyTo: number,
    valueFrom: number,
    valueTo: number,
    value: string,
    separator: '=' | '',
  ): void {
    const key = this.line.text.slice(keyFrom, keyTo);
    const keyRange = this.line.sourceRange(keyFrom, keyTo);
    const valueRange = this.line.sourceRange(valueFrom, valueTo);
    keyValues.push({ key, value, separator, keyRange, valueRange, from: keyRange.from, to: valueRange.to });
    args.push(
      { value: key, from: keyRange.from, to: keyRange.to },
      { value, from: valueRange.from, to: valueRange.to },
      { value: separator, from: valueRange.from, to: valueRange.from },
    );
  }

  /** `parseHealthConfig`: the type word (`CMD`, `NONE`), then a maybe-JSON command. */
  private healthcheck(a: number, b: number): void {
    const text = this.line.text;
    if (a === b) return;
    let sep = a;
    while (sep < b && !isUnicodeSpace(text.charCodeAt(sep))) sep++;
    const type = this.arg(text.slice(a, sep), a, sep);
    this.maybeJson(skipSpaces(text, sep, b), b, false);
    this.args = [type, ...this.args];
  }
}
