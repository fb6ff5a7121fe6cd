import type { Arg, Flag, KeyValue, Range } from '../ast.ts';
import { isTokenSpace, isUnicodeSpace, skipSpaces } from '../chars.ts';
import { isInstructionName } from '../instructions.ts';
import { goQuote } from './go-quote.ts';
import { parseJsonArray } from './json-array.ts';
import type { LogicalLine } from './logical-line.ts';
import { splitCommand } from './split-command.ts';
import { parseWords, splitOnWhitespace } from './words.ts';

/** An instruction read from a logical line, before heredocs and line numbers are known. */
export interface InstructionDraft {
  readonly from: number;
  readonly keyword: string;
  readonly name: string;
  readonly known: boolean;
  readonly keywordRange: Range;
  readonly flags: Flag[];
  readonly args: Arg[];
  readonly argsRange: Range;
  readonly form: 'json' | 'shell';
  readonly keyValues: KeyValue[];
  readonly trigger: InstructionDraft | null;
}

/** A problem BuildKit's parser stops at, in source offsets. */
export interface LineError extends Range {
  readonly message: string;
}

interface Values {
  args: Arg[];
  form: 'json' | 'shell';
  keyValues: KeyValue[];
}

const NO_KEY_VALUES: KeyValue[] = [];

/**
 * BuildKit's `newNodeFromLine` over `line.text[from, to)`: splits the keyword and flags, then
 * reads the arguments with the line parser BuildKit dispatches to for that keyword.
 */
export function readInstruction(
  line: LogicalLine,
  from: number,
  to: number,
  escape: number,
  errors: LineError[],
): InstructionDraft {
  const text = line.text;
  const split = splitCommand(text, from, to);
  const keyword = text.slice(split.keywordFrom, split.keywordTo);
  const name = keyword.toUpperCase();
  const flags = split.flags.map((word): Flag => {
    const eq = word.word.indexOf('=');
    const range = line.sourceRange(word.from, word.to);
    return {
      from: range.from,
      to: range.to,
      name: eq < 0 ? word.word.slice(2) : word.word.slice(2, eq),
      value: eq < 0 ? null : word.word.slice(eq + 1),
      word: word.word,
      valueRange: word.equals < 0 ? null : line.sourceRange(word.equals + 1, word.to),
    };
  });
  const a = split.argsFrom;
  const b = split.argsTo;
  const argsRange = line.sourceRange(a, b);
  const fail = (message: string) => errors.push({ message, from: argsRange.from, to: argsRange.to });
  let values: Values = { args: [], form: 'shell', keyValues: NO_KEY_VALUES };
  let trigger: InstructionDraft | null = null;
  switch (name) {
    case 'FROM':
    case 'EXPOSE':
      values.args = a < b ? toArgs(line, splitOnWhitespace(text, a, b)) : [];
      break;
    case 'ADD':
    case 'COPY':
    case 'VOLUME':
      values = maybeJson(line, a, b, true, fail);
      break;
    case 'CMD':
    case 'ENTRYPOINT':
    case 'RUN':
    case 'SHELL':
      values = maybeJson(line, a, b, false, fail);
      break;
    case 'ARG':
      values.args = toArgs(line, parseWords(text, a, b, escape));
      break;
    case 'ENV':
    case 'LABEL':
      values = nameValues(line, a, b, escape, name, fail);
      break;
    case 'HEALTHCHECK':
      values = healthcheck(line, a, b, fail);
      break;
    case 'MAINTAINER':
    case 'STOPSIGNAL':
    case 'USER':
    case 'WORKDIR':
      values.args = a < b ? [{ value: text.slice(a, b), ...argsRange }] : [];
      break;
    case 'ONBUILD':
      trigger = a < b ? readInstruction(line, a, b, escape, errors) : null;
      break;
    default:
      break;
  }
  const keywordRange = line.sourceRange(split.keywordFrom, split.keywordTo);
  return {
    from: keywordRange.from,
    keyword,
    name,
    known: isInstructionName(name),
    keywordRange,
    flags,
    args: values.args,
    argsRange,
    form: values.form,
    keyValues: values.keyValues,
    trigger,
  };
}

