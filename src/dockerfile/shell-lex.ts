/**
 * A port of BuildKit's shell lexer (`frontend/dockerfile/shell/lex.go`) as the builder runs
 * it on ADD, COPY, ENV, LABEL, WORKDIR, … arguments: quotes, escapes, `$VAR`, `${VAR}` and
 * the `${VAR:-word}` family. It keeps where each variable
 * sits, and it records a lookup miss exactly where BuildKit's `getEnv` records one, which
 * is what BuildKit's UndefinedVar and UndefinedArgInFrom report.
 */

/**
 * Looks a variable up: a string when its value is known, `null` when it is set but its
 * value cannot be known here (it comes from a base image), `undefined` when it is unset.
 */
export type EnvLookup = (name: string) => string | null | undefined;

/** A variable reference that found no value. */
export interface VariableMiss {
  readonly name: string;
  /** Offsets in the word: from the `$` to the end of the reference (`}` included). */
  readonly from: number;
  readonly to: number;
}

/** What one word expands to. */
export interface LexResult {
  /** The expanded word (unknown values count as empty). */
  readonly value: string;
  /** Names that were found. */
  readonly matched: ReadonlySet<string>;
  /** Every lookup miss, in the order BuildKit makes them (inner references first). */
  readonly unmatched: readonly VariableMiss[];
  /** True when a value that went into `value` is unknown, so `value` is a guess. */
  readonly uncertain: boolean;
  /** True when BuildKit would stop with an error (bad substitution, unterminated quote). */
  readonly error: boolean;
}

/** How to lex. */
export interface LexOptions {
  /** The escape character in force (`\` or the backtick from `# escape=`). */
  readonly escape: string;
  /** BuildKit's `SkipProcessQuotes`, used for heredoc bodies: quotes stay literal. */
  readonly skipQuotes?: boolean;
}

class LexError extends Error {}

const SPECIAL_PARAMS = new Set(['@', '*', '#', '?', '-', '$', '!', '0']);
const LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;
const DIGIT = /\p{Nd}/u;

class Lexer {
  private pos = 0;
  private readonly matched = new Set<string>();
  private readonly unmatched: VariableMiss[] = [];
  private uncertain = false;
  private readonly word: string;
  private readonly env: EnvLookup;
  private readonly options: LexOptions;

  constructor(word: string, env: EnvLookup, options: LexOptions) {
    this.word = word;
    this.env = env;
    this.options = options;
  }

  run(): LexResult {
    let value = '';
    let error = false;
    try {
      value = this.processStopOn(null);
    } catch (e) {
      if (!(e instanceof LexError)) throw e;
      error = true;
    }
    return { value, matched: this.matched, unmatched: this.unmatched, uncertain: this.uncertain, error };
  }

  private peek(): string | null {
    return this.pos < this.word.length ? this.word[this.pos]! : null;
  }

  private next(): string | null {
    return this.pos < this.word.length ? this.word[this.pos++]! : null;
  }

  private processStopOn(stop: string | null): string {
    let result = '';
    while (this.peek() !== null) {
      const ch = this.peek()!;
      if (stop !== null && ch === stop) {
        this.pos++;
        return result;
      }
      if (ch === '$') result += this.processDollar();
      else if (ch === "'" && !this.options.skipQuotes) result += this.processSingleQuote();
      else if (ch === '"' && !this.options.skipQuotes) result += this.processDoubleQuote();
      else {
        this.pos++;
        if (ch === this.options.escape) {
          const escaped = this.next();
          if (escaped === null) break;
          result += escaped;
        } else result += ch;
      }
    }
    if (stop !== null) throw new LexError(`unexpected end of statement while looking for matching ${stop}`);
    return result;
  }

  private processSingleQuote(): string {
    this.pos++;
    let result = '';
    for (;;) {
      const ch = this.next();
      if (ch === null) throw new LexError('unexpected end of statement while looking for matching single-quote');
      if (ch === "'") return result;
      result += ch;
    }
  }

