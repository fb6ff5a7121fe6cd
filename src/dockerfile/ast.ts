/**
 * The lossless syntax tree of a Dockerfile.
 *
 * Every node keeps `{from, to}`: 0-based UTF-16 offsets into the source text, `to` exclusive.
 * The tree never copies the text it came from except where BuildKit transforms it (joined
 * continuation lines, unquoted JSON strings); those derived strings sit beside the ranges.
 */

/** A half-open range of UTF-16 offsets into the source text. */
export interface Range {
  readonly from: number;
  readonly to: number;
}

/** How bad a finding is. `error` means BuildKit would refuse the file or the build. */
export type Severity = 'error' | 'warning' | 'info';

/** A problem found while parsing or linting, at a range of the source. */
export interface Diagnostic extends Range {
  /** A stable rule id: BuildKit's rule name where BuildKit has the rule (`FromAsCasing`). */
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  /** Documentation for the rule. */
  readonly url: string;
}

/** A parser directive (`# syntax=…`, `# escape=…`, `# check=…`) before any other line. */
export interface Directive extends Range {
  /** The key, lowercased as BuildKit compares it. */
  readonly name: string;
  readonly value: string;
  readonly nameRange: Range;
  readonly valueRange: Range;
  /** 1-based line. */
  readonly line: number;
}

/** A builder flag such as `--from=build` or `--mount=type=cache,target=/root`. */
export interface Flag extends Range {
  /** The flag name without dashes, as written (`from`, `mount`). */
  readonly name: string;
  /** The text after the first `=`, quotes and escapes processed; `null` for a bare `--flag`. */
  readonly value: string | null;
  /** BuildKit's processed word (`--from=build`), used in the AST dump. */
  readonly word: string;
  /** Where the value starts and ends in the source; `null` for a bare flag. */
  readonly valueRange: Range | null;
}

/** One argument value of an instruction, as BuildKit's parser produces it. */
export interface Arg extends Range {
  readonly value: string;
}

/** One `key=value` (or legacy `key value`) pair of ENV or LABEL. */
export interface KeyValue extends Range {
  readonly key: string;
  /** The value as written (BuildKit keeps the quotes here; the builder strips them later). */
  readonly value: string;
  /** `=` for `key=value`, empty for the legacy `ENV key value` form. */
  readonly separator: '=' | '';
  readonly keyRange: Range;
  readonly valueRange: Range;
}

/** A heredoc attached to RUN, COPY or ADD (`<<EOF` … `EOF`). */
export interface Heredoc extends Range {
  /** The terminator word with quotes removed. */
  readonly name: string;
  /** The file descriptor in `3<<EOF`, or `null`. */
  readonly fd: number | null;
  /** `<<-`: leading tabs are stripped from the body and the terminator. */
  readonly chomp: boolean;
  /** False when any part of the word was quoted: the body is not expanded. */
  readonly expand: boolean;
  /** The `<<EOF` word in the instruction line. */
  readonly word: Range;
  /** The body lines, each with its line break. */
  readonly body: Range;
  /** The terminator line, or `null` when the file ends first. */
  readonly terminator: Range | null;
  /** The body text as BuildKit reads it (lines joined with their breaks). */
  readonly content: string;
}

/** The form of an instruction's arguments. */
export type ArgumentForm = 'json' | 'shell';

/** One instruction, from its keyword to the end of its last line (or heredoc terminator). */
export interface Instruction extends Range {
  /** The keyword as written (`from`, `Run`). */
  readonly keyword: string;
  /** The keyword upper-cased (`FROM`, `RUN`), also for unknown instructions. */
  readonly name: string;
  /** True for the 18 instructions BuildKit knows. */
  readonly known: boolean;
  readonly keywordRange: Range;
  readonly flags: readonly Flag[];
  /** BuildKit's argument values (its `Next` chain); for ENV and LABEL, key/value/separator triples. */
  readonly args: readonly Arg[];
  /** The argument text after the flags, trimmed. Spans continuation lines. */
  readonly argsRange: Range;
  readonly form: ArgumentForm;
  /** ENV and LABEL pairs. */
  readonly keyValues: readonly KeyValue[];
  readonly heredocs: readonly Heredoc[];
  /** ONBUILD's trigger instruction, parsed like a top-level one. */
  readonly trigger: Instruction | null;
  /** 1-based first and last line, as BuildKit counts them (heredoc bodies included). */
  readonly startLine: number;
  readonly endLine: number;
  /** BuildKit's logical line: continuation lines joined, comment lines dropped. */
  readonly logical: string;
  /** Ranges of the logical line's pieces in the source, in order (one per physical line). */
  readonly segments: readonly Range[];
}

/** Kinds of the leaf tokens that tile the source. */
export const TokenKind = {
  bom: 0,
  whitespace: 1,
  newline: 2,
  comment: 3,
  directive: 4,
  keyword: 5,
  flag: 6,
  text: 7,
  continuation: 8,
  heredocBody: 9,
  heredocTerminator: 10,
} as const;
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind];

/**
 * The leaf tokens, in order, covering the source with no gap and no overlap.
 * Kept as two typed arrays because a large file has hundreds of thousands of them.
 */
export interface TokenStream {
  /** The {@link TokenKind} of each token. */
  readonly kinds: Uint8Array;
  /** The end offset of each token; a token starts where the previous one ends. */
  readonly ends: Uint32Array;
}

/** The result of {@link parseDockerfile}. */
export interface DockerfileAst {
  readonly source: string;
  /** The escape character in force (`\` unless `# escape=` says otherwise). */
  readonly escape: '\\' | '`';
  readonly directives: readonly Directive[];
  readonly instructions: readonly Instruction[];
  /** Comment lines, at the top level and inside continued instructions. */
  readonly comments: readonly Range[];
  /** Blank lines inside continued instructions (BuildKit warns: NoEmptyContinuation). */
  readonly emptyContinuations: readonly Range[];
  readonly tokens: TokenStream;
  /** Syntax problems. The parser never throws; everything it cannot accept lands here. */
  readonly diagnostics: readonly Diagnostic[];
}