function toArgs(line: LogicalLine, words: readonly { value: string; from: number; to: number }[]): Arg[] {
  return words.map((w) => ({ value: w.value, ...line.sourceRange(w.from, w.to) }));
}

/** `parseMaybeJSON` (one shell string) or `parseMaybeJSONToList` (whitespace-split words). */
function maybeJson(line: LogicalLine, a: number, b: number, toList: boolean, fail: (m: string) => void): Values {
  const text = line.text;
  if (a === b) return { args: [], form: 'shell', keyValues: NO_KEY_VALUES };
  const json = parseJsonArray(text, a, b);
  if (json.kind === 'strings') return { args: toArgs(line, json.items), form: 'json', keyValues: NO_KEY_VALUES };
  if (json.kind === 'not-strings') fail('when using JSON array syntax, arrays must be comprised of strings only');
  const args = toList ? toArgs(line, splitOnWhitespace(text, a, b)) : [{ value: text.slice(a, b), ...line.sourceRange(a, b) }];
  return { args, form: 'shell', keyValues: NO_KEY_VALUES };
}

/** `parseNameVal` for ENV and LABEL: `k=v k2=v2`, or the legacy `k v w`. */
function nameValues(line: LogicalLine, a: number, b: number, escape: number, keyword: string, fail: (m: string) => void): Values {
  const text = line.text;
  const words = parseWords(text, a, b, escape);
  const keyValues: KeyValue[] = [];
  const args: Arg[] = [];
  const add = (key: [number, number], value: [number, number], valueText: string, separator: '=' | '') => {
    const keyRange = line.sourceRange(key[0], key[1]);
    const valueRange = line.sourceRange(value[0], value[1]);
    const keyText = text.slice(key[0], key[1]);
    keyValues.push({ key: keyText, value: valueText, separator, keyRange, valueRange, from: keyRange.from, to: valueRange.to });
    args.push({ value: keyText, ...keyRange }, { value: valueText, ...valueRange }, { value: separator, from: valueRange.from, to: valueRange.from });
  };
  if (words.length === 0) return { args, form: 'shell', keyValues };
  if (!words[0]!.value.includes('=')) {
    let gap = a;
    while (gap < b && !isTokenSpace(text.charCodeAt(gap))) gap++;
    if (gap === b) {
      fail(`${keyword} must have two arguments`);
      return { args, form: 'shell', keyValues };
    }
    let value = gap;
    while (value < b && isTokenSpace(text.charCodeAt(value))) value++;
    add([a, gap], [value, b], text.slice(value, b), '');
    return { args, form: 'shell', keyValues };
  }
  for (const word of words) {
    const eq = word.value.indexOf('=');
    if (eq < 0) {
      fail(`Syntax error - can't find = in ${goQuote(word.value)}. Must be of the form: name=value`);
      continue;
    }
    add([word.from, word.from + eq], [word.from + eq + 1, word.to], word.value.slice(eq + 1), '=');
  }
  return { args, form: 'shell', keyValues };
}

/** `parseHealthConfig`: the type word (`CMD`, `NONE`), then a maybe-JSON command. */
function healthcheck(line: LogicalLine, a: number, b: number, fail: (m: string) => void): Values {
  const text = line.text;
  if (a === b) return { args: [], form: 'shell', keyValues: NO_KEY_VALUES };
  let sep = a;
  while (sep < b && !isUnicodeSpace(text.charCodeAt(sep))) sep++;
  const next = skipSpaces(text, sep, b);
  const command = maybeJson(line, next, b, false, fail);
  return {
    args: [{ value: text.slice(a, sep), ...line.sourceRange(a, sep) }, ...command.args],
    form: command.form,
    keyValues: NO_KEY_VALUES,
  };
}