  private processDoubleQuote(): string {
    this.pos++;
    let result = '';
    for (;;) {
      const ch = this.peek();
      if (ch === null) throw new LexError('unexpected end of statement while looking for matching double-quote');
      if (ch === '"') {
        this.pos++;
        return result;
      }
      if (ch === '$') {
        result += this.processDollar();
        continue;
      }
      this.pos++;
      if (ch === this.options.escape) {
        const after = this.peek();
        if (after === null) continue;
        // Only these can be escaped inside double quotes; other escapes stay literal.
        if (after === '"' || after === '$' || after === this.options.escape) {
          result += after;
          this.pos++;
          continue;
        }
      }
      result += ch;
    }
  }

  private processName(): string {
    let name = '';
    while (this.peek() !== null) {
      const ch = this.peek()!;
      if (name === '' && DIGIT.test(ch)) {
        while (this.peek() !== null && DIGIT.test(this.peek()!)) name += this.next();
        return name;
      }
      if (name === '' && SPECIAL_PARAMS.has(ch)) {
        this.pos++;
        return ch;
      }
      if (!LETTER_OR_DIGIT.test(ch) && ch !== '_') break;
      name += ch;
      this.pos++;
    }
    return name;
  }

  /** BuildKit's `getEnv`: a hit is recorded as matched, a miss as unmatched. */
  private getEnv(name: string, from: number): { value: string; set: boolean } {
    const value = this.env(name);
    if (value === undefined) {
      this.unmatched.push({ name, from, to: this.pos });
      return { value: '', set: false };
    }
    this.matched.add(name);
    if (value === null) {
      this.uncertain = true;
      return { value: '', set: true };
    }
    return { value, set: true };
  }

  private processDollar(): string {
    const start = this.pos;
    this.pos++;
    if (this.peek() !== '{') {
      const name = this.processName();
      if (name === '') return '$';
      return this.getEnv(name, start).value;
    }
    this.pos++;
    const first = this.peek();
    if (first === null) throw new LexError("syntax error: missing '}'");
    if (first === '{' || first === '}' || first === ':') throw new LexError('syntax error: bad substitution');
    const name = this.processName();
    let ch = this.next();
    let nullIsUnset = false;
    if (ch === '}') return this.getEnv(name, start).value;
    if (ch === ':') {
      nullIsUnset = true;
      ch = this.next();
    }
    if (ch === '+' || ch === '-' || ch === '?' || ch === '#' || ch === '%') {
      if (nullIsUnset && (ch === '#' || ch === '%')) throw new LexError(`unsupported modifier (:${ch}) in substitution`);
      const word = this.processStopOn('}');
      const { value, set } = this.getEnv(name, start);
      const empty = !set || (nullIsUnset && value === '');
      switch (ch) {
        case '-':
          return empty ? word : value;
        case '+':
          return empty ? '' : word;
        case '?':
          if (empty) throw new LexError(`${name}: ${word === '' ? 'is not allowed to be unset' : word}`);
          return value;
        default:
          // `%` and `#` trim a pattern; the exact result matters to no lint rule.
          this.uncertain = true;
          return value;
      }
    }
    if (ch === '/' && !nullIsUnset) {
      if (this.peek() === '/') this.pos++;
      this.processStopOn('/');
      this.processStopOn('}');
      this.getEnv(name, start);
      this.uncertain = true;
      return '';
    }
    throw new LexError('unsupported modifier in substitution');
  }
}

/** Expands one word as BuildKit's `ProcessWord` does, keeping where each miss is. */
export function lexWord(word: string, env: EnvLookup, options: LexOptions): LexResult {
  if (!word.includes('$') && !word.includes('"') && !word.includes("'") && !word.includes(options.escape)) {
    return { value: word, matched: new Set(), unmatched: [], uncertain: false, error: false };
  }
  return new Lexer(word, env, options).run();
}
